#include "moduleparser.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace osc {

namespace {

using Cursor = JsonReader::Cursor;
using Position = JsonReader::Position;
using Type = JsonReader::Type;

constexpr qsizetype maxFileBytes = 16 * 1024 * 1024;
constexpr qsizetype maxNameLength = ModuleParser::maxNameLength;
constexpr int maxElementSize = 1000000;
constexpr qsizetype maxSignatureChars = 200; // shown in messages; signatures run long

const QStringList &basicTypes()
{
    static const QStringList types{
        QStringLiteral("Text"),     QStringLiteral("Integer"),  QStringLiteral("LongInteger"),
        QStringLiteral("Decimal"),  QStringLiteral("Boolean"),  QStringLiteral("Date"),
        QStringLiteral("Time"),     QStringLiteral("DateTime"), QStringLiteral("Binary"),
        QStringLiteral("Currency"), QStringLiteral("Email"),    QStringLiteral("PhoneNumber")};
    return types;
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result << QString::fromLatin1(name);
    return result;
}

// "\"a\", \"b\" or \"c\""
QString alternatives(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << u'"' + word + u'"';
    const QString last = quoted.takeLast();
    return quoted.isEmpty() ? last
                            : quoted.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

QString positionText(Position position)
{
    return QString::number(position.line) + u':' + QString::number(position.column);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isIdentifierChar(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_';
}

bool isIdentifier(QStringView text)
{
    if (text.isEmpty() || text.size() > maxNameLength || !isAsciiLetter(text.front()))
        return false;
    return std::all_of(text.begin(), text.end(), isIdentifierChar);
}

QString identifierRule(const QString &noun)
{
    return noun
        + QStringLiteral(" (a letter, then up to %1 letters, digits or '_')")
              .arg(maxNameLength - 1);
}

// Canonical signatures are exactly what signatureOf() writes: "Name: Type" pairs
// joined by ", ", in "action(…) -> (…)", "entity{…}", "structure{…}", and for platform
// APIs "(…) -> (…)". Any other spacing is not canonical, so comparing signatures
// stays a string comparison.
class SignatureScanner
{
public:
    explicit SignatureScanner(QStringView text) : m_text(text) { }

    bool literal(QStringView expected)
    {
        if (!m_text.sliced(m_at).startsWith(expected))
            return false;
        m_at += expected.size();
        return true;
    }

    bool parameters(QChar close)
    {
        if (atChar(close))
            return true;
        for (;;) {
            if (!identifier() || !literal(u": ") || !identifier())
                return false;
            if (atChar(close))
                return true;
            if (!literal(u", "))
                return false;
        }
    }

    bool atEnd() const { return m_at == m_text.size(); }

private:
    bool atChar(QChar c) const { return m_at < m_text.size() && m_text[m_at] == c; }

    bool identifier()
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size() && isIdentifierChar(m_text[m_at]))
            ++m_at;
        return isIdentifier(m_text.sliced(start, m_at - start));
    }

    QStringView m_text;
    qsizetype m_at = 0;
};

bool isCanonicalSignature(QStringView text, ElementKind kind)
{
    SignatureScanner scanner(text);
    if (kind == ElementKind::Action) {
        return scanner.literal(u"action(") && scanner.parameters(u')') && scanner.literal(u") -> (")
            && scanner.parameters(u')') && scanner.literal(u")") && scanner.atEnd();
    }
    return scanner.literal(QString(elementKindName(kind) + u'{')) && scanner.parameters(u'}')
        && scanner.literal(u"}") && scanner.atEnd();
}

bool isCanonicalApiSignature(QStringView text)
{
    SignatureScanner scanner(text);
    return scanner.literal(u"(") && scanner.parameters(u')') && scanner.literal(u") -> (")
        && scanner.parameters(u')') && scanner.literal(u")") && scanner.atEnd();
}

QString signatureExample(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Action:
        return QStringLiteral("\"action(Id: Integer) -> (Name: Text)\"");
    case ElementKind::Entity:
        return QStringLiteral("\"entity{Id: Integer, Name: Text}\"");
    case ElementKind::Structure:
        return QStringLiteral("\"structure{Street: Text, City: Text}\"");
    }
    return {};
}

QString withArticle(ElementKind kind)
{
    return (kind == ElementKind::Action || kind == ElementKind::Entity ? QStringLiteral("an ")
                                                                       : QStringLiteral("a "))
        + elementKindName(kind);
}

bool isValidDefault(const QString &type, const QString &value)
{
    static const QRegularExpression integer(QStringLiteral("^-?(0|[1-9][0-9]{0,9})$"));
    static const QRegularExpression decimal(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"));
    if (type == u"Integer") {
        bool ok = false;
        value.toInt(&ok);
        return ok && integer.match(value).hasMatch();
    }
    if (type == u"Decimal")
        return decimal.match(value).hasMatch();
    if (type == u"Boolean")
        return value == u"true" || value == u"false";
    return true; // Text
}

QString defaultRule(const QString &type)
{
    if (type == u"Integer")
        return QStringLiteral("a default value of type Integer (such as \"0\" or \"-42\")");
    if (type == u"Decimal")
        return QStringLiteral("a default value of type Decimal (such as \"0\" or \"-12.50\")");
    return QStringLiteral("a default value of type Boolean (\"true\" or \"false\")");
}

Error tooLarge(const QString &fileName, const QString &found)
{
    return makeError(
        ErrorCode::BadInput,
        fileName
            + QStringLiteral(":1:1: expected at most 16 MiB (%1 bytes), found ").arg(maxFileBytes)
            + found);
}

// A member of an object: where its key is and where its value starts.
struct Field
{
    Position key;
    Cursor value;
};

// The known members of one JSON object (each at most once, so at most a handful),
// with the first key that is unknown or repeated, to be reported when the caller
// has read what decides the rest (the format, an element's kind).
struct Object
{
    struct KeyProblem
    {
        Position position;
        QString key;
        std::optional<Position> first; // set if the key is repeated
    };

    QHash<QString, Field> fields;
    Position end; // its closing '}'
    std::optional<KeyProblem> keyProblem;

    const Field *find(const QString &key) const
    {
        const auto it = fields.constFind(key);
        return it == fields.cend() ? nullptr : &it.value();
    }
};

bool comesBefore(Position a, Position b)
{
    return a.line < b.line || (a.line == b.line && a.column < b.column);
}

class Parser
{
public:
    Parser(const QByteArray &data, const QString &fileName)
        : m_data(data), m_reader(data), m_fileName(fileName)
    { }

    Result<ModuleDefinition> run();

private:
    bool fail(Position position, const QString &expected, const QString &found);
    bool failAt(Cursor value, const QString &expected);

    bool readObject(Cursor at, const QString &what, const QStringList &allowed, Object *object);
    bool checkKeys(const Object &object, const QString &what, const QStringList &allowed);
    bool require(const Object &object, const QString &key, const Field **field);
    bool readString(const Field &field, const QString &expected, QString *out);
    bool readIdentifier(const Field &field, const char *noun, QString *out);
    bool readKind(const Field &field, ElementKind *kind);
    bool readArray(const Field &field, const QString &expected,
                   const JsonReader::ItemFunction &function);

    bool parseModule(Cursor root);
    bool parseElement(Cursor item);
    bool parseParameters(const Field &field, const char *noun, QHash<QString, Position> *names,
                         QList<Parameter> *out);
    bool parseCall(Cursor item, QList<ApiCall> *out);
    bool parseReference(Cursor item);
    bool parseSetting(Cursor item);
    bool resolveTypes();

    const QByteArray &m_data;
    JsonReader m_reader;
    QString m_fileName;
    std::optional<Error> m_error;
    ModuleDefinition m_definition;

    QHash<QString, Position> m_elementNames;
    QHash<QString, Position> m_referencedElements; // "Module.Element"
    QHash<QString, Position> m_settingNames;
    struct TypeUse
    {
        QString type;
        Position position;
    };
    QList<TypeUse> m_typeUses; // checked once every element and reference is known
};

Result<ModuleDefinition> Parser::run()
{
    if (m_data.size() > maxFileBytes) {
        m_error = tooLarge(m_fileName, QStringLiteral("%1 bytes").arg(m_data.size()));
    } else if (!m_reader.checkDocument(QStringLiteral("a module definition object"))) {
        const JsonReader::Error &error = *m_reader.error();
        fail(error.position, error.expected, error.found);
    } else if (!parseModule(m_reader.root()) && !m_error) {
        // The document was checked, so the reader cannot fail while reading it.
        m_error = makeError(ErrorCode::Internal,
                            m_fileName + QStringLiteral(": the module parser lost its place"));
    }
    if (m_error)
        return *m_error;
    return std::move(m_definition);
}

bool Parser::fail(Position position, const QString &expected, const QString &found)
{
    if (!m_error) {
        m_error
            = makeError(ErrorCode::BadInput,
                        m_fileName + u':' + positionText(position) + QStringLiteral(": expected ")
                            + expected + QStringLiteral(", found ") + found);
    }
    return false;
}

bool Parser::failAt(Cursor value, const QString &expected)
{
    return fail(value.position, expected, m_reader.describe(value));
}

bool Parser::readObject(Cursor at, const QString &what, const QStringList &allowed, Object *object)
{
    if (m_reader.typeAt(at) != Type::Object)
        return failAt(at, what + QStringLiteral(" object"));
    const auto member = [&](const QString &key, Position keyPosition, Cursor value) {
        if (object->keyProblem)
            return true;
        if (!allowed.contains(key))
            object->keyProblem = Object::KeyProblem{keyPosition, key, std::nullopt};
        else if (const Field *first = object->find(key))
            object->keyProblem = Object::KeyProblem{keyPosition, key, first->key};
        else
            object->fields.insert(key, Field{keyPosition, value});
        return true;
    };
    return m_reader.forEachMember(at, member, &object->end);
}

bool Parser::checkKeys(const Object &object, const QString &what, const QStringList &allowed)
{
    if (!object.keyProblem)
        return true;
    const Object::KeyProblem &problem = *object.keyProblem;
    if (problem.first) {
        return fail(problem.position, QStringLiteral("each key once"),
                    JsonReader::quote(problem.key)
                        + QStringLiteral(" again (first at %1)").arg(positionText(*problem.first)));
    }
    return fail(problem.position,
                QStringLiteral("a key of %1 (%2)").arg(what, alternatives(allowed)),
                JsonReader::quote(problem.key));
}

bool Parser::require(const Object &object, const QString &key, const Field **field)
{
    *field = object.find(key);
    if (*field)
        return true;
    return fail(object.end, QStringLiteral("key \"%1\"").arg(key), QStringLiteral("'}'"));
}

bool Parser::readString(const Field &field, const QString &expected, QString *out)
{
    if (m_reader.typeAt(field.value) != Type::String)
        return failAt(field.value, expected);
    *out = m_reader.stringAt(field.value);
    return true;
}

bool Parser::readIdentifier(const Field &field, const char *noun, QString *out)
{
    if (m_reader.typeAt(field.value) == Type::String) {
        *out = m_reader.stringAt(field.value);
        if (isIdentifier(*out))
            return true;
    }
    return failAt(field.value, identifierRule(QString::fromLatin1(noun)));
}

bool Parser::readKind(const Field &field, ElementKind *kind)
{
    const QString expected = QStringLiteral("\"action\", \"entity\" or \"structure\"");
    QString name;
    if (!readString(field, expected, &name))
        return false;
    if (!elementKindFromName(name, kind))
        return failAt(field.value, expected);
    return true;
}

bool Parser::readArray(const Field &field, const QString &expected,
                       const JsonReader::ItemFunction &function)
{
    if (m_reader.typeAt(field.value) != Type::Array)
        return failAt(field.value, expected);
    return m_reader.forEachItem(field.value, function);
}

bool Parser::parseModule(Cursor root)
{
    static const QStringList allowed = keys(
        {"application", "description", "elements", "format", "name", "references", "settings"});
    const QString what = QStringLiteral("a module definition");
    Object object;
    if (!readObject(root, what, allowed, &object))
        return false;

    // The format comes first: a file of another format is reported as such, not by
    // the first key this version does not know.
    const Field *field = object.find(QStringLiteral("format"));
    if (field
        && (m_reader.typeAt(field->value) != Type::Number
            || m_reader.numberAt(field->value)
                != QByteArray::number(ModuleDefinition::currentFormat))) {
        return failAt(field->value,
                      QStringLiteral("format %1").arg(ModuleDefinition::currentFormat));
    }
    if (!checkKeys(object, what, allowed) || !require(object, QStringLiteral("format"), &field))
        return false;

    if (!require(object, QStringLiteral("name"), &field)
        || !readIdentifier(*field, "a module name", &m_definition.name)) {
        return false;
    }
    for (const auto &[key, out] :
         {std::pair{QStringLiteral("description"), &m_definition.description},
          std::pair{QStringLiteral("application"), &m_definition.application}}) {
        field = object.find(key);
        if (field && !readString(*field, QStringLiteral("a string"), out))
            return false;
    }

    if (!require(object, QStringLiteral("elements"), &field)
        || !readArray(*field, QStringLiteral("an array of elements"),
                      [this](Cursor item) { return parseElement(item); })) {
        return false;
    }
    field = object.find(QStringLiteral("references"));
    if (field && !readArray(*field, QStringLiteral("an array of references"), [this](Cursor item) {
            return parseReference(item);
        })) {
        return false;
    }
    field = object.find(QStringLiteral("settings"));
    if (field && !readArray(*field, QStringLiteral("an array of settings"), [this](Cursor item) {
            return parseSetting(item);
        })) {
        return false;
    }
    return resolveTypes();
}

bool Parser::parseElement(Cursor item)
{
    static const QStringList allowed
        = keys({"attributes", "calls", "inputs", "kind", "name", "outputs", "public", "size"});
    static const QStringList actionKeys
        = keys({"calls", "inputs", "kind", "name", "outputs", "public", "size"});
    static const QStringList typeKeys = keys({"attributes", "kind", "name", "public", "size"});
    Object object;
    if (!readObject(item, QStringLiteral("an element"), allowed, &object))
        return false;

    // The kind decides which keys the element may have, so it is read first.
    Element element;
    const Field *field = object.find(QStringLiteral("kind"));
    if (!field) {
        return checkKeys(object, QStringLiteral("an element"), allowed)
            && require(object, QStringLiteral("kind"), &field);
    }
    if (!readKind(*field, &element.kind))
        return false;
    // Report the first key, in document order, that is unknown, repeated or of another kind.
    const QStringList &kindKeys = element.kind == ElementKind::Action ? actionKeys : typeKeys;
    for (auto it = object.fields.cbegin(); it != object.fields.cend(); ++it) {
        if (!kindKeys.contains(it.key())
            && (!object.keyProblem || comesBefore(it->key, object.keyProblem->position))) {
            object.keyProblem = Object::KeyProblem{it->key, it.key(), std::nullopt};
        }
    }
    if (!checkKeys(object, withArticle(element.kind), kindKeys))
        return false;

    if (!require(object, QStringLiteral("name"), &field)
        || !readIdentifier(*field, "an element name", &element.name)) {
        return false;
    }
    if (const auto first = m_elementNames.constFind(element.name); first != m_elementNames.cend()) {
        return fail(field->value.position, QStringLiteral("a unique element name"),
                    JsonReader::quote(element.name)
                        + QStringLiteral(" again (first at %1)").arg(positionText(*first)));
    }
    m_elementNames.insert(element.name, field->value.position);

    if ((field = object.find(QStringLiteral("public")))) {
        if (m_reader.typeAt(field->value) != Type::Boolean)
            return failAt(field->value, QStringLiteral("true or false"));
        element.isPublic = m_reader.booleanAt(field->value);
    }
    if ((field = object.find(QStringLiteral("size")))) {
        static const QRegularExpression smallInteger(QStringLiteral("^-?[0-9]{1,9}$"));
        const QString text = m_reader.typeAt(field->value) == Type::Number
            ? QString::fromLatin1(m_reader.numberAt(field->value))
            : QString();
        element.size = smallInteger.match(text).hasMatch() ? text.toInt() : 0;
        if (element.size < 1 || element.size > maxElementSize) {
            return failAt(field->value,
                          QStringLiteral("an integer from 1 to %1").arg(maxElementSize));
        }
    }

    if (element.kind == ElementKind::Action) {
        // Inputs and outputs share one namespace, as the action's variables do.
        QHash<QString, Position> names;
        if ((field = object.find(QStringLiteral("inputs")))
            && !parseParameters(*field, "parameter", &names, &element.inputs)) {
            return false;
        }
        if ((field = object.find(QStringLiteral("outputs")))
            && !parseParameters(*field, "parameter", &names, &element.outputs)) {
            return false;
        }
        if ((field = object.find(QStringLiteral("calls")))
            && !readArray(*field, QStringLiteral("an array of API calls"),
                          [&](Cursor call) { return parseCall(call, &element.calls); })) {
            return false;
        }
    } else {
        QHash<QString, Position> names;
        if ((field = object.find(QStringLiteral("attributes")))
            && !parseParameters(*field, "attribute", &names, &element.attributes)) {
            return false;
        }
    }
    m_definition.elements.append(std::move(element));
    return true;
}

bool Parser::parseParameters(const Field &field, const char *noun, QHash<QString, Position> *names,
                             QList<Parameter> *out)
{
    static const QStringList allowed = keys({"name", "type"});
    const QString what = QStringLiteral("a %1").arg(QLatin1String(noun));
    const auto parameter = [&](Cursor item) {
        Object object;
        const Field *name = nullptr;
        const Field *type = nullptr;
        Parameter result;
        if (!readObject(item, what, allowed, &object) || !checkKeys(object, what, allowed)
            || !require(object, QStringLiteral("name"), &name)) {
            return false;
        }
        const QByteArray nameNoun = "a " + QByteArray(noun) + " name";
        if (!readIdentifier(*name, nameNoun.constData(), &result.name))
            return false;
        if (const auto first = names->constFind(result.name); first != names->cend()) {
            return fail(name->value.position,
                        QStringLiteral("a unique %1 name").arg(QLatin1String(noun)),
                        JsonReader::quote(result.name)
                            + QStringLiteral(" again (first at %1)").arg(positionText(*first)));
        }
        names->insert(result.name, name->value.position);
        if (!require(object, QStringLiteral("type"), &type)
            || !readIdentifier(*type, "a type name", &result.type)) {
            return false;
        }
        m_typeUses.append(TypeUse{result.type, type->value.position});
        out->append(std::move(result));
        return true;
    };
    return readArray(field, QStringLiteral("an array of %1s").arg(QLatin1String(noun)), parameter);
}

bool Parser::parseCall(Cursor item, QList<ApiCall> *out)
{
    Object object;
    const Field *field = nullptr;
    ApiCall call;
    static const QStringList allowed = keys({"api", "signature"});
    const QString what = QStringLiteral("an API call");
    if (!readObject(item, what, allowed, &object) || !checkKeys(object, what, allowed)
        || !require(object, QStringLiteral("api"), &field)) {
        return false;
    }
    const QString apiRule
        = QStringLiteral("an API name such as \"Http.Get\" (two names joined by '.')");
    if (!readString(*field, apiRule, &call.api))
        return false;
    const qsizetype dot = call.api.indexOf(u'.');
    if (dot < 0 || !isIdentifier(QStringView(call.api).first(dot))
        || !isIdentifier(QStringView(call.api).sliced(dot + 1))) {
        return failAt(field->value, apiRule);
    }
    const QString signatureRule
        = QStringLiteral("a canonical API signature such as \"(Url: Text) -> (Body: Text)\"");
    if (!require(object, QStringLiteral("signature"), &field)
        || !readString(*field, signatureRule, &call.signature)) {
        return false;
    }
    if (!isCanonicalApiSignature(call.signature))
        return fail(field->value.position, signatureRule,
                    JsonReader::quote(call.signature, maxSignatureChars));
    out->append(std::move(call));
    return true;
}

bool Parser::parseReference(Cursor item)
{
    Object object;
    const Field *field = nullptr;
    Reference reference;
    static const QStringList allowed = keys({"element", "kind", "module", "signature"});
    const QString what = QStringLiteral("a reference");
    if (!readObject(item, what, allowed, &object) || !checkKeys(object, what, allowed))
        return false;
    if (!require(object, QStringLiteral("module"), &field)
        || !readIdentifier(*field, "a producer module name", &reference.module)) {
        return false;
    }
    if (reference.module == m_definition.name) {
        return failAt(field->value,
                      QStringLiteral("a producer module other than the module itself"));
    }
    if (!require(object, QStringLiteral("element"), &field)
        || !readIdentifier(*field, "an element name", &reference.element)) {
        return false;
    }
    const QString key = reference.module + u'.' + reference.element;
    if (const auto first = m_referencedElements.constFind(key);
        first != m_referencedElements.cend()) {
        return fail(field->value.position, QStringLiteral("each producer element referenced once"),
                    JsonReader::quote(key)
                        + QStringLiteral(" again (first at %1)").arg(positionText(*first)));
    }
    m_referencedElements.insert(key, field->value.position);
    if (!require(object, QStringLiteral("kind"), &field) || !readKind(*field, &reference.kind))
        return false;

    if (!require(object, QStringLiteral("signature"), &field))
        return false;
    const bool isString = m_reader.typeAt(field->value) == Type::String;
    if (isString) {
        reference.signature = m_reader.stringAt(field->value);
        if (isCanonicalSignature(reference.signature, reference.kind)) {
            m_definition.references.append(std::move(reference));
            return true;
        }
    }
    return fail(field->value.position,
                QStringLiteral("the canonical signature of %1, such as %2")
                    .arg(withArticle(reference.kind), signatureExample(reference.kind)),
                isString ? JsonReader::quote(reference.signature, maxSignatureChars)
                         : m_reader.describe(field->value));
}

bool Parser::parseSetting(Cursor item)
{
    Object object;
    const Field *field = nullptr;
    Setting setting;
    static const QStringList allowed = keys({"default", "name", "type"});
    const QString what = QStringLiteral("a setting");
    if (!readObject(item, what, allowed, &object) || !checkKeys(object, what, allowed)
        || !require(object, QStringLiteral("name"), &field)
        || !readIdentifier(*field, "a setting name", &setting.name)) {
        return false;
    }
    if (const auto first = m_settingNames.constFind(setting.name); first != m_settingNames.cend()) {
        return fail(field->value.position, QStringLiteral("a unique setting name"),
                    JsonReader::quote(setting.name)
                        + QStringLiteral(" again (first at %1)").arg(positionText(*first)));
    }
    m_settingNames.insert(setting.name, field->value.position);

    static const QStringList settingTypes = keys({"Boolean", "Decimal", "Integer", "Text"});
    if (!require(object, QStringLiteral("type"), &field)
        || !readString(*field, alternatives(settingTypes), &setting.type)) {
        return false;
    }
    if (!settingTypes.contains(setting.type))
        return failAt(field->value, alternatives(settingTypes));
    if (!require(object, QStringLiteral("default"), &field)
        || !readString(*field, QStringLiteral("a string"), &setting.defaultValue)) {
        return false;
    }
    if (!isValidDefault(setting.type, setting.defaultValue))
        return failAt(field->value, defaultRule(setting.type));
    m_definition.settings.append(std::move(setting));
    return true;
}

bool Parser::resolveTypes()
{
    QSet<QString> known(basicTypes().cbegin(), basicTypes().cend());
    for (const Element &element : std::as_const(m_definition.elements)) {
        if (element.kind != ElementKind::Action)
            known.insert(element.name);
    }
    for (const Reference &reference : std::as_const(m_definition.references)) {
        if (reference.kind != ElementKind::Action)
            known.insert(reference.element);
    }
    for (const TypeUse &use : std::as_const(m_typeUses)) {
        if (!known.contains(use.type)) {
            return fail(use.position,
                        QStringLiteral("a basic type or an entity or structure that the module "
                                       "defines or references"),
                        JsonReader::quote(use.type));
        }
    }
    return true;
}

} // namespace

Result<ModuleDefinition> ModuleParser::parse(const QByteArray &data, const QString &fileName)
{
    return Parser(data, fileName.isEmpty() ? QStringLiteral("<input>") : fileName).run();
}

Result<ModuleDefinition> ModuleParser::parseFile(const QString &path)
{
    QFile file(path);
    const auto cannotRead = [&] {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("osc::ModuleParser",
                                                     "Cannot read the module definition file "
                                                     "%1: %2")
                             .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead();
    if (file.size() > maxFileBytes)
        return tooLarge(path, QStringLiteral("%1 bytes").arg(file.size()));
    // Devices and pipes report no size: read one byte past the limit to notice them.
    const QByteArray data = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return cannotRead();
    if (data.size() > maxFileBytes)
        return tooLarge(path, QStringLiteral("more than %1 bytes").arg(maxFileBytes));
    return parse(data, path);
}

bool ModuleParser::isName(QStringView name)
{
    return isIdentifier(name);
}

} // namespace osc
