#pragma once

#include "compiler/compiler.h"

#include <chrono>

namespace osc {

// Compiles by running an external command once per module, so that real toolchains
// can be driven. The command template is split into program and arguments first
// (QProcess::splitCommand: quotes group words), then each argument gets its
// placeholders replaced, so a path with spaces stays one argument:
//   {module}    the module's name
//   {source}    the module version's definition file (absolute path)
//   {output}    the folder to write the artifacts into (a private staging folder)
//   {platform}  the platform version, e.g. 11.19.0
//   {version}   the module version number
// The same values are in the environment as OSC_MODULE, OSC_SOURCE, OSC_OUTPUT,
// OSC_PLATFORM_VERSION and OSC_MODULE_VERSION. No shell is involved unless the
// template calls one.
//
// Exit code 0 is success: the files the command wrote, plus interface.json (the
// definition's public elements, for consumers) and manifest.json (every artifact's
// sha256 and size), become the compilation, which appears at outputDir atomically.
// Every non-empty line of output becomes an ExternalCompiler diagnostic (warnings on
// success). A non-zero exit, a crash, a timeout (the process is killed) or a program
// that cannot start fails the compilation with a diagnostic saying so, and leaves
// nothing at outputDir. Reentrant: compile() may run on several threads at once.
class ExternalCompiler final : public Compiler
{
public:
    explicit ExternalCompiler(QString commandTemplate,
                              std::chrono::milliseconds timeout = std::chrono::minutes(10));

    // Rejects an empty template, unknown {placeholders} and a program that is
    // neither an executable file nor found on PATH (ErrorCode::BadInput).
    static Result<void> validateTemplate(const QString &commandTemplate);
    static QStringList placeholders(); // "{module}", …

    CompileResult compile(const CompileRequest &request) const override;

private:
    QString m_template;
    std::chrono::milliseconds m_timeout;
};

} // namespace osc
