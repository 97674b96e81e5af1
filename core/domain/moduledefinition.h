#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace osc {

// The in-memory form of a module definition file, format v1 (docs/module-format.md).
// Produced by ModuleParser, written back by toJson(); plain values, safe to copy
// across threads.

enum class ElementKind { Action, Entity, Structure };

QString elementKindName(ElementKind kind); // "action", "entity", "structure"
bool elementKindFromName(const QString &name, ElementKind *kind);

struct Parameter
{
    QString name;
    QString type; // a basic type (Text, Integer, …) or the name of an entity/structure

    friend bool operator==(const Parameter &, const Parameter &) = default;
};

// A platform API that an element calls, with the signature the element was written against.
struct ApiCall
{
    QString api; // e.g. "Http.Get"
    QString signature; // canonical form, e.g. "(Url: Text) -> (Body: Text)"

    friend bool operator==(const ApiCall &, const ApiCall &) = default;
};

struct Element
{
    ElementKind kind = ElementKind::Action;
    QString name;
    bool isPublic = false;
    QList<Parameter> inputs; // actions only
    QList<Parameter> outputs; // actions only
    QList<Parameter> attributes; // entities and structures only
    QList<ApiCall> calls; // actions only
    int size = 1; // logic nodes: drives the generated code's size

    friend bool operator==(const Element &, const Element &) = default;
};

// The canonical signature of an element, as a consumer's reference must spell it:
//   action:    "action(Id: Integer, Name: Text) -> (Customer: Customer)"
//   entity:    "entity{Id: Integer, Name: Text}"
//   structure: "structure{Street: Text, City: Text}"
QString signatureOf(const Element &element);

// A consumer's use of a producer's public element, with the signature it expects.
struct Reference
{
    QString module;
    QString element;
    ElementKind kind = ElementKind::Action;
    QString signature;

    friend bool operator==(const Reference &, const Reference &) = default;
};

struct Setting
{
    QString name;
    QString type; // Text, Integer, Boolean, Decimal
    QString defaultValue;

    friend bool operator==(const Setting &, const Setting &) = default;
};

struct ModuleDefinition
{
    static constexpr int currentFormat = 1;

    int format = currentFormat;
    QString name;
    QString description;
    QString application; // the application the module belongs to (informative)
    QList<Element> elements;
    QList<Reference> references;
    QList<Setting> settings;

    // Distinct producer module names, in first-reference order.
    QStringList producers() const;
    const Element *findElement(const QString &elementName) const;
    // Sum of the elements' sizes: the compiler's work grows with it.
    qint64 totalSize() const;
    // Serialises to the format v1 JSON text (indented, stable key order).
    QByteArray toJson() const;

    friend bool operator==(const ModuleDefinition &, const ModuleDefinition &) = default;
};

} // namespace osc
