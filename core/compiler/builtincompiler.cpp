#include "compiler.h"

#include "compiler/codegenerator.h"
#include "compiler/stagingfolder.h"
#include "modules/moduleparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace osc {

QString diagnosticKindKey(DiagnosticKind kind)
{
    switch (kind) {
    case DiagnosticKind::ProducerNotCompiled:
        return QStringLiteral("producer-not-compiled");
    case DiagnosticKind::MissingElement:
        return QStringLiteral("missing-element");
    case DiagnosticKind::KindMismatch:
        return QStringLiteral("kind-mismatch");
    case DiagnosticKind::SignatureMismatch:
        return QStringLiteral("signature-mismatch");
    case DiagnosticKind::UnknownApi:
        return QStringLiteral("unknown-api");
    case DiagnosticKind::RemovedApi:
        return QStringLiteral("removed-api");
    case DiagnosticKind::ApiSignatureMismatch:
        return QStringLiteral("api-signature-mismatch");
    case DiagnosticKind::ExternalCompiler:
        return QStringLiteral("external-compiler");
    }
    Q_UNREACHABLE();
    return {};
}

namespace {

static constexpr int manifestFormat = 1;

// Collects diagnostics in check order, dropping exact repeats (an element that calls
// the same removed API twice is told once).
class Diagnostics
{
public:
    void add(DiagnosticKind kind, const QString &module, const QString &element,
             const QString &target, const QString &message)
    {
        if (m_seen.contains(message))
            return;
        m_seen.insert(message);
        m_list << Diagnostic{kind, module, element, target, message};
    }
    QList<Diagnostic> take() { return std::move(m_list); }

private:
    QList<Diagnostic> m_list;
    QSet<QString> m_seen;
};

QString withArticle(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Action:
        return QCoreApplication::translate("osc::BuiltinCompiler", "an action");
    case ElementKind::Entity:
        return QCoreApplication::translate("osc::BuiltinCompiler", "an entity");
    case ElementKind::Structure:
        return QCoreApplication::translate("osc::BuiltinCompiler", "a structure");
    }
    Q_UNREACHABLE();
    return {};
}

void checkReferences(const CompileRequest &request, Diagnostics &diagnostics)
{
    const ModuleDefinition &definition = request.definition;
    const QString version = request.profile->version.toString();
    for (const Reference &reference : definition.references) {
        const QString target = reference.module + u'.' + reference.element;
        const QString kind = elementKindName(reference.kind);
        const auto producer = request.producers.constFind(reference.module);
        if (producer == request.producers.constEnd()
            || producer->platformVersion != request.profile->version) {
            diagnostics.add(DiagnosticKind::ProducerNotCompiled, definition.name, reference.element,
                            target,
                            QCoreApplication::translate(
                                "osc::BuiltinCompiler",
                                "Module '%1' references '%2' (%3), but '%4' has no compilation "
                                "for %5.")
                                .arg(definition.name, target, kind, reference.module, version));
            continue;
        }
        const auto exported = producer->elements.constFind(reference.element);
        if (exported == producer->elements.constEnd()) {
            diagnostics.add(DiagnosticKind::MissingElement, definition.name, reference.element,
                            target,
                            QCoreApplication::translate(
                                "osc::BuiltinCompiler",
                                "Module '%1' references '%2' (%3), but the compilation of '%4' "
                                "for %5 has no public element '%6'.")
                                .arg(definition.name, target, kind, reference.module, version,
                                     reference.element));
            continue;
        }
        if (exported->kind != reference.kind) {
            diagnostics.add(DiagnosticKind::KindMismatch, definition.name, reference.element,
                            target,
                            QCoreApplication::translate(
                                "osc::BuiltinCompiler",
                                "Module '%1' references '%2' as %3, but its compilation for %4 "
                                "has %5 of that name.")
                                .arg(definition.name, target, withArticle(reference.kind), version,
                                     withArticle(exported->kind)));
            continue;
        }
        if (exported->signature != reference.signature) {
            diagnostics.add(DiagnosticKind::SignatureMismatch, definition.name, reference.element,
                            target,
                            QCoreApplication::translate(
                                "osc::BuiltinCompiler",
                                "Module '%1' references '%2' (%3) with signature '%4', but its "
                                "compilation for %5 has '%6'.")
                                .arg(definition.name, target, kind, reference.signature, version,
                                     exported->signature));
        }
    }
}

void checkApiCalls(const CompileRequest &request, Diagnostics &diagnostics)
{
    const ModuleDefinition &definition = request.definition;
    const CompilerProfile &profile = *request.profile;
    const QString version = profile.version.toString();
    for (const Element &element : definition.elements) {
        for (const ApiCall &call : element.calls) {
            const auto offered = profile.apis.constFind(call.api);
            if (offered != profile.apis.constEnd()) {
                if (*offered != call.signature) {
                    diagnostics.add(DiagnosticKind::ApiSignatureMismatch, definition.name,
                                    element.name, call.api,
                                    QCoreApplication::translate(
                                        "osc::BuiltinCompiler",
                                        "Module '%1', element '%2': platform API '%3' is called "
                                        "with signature '%4', but %5 has '%6'.")
                                        .arg(definition.name, element.name, call.api,
                                             call.signature, version, *offered));
                }
                continue;
            }
            const auto removed = profile.removedApis.constFind(call.api);
            if (removed != profile.removedApis.constEnd()) {
                const QString removedIn = removed->removedIn.toString();
                diagnostics.add(DiagnosticKind::RemovedApi, definition.name, element.name, call.api,
                                removedIn == version
                                    ? QCoreApplication::translate(
                                          "osc::BuiltinCompiler",
                                          "Module '%1', element '%2': platform API '%3' was "
                                          "removed in %4 (%5).")
                                          .arg(definition.name, element.name, call.api, version,
                                               removed->advice)
                                    : QCoreApplication::translate(
                                          "osc::BuiltinCompiler",
                                          "Module '%1', element '%2': platform API '%3' was "
                                          "removed in %4 (%5) and is not available in %6.")
                                          .arg(definition.name, element.name, call.api, removedIn,
                                               removed->advice, version));
                continue;
            }
            diagnostics.add(DiagnosticKind::UnknownApi, definition.name, element.name, call.api,
                            QCoreApplication::translate(
                                "osc::BuiltinCompiler",
                                "Module '%1', element '%2': platform API '%3' does not exist "
                                "in %4.")
                                .arg(definition.name, element.name, call.api, version));
        }
    }
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray manifestJson(const CompileRequest &request,
                        const QHash<QString, QString> &producerHashes,
                        QList<StagingFolder::Artifact> artifacts)
{
    std::sort(artifacts.begin(), artifacts.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });
    QJsonArray artifactArray;
    for (const StagingFolder::Artifact &artifact : std::as_const(artifacts))
        artifactArray.append(QJsonObject{{QStringLiteral("path"), artifact.path},
                                         {QStringLiteral("size"), artifact.size},
                                         {QStringLiteral("sha256"), artifact.sha256}});

    QStringList producerNames = producerHashes.keys();
    std::sort(producerNames.begin(), producerNames.end());
    QJsonArray producerArray;
    for (const QString &name : std::as_const(producerNames))
        producerArray.append(
            QJsonObject{{QStringLiteral("module"), name},
                        {QStringLiteral("platformVersion"), request.profile->version.toString()},
                        {QStringLiteral("interfaceHash"), producerHashes.value(name)}});

    const QJsonObject root{
        {QStringLiteral("format"), manifestFormat},
        {QStringLiteral("compiler"), QStringLiteral("builtin")},
        {QStringLiteral("module"), request.definition.name},
        {QStringLiteral("moduleVersion"), request.moduleVersion},
        {QStringLiteral("platformVersion"), request.profile->version.toString()},
        {QStringLiteral("systemComponents"), request.profile->systemComponentsVersion},
        {QStringLiteral("definitionHash"), sha256Hex(request.definition.toJson())},
        {QStringLiteral("producers"), producerArray},
        {QStringLiteral("artifacts"), artifactArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

Result<CompileRequest> withDefinition(const CompileRequest &request)
{
    if (!request.definition.name.isEmpty() || request.sourcePath.isEmpty())
        return request;
    Result<ModuleDefinition> definition = ModuleParser::parseFile(request.sourcePath);
    if (!definition)
        return definition.error();
    CompileRequest complete = request;
    complete.definition = std::move(definition.value());
    return complete;
}

CompileResult BuiltinCompiler::compile(const CompileRequest &request) const
{
    return compileWithDefinition(
        request, [this](const CompileRequest &complete) { return compileComplete(complete); });
}

CompileResult BuiltinCompiler::compileComplete(const CompileRequest &request) const
{
    CompileResult result;
    Q_ASSERT_X(request.profile, "BuiltinCompiler::compile", "a request needs a compiler profile");
    if (!request.profile) {
        result.ioError
            = QCoreApplication::translate("osc::BuiltinCompiler",
                                          "No compiler profile was given for module '%1'.")
                  .arg(request.definition.name);
        return result;
    }

    if (request.outputDir.isEmpty()) {
        result.ioError
            = QCoreApplication::translate("osc::BuiltinCompiler",
                                          "No compilation folder was given for module '%1'.")
                  .arg(request.definition.name);
        return result;
    }

    Diagnostics diagnostics;
    checkReferences(request, diagnostics);
    checkApiCalls(request, diagnostics);
    result.diagnostics = diagnostics.take();
    if (!result.diagnostics.isEmpty())
        return result;

    codegen::ModuleContext context;
    context.definition = &request.definition;
    context.moduleVersion = request.moduleVersion;
    context.profile = request.profile.get();
    for (const QString &producer : request.definition.producers())
        context.producerInterfaceHashes.insert(producer, request.producers.value(producer).hash());

    StagingFolder staging(request.outputDir);
    if (!staging.open()) {
        result.ioError = staging.error();
        return result;
    }

    const QStringList paths = codegen::elementPaths(request.definition);
    for (qsizetype i = 0; i < request.definition.elements.size(); ++i) {
        if (!staging.write(paths.at(i),
                           codegen::generateElement(context, request.definition.elements.at(i)))) {
            result.ioError = staging.error();
            return result;
        }
    }
    const codegen::GeneratedFile moduleFile = codegen::generateModuleFile(context);
    result.interface = ModuleInterface::fromDefinition(request.definition,
                                                       request.profile->version);
    const QByteArray interfaceJson = result.interface.toJson();
    if (!staging.write(moduleFile.path, moduleFile.content)
        || !staging.write(QStringLiteral("interface.json"), interfaceJson)) {
        result.ioError = staging.error();
        return result;
    }
    const QByteArray manifest
        = manifestJson(request, context.producerInterfaceHashes, staging.artifacts());
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
