#pragma once

#include "compiler/compilerprofile.h"
#include "domain/moduledefinition.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace osc {

// A compiled module's public face: what consumers may reference. Written by the
// compiler as interface.json in the compilation folder.
struct ExportedElement
{
    QString name;
    ElementKind kind = ElementKind::Action;
    QString signature; // signatureOf() of the producer's element

    friend bool operator==(const ExportedElement &, const ExportedElement &) = default;
};

struct ModuleInterface
{
    QString module;
    PlatformVersion platformVersion;
    QHash<QString, ExportedElement> elements; // public elements by name

    // The interface a compilation of `definition` for `version` exports: its public elements.
    static ModuleInterface fromDefinition(const ModuleDefinition &definition,
                                          const PlatformVersion &version);

    // Canonical JSON (format 1, elements sorted by name): equal interfaces give equal bytes.
    QByteArray toJson() const;
    // sha256 hex of toJson(): what a consumer's manifest records about each producer.
    QString hash() const;
    // Errors are ErrorCode::BadInput "<source>:<line>:<column>: expected X, found Y".
    static Result<ModuleInterface> fromJson(const QByteArray &json, const QString &source);
    // Reads <compilationDir>/interface.json (ErrorCode::NotFound when it is missing).
    static Result<ModuleInterface> load(const QString &compilationDir);

    friend bool operator==(const ModuleInterface &, const ModuleInterface &) = default;
};

enum class DiagnosticKind {
    ProducerNotCompiled, // the producer has no compilation for this platform version
    MissingElement, // the producer has no public element of that name
    KindMismatch, // referenced as an action, but it is an entity (…)
    SignatureMismatch, // the producer's element changed its signature
    UnknownApi, // the platform never had this API
    RemovedApi, // the platform version removed this API
    ApiSignatureMismatch, // the platform version changed this API's signature
    ExternalCompiler, // reported by an external compiler command
};

QString diagnosticKindKey(DiagnosticKind kind); // "producer-not-compiled", …

// One compiler finding. `message` is a full sentence naming the module, the
// element, the target (producer element or API) and the platform version.
struct Diagnostic
{
    DiagnosticKind kind = DiagnosticKind::MissingElement;
    QString module;
    QString element; // the consumer's element, or the referenced element for references
    QString target; // "Producer.Element" or the API name
    QString message;
};

struct CompileRequest
{
    // May be left empty (no name) when sourcePath is set: the compiler then reads the
    // definition itself, as part of compiling (see withDefinition()).
    ModuleDefinition definition;
    int moduleVersion = 1;
    std::shared_ptr<const CompilerProfile> profile;
    // Interfaces of the producers' compilations for the same platform version, by
    // module name. A referenced producer missing here yields ProducerNotCompiled.
    QHash<QString, ModuleInterface> producers;
    // Where the artifacts go. The compiler creates it; it must not exist yet.
    QString outputDir;
    // The module version's definition file (used by the external compiler).
    QString sourcePath;
};

struct CompileResult
{
    bool succeeded = false;
    QList<Diagnostic> diagnostics;
    QStringList artifactFiles; // relative to outputDir, including manifest.json and interface.json
    qint64 artifactBytes = 0;
    QString manifestHash; // sha256 hex of manifest.json
    QString ioError; // set when the source could not be read or the artifacts written
    ModuleInterface interface; // on success: what the compilation exports (interface.json)
};

// The request with its definition read from sourcePath when it was left empty;
// BadInput (file:line:column) when the source cannot be read.
Result<CompileRequest> withDefinition(const CompileRequest &request);

// For compilers: runs `compile` on the request once its definition is there (read
// by withDefinition()); an unreadable source is the result's ioError.
template<typename Compile>
CompileResult compileWithDefinition(const CompileRequest &request, Compile compile)
{
    Result<CompileRequest> complete = withDefinition(request);
    if (!complete) {
        CompileResult unreadable;
        unreadable.ioError = complete.error().fullText();
        return unreadable;
    }
    return compile(*complete);
}

// Compiles one module version for one platform version. Implementations are
// reentrant: compile() may run concurrently on several threads with distinct requests.
class Compiler
{
public:
    virtual ~Compiler() = default;
    virtual CompileResult compile(const CompileRequest &request) const = 0;
};

// The built-in compiler: checks every reference against the producers' interfaces
// and every API call against the profile; on success writes generated code (its
// size and the work to produce it grow with the module's size), interface.json
// and manifest.json (sha256 of every artifact) into outputDir. On failure it writes
// nothing and leaves no outputDir behind.
class BuiltinCompiler final : public Compiler
{
public:
    CompileResult compile(const CompileRequest &request) const override;

private:
    CompileResult compileComplete(const CompileRequest &request) const;
};

} // namespace osc
