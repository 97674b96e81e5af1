#include "externalcompiler.h"

#include "compiler/stagingfolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace osc {

namespace {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString findProgram(const QString &program)
{
    if (program.contains(u'/')) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(program);
}

Diagnostic diagnostic(const CompileRequest &request, const QString &program, const QString &message)
{
    Diagnostic found;
    found.kind = DiagnosticKind::ExternalCompiler;
    found.module = request.definition.name;
    found.target = program;
    found.message = message;
    return found;
}

QByteArray manifestJson(const CompileRequest &request, const QString &program,
                        QList<StagingFolder::Artifact> artifacts)
{
    std::sort(artifacts.begin(), artifacts.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });
    QJsonArray array;
    for (const StagingFolder::Artifact &artifact : std::as_const(artifacts))
        array.append(QJsonObject{{QStringLiteral("path"), artifact.path},
                                 {QStringLiteral("size"), artifact.size},
                                 {QStringLiteral("sha256"), artifact.sha256}});
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("format"), 1},
                   {QStringLiteral("compiler"), QStringLiteral("external")},
                   {QStringLiteral("command"), program},
                   {QStringLiteral("module"), request.definition.name},
                   {QStringLiteral("moduleVersion"), request.moduleVersion},
                   {QStringLiteral("platformVersion"), request.profile->version.toString()},
                   {QStringLiteral("definitionHash"), sha256Hex(request.definition.toJson())},
                   {QStringLiteral("artifacts"), array}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

ExternalCompiler::ExternalCompiler(QString commandTemplate, std::chrono::milliseconds timeout)
    : m_template(std::move(commandTemplate)), m_timeout(timeout)
{ }

QStringList ExternalCompiler::placeholders()
{
    return {QStringLiteral("{module}"), QStringLiteral("{source}"), QStringLiteral("{output}"),
            QStringLiteral("{platform}"), QStringLiteral("{version}")};
}

Result<void> ExternalCompiler::validateTemplate(const QString &commandTemplate)
{
    const QStringList words = QProcess::splitCommand(commandTemplate);
    if (words.isEmpty()) {
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("ExternalCompiler", "The compiler command is empty."));
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
    QStringList unknown;
    for (auto it = placeholder.globalMatch(commandTemplate); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!placeholders().contains(found) && !unknown.contains(found))
            unknown << found;
    }
    if (!unknown.isEmpty()) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("ExternalCompiler",
                                                     "The compiler command uses unknown "
                                                     "placeholders %1. Known placeholders: %2.")
                             .arg(unknown.join(QStringLiteral(", ")),
                                  placeholders().join(QStringLiteral(", "))));
    }
    if (findProgram(words.constFirst()).isEmpty()) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("ExternalCompiler",
                                                     "The compiler program '%1' is not an "
                                                     "executable file and is not on PATH.")
                             .arg(words.constFirst()));
    }
    return {};
}

CompileResult ExternalCompiler::compile(const CompileRequest &request) const
{
    CompileResult result;
    const QString module = request.definition.name;
    const QString platform = request.profile->version.toString();
    QStringList words = QProcess::splitCommand(m_template);
    const QString program = words.isEmpty() ? QString() : words.takeFirst();
    const auto fail = [&](const QString &message) {
        result.diagnostics << diagnostic(request, program, message);
        return result;
    };

    const QString parent = QFileInfo(request.outputDir).absolutePath();
    QDir().mkpath(parent);
    QTemporaryDir work(parent + QStringLiteral("/.external-XXXXXX"));
    if (!work.isValid()) {
        result.ioError = QCoreApplication::translate("ExternalCompiler",
                                                     "Cannot create a work folder in %1: %2")
                             .arg(parent, work.errorString());
        return result;
    }
    const QString output = work.filePath(QStringLiteral("output"));
    QDir().mkpath(output);
    const QHash<QString, QString> values{
        {QStringLiteral("{module}"), module},
        {QStringLiteral("{source}"), QFileInfo(request.sourcePath).absoluteFilePath()},
        {QStringLiteral("{output}"), output},
        {QStringLiteral("{platform}"), platform},
        {QStringLiteral("{version}"), QString::number(request.moduleVersion)}};
    QStringList arguments;
    for (QString word : std::as_const(words)) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            word.replace(it.key(), it.value());
        arguments << word;
    }

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OSC_MODULE"), module);
    environment.insert(QStringLiteral("OSC_SOURCE"), values.value(QStringLiteral("{source}")));
    environment.insert(QStringLiteral("OSC_OUTPUT"), output);
    environment.insert(QStringLiteral("OSC_PLATFORM_VERSION"), platform);
    environment.insert(QStringLiteral("OSC_MODULE_VERSION"),
                       QString::number(request.moduleVersion));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(work.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        return fail(QCoreApplication::translate("ExternalCompiler",
                                                "The compiler command for '%1' could not start "
                                                "'%2' on platform version %3: %4")
                        .arg(module, program, platform, process.errorString()));
    }
    const bool finished = process.waitForFinished(int(m_timeout.count()));
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    for (const QString &line : QString::fromUtf8(process.readAll()).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.diagnostics << diagnostic(request, program,
                                             QStringLiteral("%1: %2").arg(module, line.trimmed()));
    }
    if (!finished) {
        return fail(QCoreApplication::translate("ExternalCompiler",
                                                "The compiler command for '%1' did not finish "
                                                "within %2 seconds on platform version %3 and was "
                                                "stopped.")
                        .arg(module)
                        .arg(m_timeout.count() / 1000.0)
                        .arg(platform));
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        return fail(QCoreApplication::translate("ExternalCompiler",
                                                "The compiler command for '%1' crashed on "
                                                "platform version %2.")
                        .arg(module, platform));
    }
    if (process.exitCode() != 0) {
        return fail(QCoreApplication::translate("ExternalCompiler",
                                                "The compiler command for '%1' exited with code "
                                                "%2 on platform version %3.")
                        .arg(module)
                        .arg(process.exitCode())
                        .arg(platform));
    }

    // The command's files move into a staging folder that appears at outputDir
    // atomically, with interface.json and manifest.json added.
    StagingFolder staging(request.outputDir);
    if (!staging.open()) {
        result.ioError = staging.error();
        return result;
    }
    const QDir outputDir(output);
    const QString canonicalOutput = QFileInfo(output).canonicalFilePath();
    QDirIterator it(output, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = outputDir.relativeFilePath(file);
        const QString resolved = QFileInfo(file).canonicalFilePath();
        if (!resolved.startsWith(canonicalOutput + u'/')) {
            return fail(QCoreApplication::translate("ExternalCompiler",
                                                    "The compiler command for '%1' produced '%2', "
                                                    "which points outside its output folder.")
                            .arg(module, relative));
        }
        if (relative == QLatin1String("interface.json")
            || relative == QLatin1String("manifest.json"))
            continue; // written below, from the definition
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly) || !staging.write(relative, input.readAll())) {
            result.ioError = staging.error().isEmpty() ? input.errorString() : staging.error();
            return result;
        }
    }
    const QByteArray interfaceJson
        = ModuleInterface::fromDefinition(request.definition, request.profile->version).toJson();
    if (!staging.write(QStringLiteral("interface.json"), interfaceJson)) {
        result.ioError = staging.error();
        return result;
    }
    const QByteArray manifest = manifestJson(request, program, staging.artifacts());
    if (!staging.write(QStringLiteral("manifest.json"), manifest) || !staging.commit()) {
        result.ioError = staging.error();
        return result;
    }
    for (const StagingFolder::Artifact &artifact : staging.artifacts()) {
        result.artifactFiles << artifact.path;
        result.artifactBytes += artifact.size;
    }
    std::sort(result.artifactFiles.begin(), result.artifactFiles.end());
    result.manifestHash = sha256Hex(manifest);
    result.succeeded = true;
    return result;
}

} // namespace osc
