#include "cli.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpenServiceCenter"));
    QCoreApplication::setApplicationName(QStringLiteral("scctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSC_VERSION));
    // English whatever the locale, as scripts expect, with its plural forms ("1
    // compilation error", not "1 compilation error(s)"): the source texts are English.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/osc_en.qm")))
        QCoreApplication::installTranslator(&english);
    return osc::cli::run(QCoreApplication::arguments());
}
