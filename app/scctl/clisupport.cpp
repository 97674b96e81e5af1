#include "clisupport.h"

#include "output.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace osc::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput:
    case ErrorCode::NotFound:
    case ErrorCode::Environment:
        return ExitBadInput;
    case ErrorCode::Locked:
        return ExitLocked;
    case ErrorCode::Failed:
    case ErrorCode::Conflict:
    case ErrorCode::Internal:
        return ExitFailed;
    }
    return ExitFailed;
}

int report(const Context &context, const Error &error)
{
    err() << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err() << error.detail << Qt::endl;
    if (context.json)
        out() << QJsonDocument(toJson(error)).toJson(QJsonDocument::Indented) << Qt::flush;
    return exitCodeFor(error.code);
}

int usageError(const Context &context, const QString &message)
{
    return report(
        context,
        makeError(ErrorCode::BadInput, message + QStringLiteral(" Run 'scctl --help' for usage.")));
}

void emitJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
}

void emitJson(const QJsonArray &array)
{
    out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
}

std::optional<QString> takeOption(QStringList &args, const QString &name, bool *missing)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size()) {
                *missing = true;
                return std::nullopt;
            }
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(name + u'=')) {
            const QString value = args[i].mid(name.size() + 1);
            args.remove(i);
            return value;
        }
    }
    return std::nullopt;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

Result<std::unique_ptr<Environment>> openEnvironment(const Context &context)
{
    return Environment::open(context.envDir);
}

std::optional<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

QString unexpected(const QStringList &args)
{
    return QStringLiteral("Unexpected argument '%1'.").arg(args.constFirst());
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

QString countOf(qint64 count, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

} // namespace osc::cli
