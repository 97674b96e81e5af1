#include "compiler/externalcompiler.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace osc;

namespace {

ModuleDefinition billingCs()
{
    Element getInvoice;
    getInvoice.kind = ElementKind::Action;
    getInvoice.name = "GetInvoice";
    getInvoice.isPublic = true;
    getInvoice.inputs = {Parameter{"Id", "Integer"}};
    getInvoice.outputs = {Parameter{"Number", "Text"}};
    getInvoice.size = 10;
    Element computeTax = getInvoice;
    computeTax.name = "ComputeTax";
    computeTax.isPublic = false;

    ModuleDefinition module;
    module.name = "Billing_CS";
    module.application = "Billing";
    module.elements = {getInvoice, computeTax};
    return module;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(content) == content.size();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString quoted(const QString &path)
{
    return u'"' + path + u'"';
}

QStringList messagesOf(const QList<Diagnostic> &diagnostics)
{
    QStringList messages;
    for (const Diagnostic &diagnostic : diagnostics)
        messages << diagnostic.message;
    return messages;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

QString line(const char *text)
{
    return QStringLiteral("Module 'Billing_CS' on 11.19.0: ") + QString::fromUtf8(text);
}

#ifdef Q_OS_LINUX
// Gone, or a zombie nobody has reaped yet (a container's PID 1 may never reap it).
bool processGone(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype afterName = stat.lastIndexOf(')');
    return afterName < 0 || stat.mid(afterName + 2, 1) == "Z";
}
#endif

} // namespace

class TestExternalCompiler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void successWritesArtifacts();
    void placeholdersAndEnvironment();
    void failures_data();
    void failures();
    void timeoutStopsTheCommandAndItsChildren();
    void commandNotStarted_data();
    void commandNotStarted();
    void floodOfOutputIsCapped();
    void validateTemplate_data();
    void validateTemplate();
    void concurrentCompilesBothSucceed();

private:
    // Writes an executable shell script into a folder whose name has a space.
    QString script(const QString &name, const QByteArray &body, bool executable = true) const;
    CompileRequest request(int moduleVersion = 3) const;
    QString outputDir(int moduleVersion = 3) const;
    QString parentDir() const { return m_dir->filePath("compilations/Billing_CS"); }
    QString sourcePath() const { return m_dir->filePath("my modules {version}/Billing CS.json"); }
    void verifyNothingLeft() const;

    std::unique_ptr<QTemporaryDir> m_dir; // fresh per test function and row
    std::shared_ptr<const CompilerProfile> m_profile;
};

void TestExternalCompiler::initTestCase()
{
    Result<ProfileRegistry> registry = ProfileRegistry::load();
    QVERIFY(registry.ok());
    m_profile = registry->find(*PlatformVersion::parse("11.19.0"));
    QVERIFY(m_profile);
}

void TestExternalCompiler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeFile(sourcePath(), billingCs().toJson()));
}

QString TestExternalCompiler::script(const QString &name, const QByteArray &body,
                                     bool executable) const
{
    const QString path = m_dir->filePath("tool folder/" + name);
    if (!writeFile(path, "#!/bin/sh\n" + body))
        return QString();
    if (executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner);
    return path;
}

QString TestExternalCompiler::outputDir(int moduleVersion) const
{
    return parentDir() + u'/' + QString::number(moduleVersion);
}

CompileRequest TestExternalCompiler::request(int moduleVersion) const
{
    CompileRequest request;
    request.definition = billingCs();
    request.moduleVersion = moduleVersion;
    request.profile = m_profile;
    request.outputDir = outputDir(moduleVersion);
    request.sourcePath = sourcePath();
    return request;
}

void TestExternalCompiler::verifyNothingLeft() const
{
    QVERIFY(!QFileInfo::exists(outputDir()));
    QCOMPARE(entriesOf(parentDir()), QStringList()); // no staging folder either
}

void TestExternalCompiler::successWritesArtifacts()
{
    const QString program = script("compile.sh",
                                   "mkdir -p \"$1/bin\"\n"
                                   "printf 'module %s\\n' \"$OSC_MODULE\" > \"$1/bin/module.dll\"\n"
                                   "printf 'GetInvoice 0x10' > \"$1/symbols.map\"\n"
                                   "ln -s symbols.map \"$1/symbols-link.map\"\n"
                                   "echo\n"
                                   "echo '   '\n"
                                   "echo 'warning: GetInvoice is deprecated'\n");
    const CompileResult result = ExternalCompiler(quoted(program) + " {output}").compile(request());

    QVERIFY2(result.succeeded, qPrintable(messagesOf(result.diagnostics).join(u'\n')));
    QCOMPARE(result.ioError, QString());
    QCOMPARE(messagesOf(result.diagnostics),
             QStringList{line("warning: GetInvoice is deprecated")});
    const Diagnostic &warning = result.diagnostics.constFirst();
    QCOMPARE(warning.kind, DiagnosticKind::ExternalCompiler);
    QCOMPARE(warning.module, QString("Billing_CS"));
    QCOMPARE(warning.element, QString());
    QCOMPARE(warning.target, program);

    const QStringList expectedFiles{"bin/module.dll", "interface.json", "manifest.json",
                                    "symbols-link.map", "symbols.map"};
    QCOMPARE(result.artifactFiles, expectedFiles);
    qint64 bytes = 0;
    for (const QString &file : expectedFiles)
        bytes += QFileInfo(QDir(outputDir()).filePath(file)).size();
    QCOMPARE(result.artifactBytes, bytes);
    QCOMPARE(entriesOf(parentDir()), QStringList{"3"});

    QCOMPARE(readFile(outputDir() + "/interface.json"),
             ModuleInterface::fromDefinition(billingCs(), m_profile->version).toJson());
    const QByteArray manifestBytes = readFile(outputDir() + "/manifest.json");
    QCOMPARE(result.manifestHash, sha256(manifestBytes));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    QCOMPARE(manifest.value("compiler").toString(), QString("external"));
    QCOMPARE(manifest.value("module").toString(), QString("Billing_CS"));
    QCOMPARE(manifest.value("moduleVersion").toInt(), 3);
    QCOMPARE(manifest.value("platformVersion").toString(), QString("11.19.0"));
    QCOMPARE(manifest.value("definitionHash").toString(), sha256(billingCs().toJson()));
    QStringList listed;
    for (const QJsonValue &value : manifest.value("artifacts").toArray()) {
        const QJsonObject artifact = value.toObject();
        const QString path = artifact.value("path").toString();
        const QByteArray content = readFile(QDir(outputDir()).filePath(path));
        QCOMPARE(artifact.value("sha256").toString(), sha256(content));
        QCOMPARE(artifact.value("size").toInteger(), content.size());
        listed << path;
    }
    QCOMPARE(listed,
             (QStringList{"bin/module.dll", "interface.json", "symbols-link.map", "symbols.map"}));
    QCOMPARE(readFile(outputDir() + "/bin/module.dll"), QByteArray("module Billing_CS\n"));
}

void TestExternalCompiler::placeholdersAndEnvironment()
{
    const QString program = script("record.sh",
                                   "{\n"
                                   "  for arg in \"$@\"; do printf 'arg=%s\\n' \"$arg\"; done\n"
                                   "  echo \"OSC_MODULE=$OSC_MODULE\"\n"
                                   "  echo \"OSC_SOURCE=$OSC_SOURCE\"\n"
                                   "  echo \"OSC_OUTPUT=$OSC_OUTPUT\"\n"
                                   "  echo \"OSC_PLATFORM_VERSION=$OSC_PLATFORM_VERSION\"\n"
                                   "  echo \"OSC_MODULE_VERSION=$OSC_MODULE_VERSION\"\n"
                                   "  echo \"cwd=$(pwd)\"\n"
                                   "} > \"$OSC_OUTPUT/invocation.txt\"\n");
    const CompileResult result
        = ExternalCompiler(quoted(program)
                           + " --module={module} {source} {output} {platform} {version}"
                             " \"{module} {version}\" \"{print $1}\"")
              .compile(request());
    QVERIFY2(result.succeeded, qPrintable(messagesOf(result.diagnostics).join(u'\n')));

    const QStringList recorded = QString::fromUtf8(readFile(outputDir() + "/invocation.txt"))
                                     .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(recorded.size(), 13);
    // {output} is the staging folder, a hidden sibling of outputDir renamed into place.
    const QString output = recorded.at(2).mid(4);
    QCOMPARE(QFileInfo(output).absolutePath(), parentDir());
    QVERIFY2(QFileInfo(output).fileName().startsWith(".3.partial-"), qPrintable(output));
    QCOMPARE(
        recorded.mid(0, 12),
        (QStringList{"arg=--module=Billing_CS",
                     "arg=" + sourcePath(), // one argument: spaces and braces kept
                     "arg=" + output, "arg=11.19.0", "arg=3", "arg=Billing_CS 3",
                     "arg={print $1}", // not a placeholder: braces around a non-name
                     "OSC_MODULE=Billing_CS", "OSC_SOURCE=" + sourcePath(), "OSC_OUTPUT=" + output,
                     "OSC_PLATFORM_VERSION=11.19.0", "OSC_MODULE_VERSION=3"}));
    const QString workingDir = recorded.at(12).mid(4);
    QVERIFY2(!workingDir.startsWith(m_dir->path()), qPrintable(workingDir));
    QVERIFY2(!QFileInfo::exists(workingDir), qPrintable(workingDir)); // removed afterwards
}

void TestExternalCompiler::failures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("exit code 2 -> failed, output lines in order, then the exit code")
        << QByteArray("echo 'compiling Billing_CS'\n"
                      "echo 'half' > \"$1/half.dll\"\n"
                      "echo \"error: unknown type 'Invoce'\" >&2\n"
                      "echo 'note: declared here'\n"
                      "echo 'error: 1 error generated' >&2\n"
                      "exit 2\n")
        << QStringList{line("compiling Billing_CS"), line("error: unknown type 'Invoce'"),
                       line("note: declared here"), line("error: 1 error generated"),
                       "The compiler command for 'Billing_CS' exited with code 2 on platform "
                       "version 11.19.0."};
    QTest::newRow("killed by a signal -> crashed")
        << QByteArray("echo 'compiling Billing_CS'\n"
                      "echo 'half' > \"$1/half.dll\"\n"
                      "kill -KILL $$\n")
        << QStringList{line("compiling Billing_CS"),
                       "The compiler command for 'Billing_CS' crashed on platform version "
                       "11.19.0."};
    QTest::newRow("symbolic link out of the output folder -> rejected")
        << QByteArray("cd \"$1\" && ln -s ../../../outside.txt leak.txt\n")
        << QStringList{"The compiler command for 'Billing_CS' on platform version 11.19.0 "
                       "produced 'leak.txt', a symbolic link that does not lead to a file inside "
                       "its output folder."};
    QTest::newRow("dangling symbolic link -> rejected")
        << QByteArray("mkdir \"$1/lib\" && ln -s missing.so \"$1/lib/module.so\"\n")
        << QStringList{"The compiler command for 'Billing_CS' on platform version 11.19.0 "
                       "produced 'lib/module.so', a symbolic link that does not lead to a file "
                       "inside its output folder."};
    QTest::newRow("symbolic link with an absolute target -> rejected")
        << QByteArray("echo data > \"$1/data.bin\"\nln -s \"$1/data.bin\" \"$1/alias.bin\"\n")
        << QStringList{"The compiler command for 'Billing_CS' on platform version 11.19.0 "
                       "produced 'alias.bin', a symbolic link with an absolute target, which "
                       "would not survive moving the compilation into place."};
    QTest::newRow("symbolic link to a folder -> rejected")
        << QByteArray("mkdir \"$1/lib\" && ln -s lib \"$1/lib64\"\n")
        << QStringList{"The compiler command for 'Billing_CS' on platform version 11.19.0 "
                       "produced 'lib64', which is not a regular file."};
    QTest::newRow("named pipe -> rejected")
        << QByteArray("mkfifo \"$1/channel\"\n")
        << QStringList{"The compiler command for 'Billing_CS' on platform version 11.19.0 "
                       "produced 'channel', which is not a regular file."};
    QTest::newRow("its own manifest.json -> rejected")
        << QByteArray("echo '{}' > \"$1/manifest.json\"\n")
        << QStringList{"The compiler command for 'Billing_CS' on platform version 11.19.0 "
                       "produced 'manifest.json', which the compiler writes itself."};
}

void TestExternalCompiler::failures()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, messages);
    QVERIFY(writeFile(m_dir->filePath("outside.txt"), "secret\n"));
    const QString program = script("compile.sh", body);

    const CompileResult result = ExternalCompiler(quoted(program) + " {output}").compile(request());

    QVERIFY(!result.succeeded);
    QCOMPARE(result.ioError, QString());
    QCOMPARE(messagesOf(result.diagnostics), messages);
    for (const Diagnostic &diagnostic : result.diagnostics) {
        QCOMPARE(diagnostic.kind, DiagnosticKind::ExternalCompiler);
        QCOMPARE(diagnostic.module, QString("Billing_CS"));
        QCOMPARE(diagnostic.target, program);
    }
    QCOMPARE(result.artifactFiles, QStringList());
    verifyNothingLeft();
    QCOMPARE(readFile(m_dir->filePath("outside.txt")), QByteArray("secret\n"));
}

void TestExternalCompiler::timeoutStopsTheCommandAndItsChildren()
{
    const QString pidFile = m_dir->filePath("child.pid");
    const QString program = script("hang.sh",
                                   "echo 'waiting for the license server'\n"
                                   "sleep 600 &\n"
                                   "echo $! > \"$2\"\n"
                                   "wait\n");
    const CompileResult result = ExternalCompiler(quoted(program) + " {output} " + quoted(pidFile),
                                                  std::chrono::seconds(3))
                                     .compile(request());

    QVERIFY(!result.succeeded);
    QCOMPARE(result.ioError, QString());
    QCOMPARE(messagesOf(result.diagnostics),
             (QStringList{line("waiting for the license server"),
                          "The compiler command for 'Billing_CS' did not finish within 3 seconds "
                          "on platform version 11.19.0 and was stopped."}));
    verifyNothingLeft();
#ifdef Q_OS_LINUX
    // The script's own child is stopped too: the whole process group is killed.
    bool ok = false;
    const qint64 child = readFile(pidFile).trimmed().toLongLong(&ok);
    QVERIFY(ok);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 10000);
#endif
}

void TestExternalCompiler::commandNotStarted_data()
{
    // %SCRIPT% is a script without execute permission, %NOINTERPRETER% one whose
    // interpreter does not exist.
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("message");

    const QString prefix = "The compiler command for 'Billing_CS' could not start ";
    QTest::newRow("absolute path that does not exist -> not started")
        << "/nonexistent/osc-compile {output}"
        << prefix + "'/nonexistent/osc-compile' on platform version 11.19.0: it does not exist.";
    QTest::newRow("name not on PATH -> not started")
        << "osc-no-such-compiler {output}"
        << prefix + "'osc-no-such-compiler' on platform version 11.19.0: it was not found on PATH.";
    QTest::newRow("relative path -> not started") << "tools/compile.sh {output}"
                                                  << prefix
            + "'tools/compile.sh' on platform version 11.19.0: it is a relative path; give an "
              "absolute path or a program name found on PATH.";
    QTest::newRow("script without execute permission -> not started")
        << "\"%SCRIPT%\" {output}"
        << prefix + "'%SCRIPT%' on platform version 11.19.0: it is not executable.";
    QTest::newRow("missing interpreter -> not started, with the system's reason")
        << "\"%NOINTERPRETER%\" {output}"
        << prefix
            + "'%NOINTERPRETER%' on platform version 11.19.0: execve: No such file or directory.";
    QTest::newRow("a folder -> not started")
        << "/ {output}" << prefix + "'/' on platform version 11.19.0: it is not a file.";
    QTest::newRow("unknown placeholder -> not started")
        << "sh {outptu}"
        << "The compiler command 'sh {outptu}' uses unknown placeholders: {outptu}. The known "
           "placeholders are {module}, {source}, {output}, {platform}, {version}.";
    QTest::newRow("empty command -> not started") << "  "
                                                  << "The compiler command is empty.";
}

void TestExternalCompiler::commandNotStarted()
{
    QFETCH(QString, command);
    QFETCH(QString, message);
    const QString program = script("compile.sh", "exit 0\n", false);
    const QString noInterpreter = m_dir->filePath("tool folder/interpreted.py");
    QVERIFY(writeFile(noInterpreter, "#!/nonexistent/python9\nprint('hi')\n"));
    QFile::setPermissions(noInterpreter, QFile::permissions(noInterpreter) | QFile::ExeOwner);
    for (QString *text : {&command, &message}) {
        text->replace("%SCRIPT%", program);
        text->replace("%NOINTERPRETER%", noInterpreter);
    }

    const CompileResult result = ExternalCompiler(command).compile(request());

    QVERIFY(!result.succeeded);
    QCOMPARE(result.ioError, QString());
    QCOMPARE(messagesOf(result.diagnostics), QStringList{message});
    QCOMPARE(result.diagnostics.constFirst().kind, DiagnosticKind::ExternalCompiler);
    QVERIFY(!QFileInfo::exists(outputDir()));
    QVERIFY(!QFileInfo::exists(parentDir()) || entriesOf(parentDir()).isEmpty());
}

void TestExternalCompiler::floodOfOutputIsCapped()
{
    const QString program
        = script("chatty.sh",
                 "i=0\n"
                 "while [ $i -lt 1005 ]; do echo \"note $i\"; i=$((i+1)); done\n");
    const CompileResult result = ExternalCompiler(quoted(program)).compile(request());

    QVERIFY(result.succeeded);
    QCOMPARE(result.diagnostics.size(), 1001);
    QCOMPARE(result.diagnostics.at(0).message, line("note 0"));
    QCOMPARE(result.diagnostics.at(999).message, line("note 999"));
    QCOMPARE(result.diagnostics.at(1000).message,
             QString("The compiler command for 'Billing_CS' on platform version 11.19.0 wrote "
                     "more than 1000 lines of output; only the first 1000 are shown."));
}

void TestExternalCompiler::validateTemplate_data()
{
    QTest::addColumn<QString>("command"); // %SCRIPT% is an executable script
    QTest::addColumn<QString>("message"); // empty when valid

    QTest::newRow("program on PATH with every placeholder -> valid")
        << "sh -c \"exec true\" {module} {source} {output} {platform} {version}" << QString();
    QTest::newRow("absolute path with a space, quoted -> valid")
        << "\"%SCRIPT%\" --out={output}" << QString();
    QTest::newRow("braces around a non-name are not placeholders -> valid")
        << "sh -c \"awk '{print $1}' /dev/null\"" << QString();
    QTest::newRow("empty -> rejected") << ""
                                       << "The compiler command is empty.";
    QTest::newRow("unknown placeholders -> rejected, naming them and the known ones")
        << "sh {modul} {output} {out} {modul}"
        << "The compiler command 'sh {modul} {output} {out} {modul}' uses unknown placeholders: "
           "{modul}, {out}. The known placeholders are {module}, {source}, {output}, "
           "{platform}, {version}.";
    QTest::newRow("missing absolute program -> rejected")
        << "/nonexistent/osc-compile {output}"
        << "The compiler program '/nonexistent/osc-compile' cannot be used: it does not exist.";
    QTest::newRow("program not on PATH -> rejected")
        << "osc-no-such-compiler {output}"
        << "The compiler program 'osc-no-such-compiler' cannot be used: it was not found on "
           "PATH.";
}

void TestExternalCompiler::validateTemplate()
{
    QFETCH(QString, command);
    QFETCH(QString, message);
    command.replace("%SCRIPT%", script("compile.sh", "exit 0\n"));

    const Result<void> valid = ExternalCompiler::validateTemplate(command);

    if (message.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
    } else {
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, ErrorCode::BadInput);
        QCOMPARE(valid.error().message, message);
    }
}

void TestExternalCompiler::concurrentCompilesBothSucceed()
{
    // Each command waits until the other one has started: they only both succeed when
    // the two compiles really run at the same time.
    const QString meeting = m_dir->filePath("meeting");
    QVERIFY(QDir().mkpath(meeting));
    const QString program = script("meet.sh",
                                   "touch \"$2/$OSC_MODULE_VERSION\"\n"
                                   "other=$((7 - OSC_MODULE_VERSION))\n"
                                   "i=0\n"
                                   "while [ ! -e \"$2/$other\" ]; do\n"
                                   "  i=$((i+1)); [ $i -gt 600 ] && exit 1; sleep 0.1\n"
                                   "done\n"
                                   "echo \"version $OSC_MODULE_VERSION\" > \"$1/module.dll\"\n");
    const ExternalCompiler compiler(quoted(program) + " {output} " + quoted(meeting));
    const CompileRequest three = request(3);
    const CompileRequest four = request(4);

    CompileResult resultThree;
    CompileResult resultFour;
    std::thread first([&] { resultThree = compiler.compile(three); });
    std::thread second([&] { resultFour = compiler.compile(four); });
    first.join();
    second.join();

    QVERIFY2(resultThree.succeeded, qPrintable(messagesOf(resultThree.diagnostics).join(u'\n')));
    QVERIFY2(resultFour.succeeded, qPrintable(messagesOf(resultFour.diagnostics).join(u'\n')));
    QCOMPARE(readFile(outputDir(3) + "/module.dll"), QByteArray("version 3\n"));
    QCOMPARE(readFile(outputDir(4) + "/module.dll"), QByteArray("version 4\n"));
    QCOMPARE(entriesOf(parentDir()), (QStringList{"3", "4"}));
}

QTEST_GUILESS_MAIN(TestExternalCompiler)
#include "tst_externalcompiler.moc"
