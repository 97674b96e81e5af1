#include "moduledefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace osc {

QString elementKindName(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Action:
        return QStringLiteral("action");
    case ElementKind::Entity:
        return QStringLiteral("entity");
    case ElementKind::Structure:
        return QStringLiteral("structure");
    }
    Q_UNREACHABLE();
    return {};
}

bool elementKindFromName(const QString &name, ElementKind *kind)
{
    for (ElementKind candidate :
         {ElementKind::Action, ElementKind::Entity, ElementKind::Structure}) {
        if (elementKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

static QString joinParameters(const QList<Parameter> &parameters)
{
    QStringList parts;
    parts.reserve(parameters.size());
    for (const Parameter &parameter : parameters)
        parts << parameter.name + QStringLiteral(": ") + parameter.type;
    return parts.join(QStringLiteral(", "));
}

QString signatureOf(const Element &element)
{
    switch (element.kind) {
    case ElementKind::Action:
        return QStringLiteral("action(%1) -> (%2)")
            .arg(joinParameters(element.inputs), joinParameters(element.outputs));
    case ElementKind::Entity:
    case ElementKind::Structure:
        return elementKindName(element.kind) + u'{' + joinParameters(element.attributes) + u'}';
    }
    Q_UNREACHABLE();
    return {};
}

QStringList ModuleDefinition::producers() const
{
    QStringList result;
    QSet<QString> seen;
    for (const Reference &reference : references) {
        if (!seen.contains(reference.module)) {
            seen.insert(reference.module);
            result << reference.module;
        }
    }
    return result;
}

const Element *ModuleDefinition::findElement(const QString &elementName) const
{
    for (const Element &element : elements) {
        if (element.name == elementName)
            return &element;
    }
    return nullptr;
}

qint64 ModuleDefinition::totalSize() const
{
    qint64 total = 0;
    for (const Element &element : elements)
        total += element.size;
    return total;
}

static QJsonArray parametersToJson(const QList<Parameter> &parameters)
{
    QJsonArray array;
    for (const Parameter &parameter : parameters)
        array.append(QJsonObject{{QStringLiteral("name"), parameter.name},
                                 {QStringLiteral("type"), parameter.type}});
    return array;
}

QByteArray ModuleDefinition::toJson() const
{
    QJsonArray elementArray;
    for (const Element &element : elements) {
        QJsonObject object{{QStringLiteral("kind"), elementKindName(element.kind)},
                           {QStringLiteral("name"), element.name},
                           {QStringLiteral("public"), element.isPublic},
                           {QStringLiteral("size"), element.size}};
        if (element.kind == ElementKind::Action) {
            object.insert(QStringLiteral("inputs"), parametersToJson(element.inputs));
            object.insert(QStringLiteral("outputs"), parametersToJson(element.outputs));
            if (!element.calls.isEmpty()) {
                QJsonArray calls;
                for (const ApiCall &call : element.calls)
                    calls.append(QJsonObject{{QStringLiteral("api"), call.api},
                                             {QStringLiteral("signature"), call.signature}});
                object.insert(QStringLiteral("calls"), calls);
            }
        } else {
            object.insert(QStringLiteral("attributes"), parametersToJson(element.attributes));
        }
        elementArray.append(object);
    }

    QJsonArray referenceArray;
    for (const Reference &reference : references)
        referenceArray.append(QJsonObject{{QStringLiteral("module"), reference.module},
                                          {QStringLiteral("element"), reference.element},
                                          {QStringLiteral("kind"), elementKindName(reference.kind)},
                                          {QStringLiteral("signature"), reference.signature}});

    QJsonArray settingArray;
    for (const Setting &setting : settings)
        settingArray.append(QJsonObject{{QStringLiteral("name"), setting.name},
                                        {QStringLiteral("type"), setting.type},
                                        {QStringLiteral("default"), setting.defaultValue}});

    QJsonObject root{{QStringLiteral("format"), format},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("elements"), elementArray},
                     {QStringLiteral("references"), referenceArray},
                     {QStringLiteral("settings"), settingArray}};
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);
    if (!application.isEmpty())
        root.insert(QStringLiteral("application"), application);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace osc
