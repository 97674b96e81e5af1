#pragma once

#include "compiler/compiler.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace osc {

// Compiles by running an external command once per module version, so that real
// toolchains can be driven (docs/compiler.md, "External compiler command").
//
// The command template is split into program and arguments first
// (QProcess::splitCommand: double quotes group words), then each argument gets its
// placeholders replaced in one pass, so a value with spaces stays one argument and a
// value that happens to contain "{output}" is not replaced again:
//   {module}    the module's name
//   {source}    the module version's definition file (absolute path, CompileRequest::sourcePath)
//   {output}    the folder to write the artifacts into: an empty staging folder next to
//               outputDir, renamed to outputDir when the compilation succeeds
//   {platform}  the platform version, e.g. 11.19.0
//   {version}   the module version number
// The same values are in the inherited environment as OSC_MODULE, OSC_SOURCE, OSC_OUTPUT,
// OSC_PLATFORM_VERSION and OSC_MODULE_VERSION. No shell is involved unless the template
// calls one. The program is an absolute path or a name looked up on PATH. The command
// runs in an empty temporary working folder, with stdin from the null device, in a
// process group of its own (Unix), stdout and stderr merged in the order written.
//
// Exit code 0 is success: the files the command wrote into {output}, plus interface.json
// (ModuleInterface::fromDefinition) and manifest.json (every artifact's sha256 and size,
// the built-in compiler's format with "compiler": "external") become the compilation,
// which appears at outputDir atomically. Every non-empty output line becomes an
// ExternalCompiler diagnostic, kept as a warning on success. A non-zero exit, a crash,
// a timeout (the whole process group is killed), a program that cannot start, or output
// the compilation cannot hold (a symbolic link leading outside {output}, a special file,
// its own interface.json or manifest.json) fails the compilation with a diagnostic
// saying so and leaves nothing at outputDir. I/O failures of the compiler itself are
// CompileResult::ioError, as for the built-in compiler.
//
// compile() blocks the calling thread until the command ends; it is reentrant and
// may run on several threads at once with distinct requests.
class ExternalCompiler final : public Compiler
{
public:
    // `timeout`: how long one command may run; zero or less waits for ever.
    explicit ExternalCompiler(QString commandTemplate,
                              std::chrono::milliseconds timeout = std::chrono::minutes(10));

    // Rejects (ErrorCode::BadInput, a message naming the problem) an empty template,
    // unknown {placeholders} (naming them and the known ones), and a program that is
    // not an executable file given by absolute path or found on PATH.
    static Result<void> validateTemplate(const QString &commandTemplate);
    static QStringList
    placeholders(); // "{module}", "{source}", "{output}", "{platform}", "{version}"

    const QString &commandTemplate() const { return m_template; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    CompileResult compile(const CompileRequest &request) const override;

private:
    CompileResult compileComplete(const CompileRequest &request) const;

    QString m_template;
    std::chrono::milliseconds m_timeout;
};

} // namespace osc
