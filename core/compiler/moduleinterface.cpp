#include "compiler.h"

#include "compiler/jsonsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace osc {

using namespace jsonsupport;

static constexpr int interfaceFormat = 1;

ModuleInterface ModuleInterface::fromDefinition(const ModuleDefinition &definition,
                                                const PlatformVersion &version)
{
    ModuleInterface result;
    result.module = definition.name;
    result.platformVersion = version;
    for (const Element &element : definition.elements) {
        if (element.isPublic)
            result.elements.insert(
                element.name, ExportedElement{element.name, element.kind, signatureOf(element)});
    }
    return result;
}

QByteArray ModuleInterface::toJson() const
{
    QStringList names = elements.keys();
    std::sort(names.begin(), names.end());
    QJsonArray elementArray;
    for (const QString &name : std::as_const(names)) {
        const ExportedElement &element = elements[name];
        elementArray.append(QJsonObject{{QStringLiteral("name"), element.name},
                                        {QStringLiteral("kind"), elementKindName(element.kind)},
                                        {QStringLiteral("signature"), element.signature}});
    }
    const QJsonObject root{{QStringLiteral("format"), interfaceFormat},
                           {QStringLiteral("module"), module},
                           {QStringLiteral("platformVersion"), platformVersion.toString()},
                           {QStringLiteral("elements"), elementArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ModuleInterface::hash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(toJson(), QCryptographicHash::Sha256).toHex());
}

namespace {

// Checks that `object` (at `pointer`) has exactly `keys`; on failure, the error.
std::optional<Error> checkKeys(const QJsonObject &object, const QString &pointer,
                               const QStringList &keys, const QString &source,
                               const QByteArray &text, const Locator &locator)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            return errorAt(source, text, locator.keyOffset(pointerChild(pointer, it.key())),
                           QCoreApplication::translate("osc::ModuleInterface", "one of the keys %1")
                               .arg(keys.join(QStringLiteral(", "))),
                           QCoreApplication::translate("osc::ModuleInterface", "the key \"%1\"")
                               .arg(it.key()));
    }
    for (const QString &key : keys) {
        if (!object.contains(key))
            return errorAt(
                source, text, locator.valueOffset(pointer),
                QCoreApplication::translate("osc::ModuleInterface", "an object with the key \"%1\"")
                    .arg(key),
                QCoreApplication::translate("osc::ModuleInterface", "an object without it"));
    }
    return std::nullopt;
}

} // namespace

Result<ModuleInterface> ModuleInterface::fromJson(const QByteArray &json, const QString &source)
{
    Result<QJsonDocument> document = jsonsupport::parse(json, source);
    if (!document)
        return document.error();
    const Locator locator(json);
    auto fail = [&](const QString &pointer, const QString &expected, const QJsonValue &found) {
        return errorAt(source, json, locator.valueOffset(pointer), expected, describe(found));
    };

    if (!document->isObject())
        return fail(QString(),
                    QCoreApplication::translate("osc::ModuleInterface", "an interface object"),
                    QJsonValue(document->array()));
    const QJsonObject root = document->object();
    if (auto error = checkKeys(root, QString(),
                               {QStringLiteral("format"), QStringLiteral("module"),
                                QStringLiteral("platformVersion"), QStringLiteral("elements")},
                               source, json, locator))
        return *error;

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toDouble() != interfaceFormat)
        return fail(
            QStringLiteral("/format"),
            QCoreApplication::translate("osc::ModuleInterface", "format %1").arg(interfaceFormat),
            format);

    ModuleInterface result;
    const QJsonValue module = root.value(QStringLiteral("module"));
    if (!module.isString() || module.toString().isEmpty())
        return fail(QStringLiteral("/module"),
                    QCoreApplication::translate("osc::ModuleInterface", "a module name"), module);
    result.module = module.toString();

    const QJsonValue version = root.value(QStringLiteral("platformVersion"));
    const auto parsedVersion = PlatformVersion::parse(version.toString());
    if (!version.isString() || !parsedVersion)
        return fail(QStringLiteral("/platformVersion"),
                    QCoreApplication::translate("osc::ModuleInterface",
                                                "a platform version such as \"11.12.0\""),
                    version);
    result.platformVersion = *parsedVersion;

    const QJsonValue elements = root.value(QStringLiteral("elements"));
    if (!elements.isArray())
        return fail(QStringLiteral("/elements"),
                    QCoreApplication::translate("osc::ModuleInterface", "an array of elements"),
                    elements);
    const QJsonArray elementArray = elements.toArray();
    for (qsizetype i = 0; i < elementArray.size(); ++i) {
        const QString pointer = pointerChild(QStringLiteral("/elements"), i);
        if (!elementArray.at(i).isObject())
            return fail(pointer,
                        QCoreApplication::translate("osc::ModuleInterface", "an element object"),
                        elementArray.at(i));
        const QJsonObject object = elementArray.at(i).toObject();
        if (auto error = checkKeys(
                object, pointer,
                {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("signature")},
                source, json, locator))
            return *error;

        ExportedElement element;
        const QJsonValue name = object.value(QStringLiteral("name"));
        element.name = name.toString();
        if (!name.isString() || element.name.isEmpty())
            return fail(pointerChild(pointer, QStringLiteral("name")),
                        QCoreApplication::translate("osc::ModuleInterface", "an element name"),
                        name);
        if (result.elements.contains(element.name))
            return fail(
                pointerChild(pointer, QStringLiteral("name")),
                QCoreApplication::translate("osc::ModuleInterface", "each element name once"),
                name);
        const QJsonValue kind = object.value(QStringLiteral("kind"));
        if (!elementKindFromName(kind.toString(), &element.kind))
            return fail(pointerChild(pointer, QStringLiteral("kind")),
                        QCoreApplication::translate("osc::ModuleInterface",
                                                    "\"action\", \"entity\" or \"structure\""),
                        kind);
        const QJsonValue signature = object.value(QStringLiteral("signature"));
        element.signature = signature.toString();
        const QString prefix
            = elementKindName(element.kind) + (element.kind == ElementKind::Action ? u'(' : u'{');
        if (!signature.isString() || !element.signature.startsWith(prefix))
            return fail(pointerChild(pointer, QStringLiteral("signature")),
                        QCoreApplication::translate("osc::ModuleInterface",
                                                    "a signature starting with \"%1\"")
                            .arg(prefix),
                        signature);
        result.elements.insert(element.name, element);
    }
    return result;
}

Result<ModuleInterface> ModuleInterface::load(const QString &compilationDir)
{
    const QString path = QDir(compilationDir).filePath(QStringLiteral("interface.json"));
    QFile file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("osc::ModuleInterface",
                                        "The compilation folder '%1' has no interface.json.")
                .arg(compilationDir));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Environment,
            QCoreApplication::translate("osc::ModuleInterface", "Cannot read '%1'.").arg(path),
            file.errorString());
    return fromJson(file.readAll(), path);
}

} // namespace osc
