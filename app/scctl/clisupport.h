#pragma once

#include "cli.h"
#include "environment/environment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

// What every scctl command shares: its context, its streams, option parsing, and
// the one way errors are reported (message on stderr, exit code from the error).
namespace osc::cli {

struct Context
{
    QString envDir;
    QString user;
    bool json = false;
    QStringList args; // the command's own arguments
};

QTextStream &out();
QTextStream &err();

int exitCodeFor(ErrorCode code);
// Prints the error's message and detail on stderr (and, with --json, the error as
// JSON on stdout); returns its exit code.
int report(const Context &context, const Error &error);
int usageError(const Context &context, const QString &message);
void emitJson(const QJsonObject &object);
void emitJson(const QJsonArray &array);

// Takes "--name VALUE" (or "--name=VALUE") out of `args`; nullopt when absent.
// A flag given without its value is a usage error, reported through `missing`.
std::optional<QString> takeOption(QStringList &args, const QString &name, bool *missing);
bool takeFlag(QStringList &args, const QString &name);
Result<std::unique_ptr<Environment>> openEnvironment(const Context &context);
std::optional<int> parsePositive(const QString &text);
QString unexpected(const QStringList &args);
bool stderrIsTerminal();
// "1 stale lock", "2 stale locks": scctl's own texts are English only (core's get their
// plural forms from osc_en.qm, see main.cpp).
QString countOf(qint64 count, const QString &one, const QString &many);

} // namespace osc::cli
