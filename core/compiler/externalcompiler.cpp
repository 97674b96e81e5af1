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

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace osc {

namespace {

// A command that floods its output must not turn into a million diagnostics.
constexpr qsizetype maxOutputLines = 1000;

// Only name-like words in braces are placeholders, so "awk '{print $1}'" keeps its braces.
// Built per use: a shared QRegularExpression would be matched from several threads.
QRegularExpression placeholderPattern()
{
    return QRegularExpression(QStringLiteral("\\{[A-Za-z][A-Za-z0-9_-]*\\}"));
}

// Replaces every placeholder of `word` found in `values` in one pass, so a value that
// contains "{output}" is not replaced again; unknown placeholders are kept and listed.
QString substitute(const QString &word, const QHash<QString, QString> &values,
                   QStringList *unknown = nullptr)
{
    QString result;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(word); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(word).mid(last, match.capturedStart() - last);
        const QString name = match.captured();
        const auto value = values.constFind(name);
        if (value != values.constEnd()) {
            result += *value;
        } else {
            result += name;
            if (unknown && !unknown->contains(name))
                *unknown << name;
        }
        last = match.capturedEnd();
    }
    result += QStringView(word).mid(last);
    return result;
}

// Checks what does not depend on the file system: a program, no unknown placeholder.
Result<QStringList> splitTemplate(const QString &commandTemplate)
{
    const QStringList words = QProcess::splitCommand(commandTemplate);
    if (words.isEmpty())
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("ExternalCompiler", "The compiler command is empty."));
    QHash<QString, QString> known;
    for (const QString &name : ExternalCompiler::placeholders())
        known.insert(name, QString());
    QStringList unknown;
    for (const QString &word : words)
        substitute(word, known, &unknown);
    if (!unknown.isEmpty())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("ExternalCompiler",
                                                     "The compiler command '%1' uses unknown "
                                                     "placeholders: %2. The known placeholders "
                                                     "are %3.")
                             .arg(commandTemplate, unknown.join(QStringLiteral(", ")),
                                  ExternalCompiler::placeholders().join(QStringLiteral(", "))),
                         unknown.join(u' '));
    return words;
}

// The executable `program` names, or an empty string and the reason it cannot be run.
// A relative path with a slash is refused rather than resolved: against the working
// folder of the GUI or of scctl it would mean something different each time.
QString resolveProgram(const QString &program, QString *reason)
{
    if (!program.contains(u'/')) {
        const QString found = QStandardPaths::findExecutable(program);
        if (found.isEmpty())
            *reason = QCoreApplication::translate("ExternalCompiler", "it was not found on PATH");
        return found;
    }
    const QFileInfo info(program);
    if (!QDir::isAbsolutePath(program))
        *reason = QCoreApplication::translate(
            "ExternalCompiler",
            "it is a relative path; give an absolute path or a program name found on PATH");
    else if (!info.exists())
        *reason = QCoreApplication::translate("ExternalCompiler", "it does not exist");
    else if (!info.isFile())
        *reason = QCoreApplication::translate("ExternalCompiler", "it is not a file");
    else if (!info.isExecutable())
        *reason = QCoreApplication::translate("ExternalCompiler", "it is not executable");
    else
        return info.absoluteFilePath();
    return QString();
}

QString couldNotStart(const QString &module, const QString &program, const QString &platform,
                      const QString &reason)
{
    return QCoreApplication::translate("ExternalCompiler",
                                       "The compiler command for '%1' could not start '%2' on "
                                       "platform version %3: %4.")
        .arg(module, program, platform, reason);
}

// "600", "2.5": without a translator loaded (scctl) a %n plural would read "second(s)".
QString secondsText(std::chrono::milliseconds timeout)
{
    return QString::number(double(timeout.count()) / 1000.0);
}

#ifdef Q_OS_UNIX
// QFileInfo::readSymLink() is Qt 6.6; symLinkTarget() resolves the target and so hides
// whether the link itself is absolute.
bool hasAbsoluteTarget(const QString &link)
{
    char target[2];
    return ::readlink(QFile::encodeName(link).constData(), target, sizeof target) > 0
        && target[0] == '/';
}
#else
bool hasAbsoluteTarget(const QString &)
{
    return false;
}
#endif

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// The built-in compiler's manifest format (docs/compiler.md), with "compiler": "external".
QByteArray manifestJson(const CompileRequest &request, QList<StagingFolder::Artifact> artifacts)
{
    std::sort(artifacts.begin(), artifacts.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });
    QJsonArray artifactArray;
    for (const StagingFolder::Artifact &artifact : std::as_const(artifacts))
        artifactArray.append(QJsonObject{{QStringLiteral("path"), artifact.path},
                                         {QStringLiteral("size"), artifact.size},
                                         {QStringLiteral("sha256"), artifact.sha256}});

    // The command checks references itself; recording the producers' interface hashes
    // still lets a later change of a producer mark this compilation Outdated.
    QStringList producerNames = request.definition.producers();
    std::sort(producerNames.begin(), producerNames.end());
    const QString platform = request.profile->version.toString();
    QJsonArray producerArray;
    for (const QString &name : std::as_const(producerNames)) {
        const auto producer = request.producers.constFind(name);
        if (producer == request.producers.constEnd()
            || producer->platformVersion != request.profile->version)
            continue;
        producerArray.append(QJsonObject{{QStringLiteral("module"), name},
                                         {QStringLiteral("platformVersion"), platform},
                                         {QStringLiteral("interfaceHash"), producer->hash()}});
    }

    const QJsonObject root{
        {QStringLiteral("format"), 1},
        {QStringLiteral("compiler"), QStringLiteral("external")},
        {QStringLiteral("module"), request.definition.name},
        {QStringLiteral("moduleVersion"), request.moduleVersion},
        {QStringLiteral("platformVersion"), platform},
        {QStringLiteral("systemComponents"), request.profile->systemComponentsVersion},
        {QStringLiteral("definitionHash"), sha256Hex(request.definition.toJson())},
        {QStringLiteral("producers"), producerArray},
        {QStringLiteral("artifacts"), artifactArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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
    const Result<QStringList> words = splitTemplate(commandTemplate);
    if (!words)
        return words.error();
    const QString program = words->constFirst();
    QString reason;
    if (resolveProgram(program, &reason).isEmpty())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("ExternalCompiler",
                                                     "The compiler program '%1' cannot be used: "
                                                     "%2.")
                             .arg(program, reason),
                         program);
    return {};
}

CompileResult ExternalCompiler::compile(const CompileRequest &request) const
{
    return compileWithDefinition(
        request, [this](const CompileRequest &complete) { return compileComplete(complete); });
}

CompileResult ExternalCompiler::compileComplete(const CompileRequest &request) const
{
    CompileResult result;
    const QString module = request.definition.name;
    Q_ASSERT_X(request.profile, "ExternalCompiler::compile", "a request needs a compiler profile");
    if (!request.profile) {
        result.ioError = QCoreApplication::translate(
                             "ExternalCompiler", "No compiler profile was given for module '%1'.")
                             .arg(module);
        return result;
    }
    if (request.outputDir.isEmpty()) {
        result.ioError = QCoreApplication::translate(
                             "ExternalCompiler", "No compilation folder was given for module '%1'.")
                             .arg(module);
        return result;
    }
    const QString platform = request.profile->version.toString();

    const Result<QStringList> words = splitTemplate(m_template);
    const QString program = words ? words->constFirst() : QString();
    const auto fail = [&](const QString &message) {
        result.diagnostics << Diagnostic{DiagnosticKind::ExternalCompiler, module, QString(),
                                         program, message};
        result.succeeded = false;
        return result;
    };
    if (!words)
        return fail(words.error().message);
    QString reason;
    const QString executable = resolveProgram(program, &reason);
    if (executable.isEmpty())
        return fail(couldNotStart(module, program, platform, reason));

    // The command writes straight into the staging folder, which becomes outputDir
    // only once everything is checked and recorded: no copy, and no half compilation.
    StagingFolder staging(request.outputDir);
    if (!staging.open()) {
        result.ioError = staging.error();
        return result;
    }
    // A private, empty working folder: whatever the command leaves in its current
    // folder goes away with it instead of landing next to the compilations.
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/osc-compile-XXXXXX"));
    if (!work.isValid()) {
        result.ioError = QCoreApplication::translate(
                             "ExternalCompiler",
                             "Cannot create a working folder for the compiler command: %1.")
                             .arg(work.errorString());
        return result;
    }

    const QString source = request.sourcePath.isEmpty()
        ? QString()
        : QFileInfo(request.sourcePath).absoluteFilePath();
    const QString output = staging.path();
    const QString moduleVersion = QString::number(request.moduleVersion);
    const QHash<QString, QString> values{{QStringLiteral("{module}"), module},
                                         {QStringLiteral("{source}"), source},
                                         {QStringLiteral("{output}"), output},
                                         {QStringLiteral("{platform}"), platform},
                                         {QStringLiteral("{version}"), moduleVersion}};
    QStringList arguments;
    for (qsizetype i = 1; i < words->size(); ++i)
        arguments << substitute(words->at(i), values);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OSC_MODULE"), module);
    environment.insert(QStringLiteral("OSC_SOURCE"), source);
    environment.insert(QStringLiteral("OSC_OUTPUT"), output);
    environment.insert(QStringLiteral("OSC_PLATFORM_VERSION"), platform);
    environment.insert(QStringLiteral("OSC_MODULE_VERSION"), moduleVersion);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(work.path());
    process.setProcessChannelMode(QProcess::MergedChannels); // one pipe keeps the order
    process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // A group of its own, so that a timeout stops what the command started too (make's
    // compilers, a script's children), not just the command.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process.start(executable, arguments);
    if (!process.waitForStarted())
        return fail(couldNotStart(module, program, platform, process.errorString()));

    const int msecs = m_timeout.count() <= 0
        ? -1
        : int(std::min<qint64>(m_timeout.count(), std::numeric_limits<int>::max()));
    bool timedOut = false;
    if (!process.waitForFinished(msecs) && process.state() != QProcess::NotRunning) {
        timedOut = true;
#ifdef Q_OS_UNIX
        ::kill(-pid_t(process.processId()), SIGKILL);
#endif
        process.kill();
        process.waitForFinished(-1);
    }

    const QStringList lines = QString::fromLocal8Bit(process.readAll()).split(u'\n');
    qsizetype shown = 0;
    bool omitted = false;
    for (const QString &line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        if (shown == maxOutputLines) {
            omitted = true;
            continue;
        }
        ++shown;
        result.diagnostics << Diagnostic{
            DiagnosticKind::ExternalCompiler, module, QString(), program,
            QCoreApplication::translate("ExternalCompiler", "Module '%1' on %2: %3")
                .arg(module, platform, text)};
    }
    if (omitted)
        result.diagnostics << Diagnostic{
            DiagnosticKind::ExternalCompiler, module, QString(), program,
            QCoreApplication::translate("ExternalCompiler",
                                        "The compiler command for '%1' on platform version %2 "
                                        "wrote more than %3 lines of output; only the first %3 "
                                        "are shown.")
                .arg(module, platform, QString::number(maxOutputLines))};

    if (timedOut)
        return fail(QCoreApplication::translate("ExternalCompiler",
                                                "The compiler command for '%1' did not finish "
                                                "within %2 seconds on platform version %3 and was "
                                                "stopped.")
                        .arg(module, secondsText(m_timeout), platform));
    if (process.exitStatus() == QProcess::CrashExit)
        return fail(QCoreApplication::translate("ExternalCompiler",
                                                "The compiler command for '%1' crashed on "
                                                "platform version %2.")
                        .arg(module, platform));
    if (process.exitCode() != 0)
        return fail(QCoreApplication::translate("ExternalCompiler",
                                                "The compiler command for '%1' exited with code "
                                                "%2 on platform version %3.")
                        .arg(module, QString::number(process.exitCode()), platform));

    // Everything in the folder becomes an artifact, so everything must be a plain file
    // that stays inside it once renamed.
    const QDir stagingDir(output);
    const QString canonicalOutput = QFileInfo(output).canonicalFilePath() + u'/';
    QStringList files;
    QDirIterator it(output, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = stagingDir.relativeFilePath(path);
        if (info.isSymLink() && hasAbsoluteTarget(path))
            return fail(QCoreApplication::translate("ExternalCompiler",
                                                    "The compiler command for '%1' on platform "
                                                    "version %2 produced '%3', a symbolic link "
                                                    "with an absolute target, which would not "
                                                    "survive moving the compilation into place.")
                            .arg(module, platform, relative));
        if (info.isSymLink() && !info.canonicalFilePath().startsWith(canonicalOutput))
            return fail(QCoreApplication::translate("ExternalCompiler",
                                                    "The compiler command for '%1' on platform "
                                                    "version %2 produced '%3', a symbolic link "
                                                    "that does not lead to a file inside its "
                                                    "output folder.")
                            .arg(module, platform, relative));
        if (info.isDir() && !info.isSymLink())
            continue;
        if (!info.isFile())
            return fail(QCoreApplication::translate("ExternalCompiler",
                                                    "The compiler command for '%1' on platform "
                                                    "version %2 produced '%3', which is not a "
                                                    "regular file.")
                            .arg(module, platform, relative));
        if (relative == QLatin1String("interface.json")
            || relative == QLatin1String("manifest.json"))
            return fail(QCoreApplication::translate("ExternalCompiler",
                                                    "The compiler command for '%1' on platform "
                                                    "version %2 produced '%3', which the "
                                                    "compiler writes itself.")
                            .arg(module, platform, relative));
        files << relative;
    }
    files.sort();
    for (const QString &file : std::as_const(files)) {
        if (!staging.adopt(file)) {
            result.ioError = staging.error();
            return result;
        }
    }

    result.interface = ModuleInterface::fromDefinition(request.definition,
                                                       request.profile->version);
    const QByteArray interfaceJson = result.interface.toJson();
    if (!staging.write(QStringLiteral("interface.json"), interfaceJson)) {
        result.ioError = staging.error();
        return result;
    }
    const QByteArray manifest = manifestJson(request, staging.artifacts());
    if (!staging.write(QStringLiteral("manifest.json"), manifest) || !staging.commit()) {
        result.ioError = staging.error();
        return result;
    }

    for (const StagingFolder::Artifact &artifact : staging.artifacts()) {
        result.artifactFiles << artifact.path;
        result.artifactBytes += artifact.size;
    }
    result.artifactFiles.sort();
    result.manifestHash = sha256Hex(manifest);
    result.succeeded = true;
    return result;
}

} // namespace osc
