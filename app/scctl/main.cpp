#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpenServiceCenter"));
    QCoreApplication::setApplicationName(QStringLiteral("scctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSC_VERSION));
    return osc::cli::run(QCoreApplication::arguments());
}
