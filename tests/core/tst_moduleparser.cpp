#include "modules/moduleparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace osc;

namespace {

const QString dataDir = QStringLiteral(OSC_TEST_DATA_DIR);

template<qsizetype N> QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1); // keeps embedded NUL bytes
}

// A module whose "elements" array holds `elements`; it begins at column 41.
QByteArray withElements(const QByteArray &elements, const QByteArray &more = {})
{
    return R"({"format": 1, "name": "M", "elements": [)" + elements + ']' + more + '}';
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString messageOf(const Result<ModuleDefinition> &result)
{
    return result.ok() ? QStringLiteral("<accepted>") : result.error().message;
}

// A deterministic random module definition that the parser must accept.
class DefinitionGenerator
{
public:
    explicit DefinitionGenerator(unsigned seed) : m_random(seed) { }

    ModuleDefinition next()
    {
        ModuleDefinition definition;
        definition.name = identifier(QStringLiteral("Module"));
        if (chance(2))
            definition.description = text();
        if (chance(2))
            definition.application = text();
        QStringList types = basicTypes;
        const int elementCount = pick(8);
        for (int i = 0; i < elementCount; ++i) {
            Element element;
            element.kind = ElementKind(pick(3));
            element.name = QStringLiteral("E%1").arg(i) + identifier(QString());
            element.isPublic = chance(2);
            element.size = chance(5) ? 1000000 : 1 + pick(5000);
            if (element.kind == ElementKind::Action) {
                element.inputs = parameters(u"In", types);
                element.outputs = parameters(u"Out", types);
                for (int c = pick(3); c > 0; --c)
                    element.calls << ApiCall{QStringLiteral("Http.Get%1").arg(c),
                                             QStringLiteral("(Url: Text) -> (Body: Text)")};
            } else {
                element.attributes = parameters(u"A", types);
                types << element.name;
            }
            definition.elements << element;
        }
        const int referenceCount = pick(4);
        for (int i = 0; i < referenceCount; ++i) {
            Element producerElement;
            producerElement.kind = ElementKind(pick(3));
            producerElement.name = QStringLiteral("P%1").arg(i);
            producerElement.attributes = parameters(u"A", basicTypes);
            producerElement.inputs = parameters(u"In", basicTypes);
            producerElement.outputs = parameters(u"Out", basicTypes);
            definition.references << Reference{QStringLiteral("Producer%1").arg(pick(3)),
                                               producerElement.name, producerElement.kind,
                                               signatureOf(producerElement)};
        }
        const QStringList settingTypes{QStringLiteral("Text"), QStringLiteral("Integer"),
                                       QStringLiteral("Boolean"), QStringLiteral("Decimal")};
        const QStringList defaults{text(), QStringLiteral("-2147483648"), QStringLiteral("false"),
                                   QStringLiteral("-12.50")};
        for (int i = pick(4); i > 0; --i) {
            const int type = pick(4);
            definition.settings << Setting{QStringLiteral("S%1").arg(i), settingTypes[type],
                                           defaults[type]};
        }
        return definition;
    }

private:
    int pick(int bound) { return int(m_random() % unsigned(bound)); }
    bool chance(int oneIn) { return pick(oneIn) == 0; }

    QString identifier(const QString &prefix)
    {
        static const QString chars
            = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
        QString name = prefix.isEmpty() ? QString(chars[pick(52)]) : prefix;
        for (int i = pick(10); i > 0; --i)
            name += chars[pick(chars.size())];
        return name.left(100);
    }

    QString text()
    {
        static const QStringList pieces{QStringLiteral("Customer"), QStringLiteral(" "),
                                        QStringLiteral("\""),       QStringLiteral("\\"),
                                        QStringLiteral("\n\t"),     QStringLiteral("é"),
                                        QStringLiteral("😀"),        QString(QChar(0)),
                                        QStringLiteral("/"),        QStringLiteral("\u2028")};
        QString result;
        for (int i = pick(12); i > 0; --i)
            result += pieces[pick(pieces.size())];
        return result;
    }

    QList<Parameter> parameters(QStringView prefix, const QStringList &types)
    {
        QList<Parameter> result;
        for (int i = pick(5); i > 0; --i)
            result << Parameter{prefix.toString() + QString::number(i), types[pick(types.size())]};
        return result;
    }

    const QStringList basicTypes{
        QStringLiteral("Text"),     QStringLiteral("Integer"),  QStringLiteral("LongInteger"),
        QStringLiteral("Decimal"),  QStringLiteral("Boolean"),  QStringLiteral("Date"),
        QStringLiteral("Time"),     QStringLiteral("DateTime"), QStringLiteral("Binary"),
        QStringLiteral("Currency"), QStringLiteral("Email"),    QStringLiteral("PhoneNumber")};
    std::mt19937 m_random;
};

} // namespace

class TestModuleParser : public QObject
{
    Q_OBJECT

private slots:
    void acceptsFixtures_data();
    void acceptsFixtures();
    void readsEveryField();
    void acceptsGoodInput_data();
    void acceptsGoodInput();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsTooLargeInput();
    void parseFileReportsUnreadableFiles_data();
    void parseFileReportsUnreadableFiles();
    void roundTripsGeneratedDefinitions();
    void schemaIsEmbeddedAndValidJson();
    void documentationShowsTheFixtures();
    void fuzzedInputNeverCrashesAndPointsInsideTheInput();
};

void TestModuleParser::acceptsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("elements");
    QTest::addColumn<int>("references");
    QTest::addColumn<int>("settings");
    QTest::addColumn<qint64>("totalSize");

    QTest::newRow("producer Customer_Core -> accepted")
        << QStringLiteral("Customer_Core.json") << QStringLiteral("Customer_Core") << 6 << 0 << 3
        << qint64(40 + 10 + 12 + 120 + 340 + 860);
    QTest::newRow("consumer Customer_Portal -> accepted")
        << QStringLiteral("Customer_Portal.json") << QStringLiteral("Customer_Portal") << 3 << 4
        << 2 << qint64(8 + 450 + 620);
}

void TestModuleParser::acceptsFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(int, elements);
    QFETCH(int, references);
    QFETCH(int, settings);
    QFETCH(qint64, totalSize);

    const Result<ModuleDefinition> result
        = ModuleParser::parseFile(dataDir + QStringLiteral("/modules/") + file);
    QVERIFY2(result.ok(), qPrintable(messageOf(result)));
    QCOMPARE(result->name, name);
    QCOMPARE(result->elements.size(), elements);
    QCOMPARE(result->references.size(), references);
    QCOMPARE(result->settings.size(), settings);
    QCOMPARE(result->totalSize(), totalSize);

    // Round trip: what toJson() writes parses back to the same definition.
    const Result<ModuleDefinition> again = ModuleParser::parse(result->toJson(), file);
    QVERIFY2(again.ok(), qPrintable(messageOf(again)));
    QVERIFY(*again == *result);
}

void TestModuleParser::readsEveryField()
{
    const Result<ModuleDefinition> core
        = ModuleParser::parseFile(dataDir + QStringLiteral("/modules/Customer_Core.json"));
    QVERIFY2(core.ok(), qPrintable(messageOf(core)));
    const Result<ModuleDefinition> portal
        = ModuleParser::parseFile(dataDir + QStringLiteral("/modules/Customer_Portal.json"));
    QVERIFY2(portal.ok(), qPrintable(messageOf(portal)));

    QCOMPARE(core->format, 1);
    QCOMPARE(core->description,
             QStringLiteral("Customer records and the services that read and change them."));
    QCOMPARE(core->application, QStringLiteral("Customer Management"));

    const Element *sync = core->findElement(QStringLiteral("SyncToCrm"));
    QVERIFY(sync);
    QCOMPARE(sync->kind, ElementKind::Action);
    QCOMPARE(sync->isPublic, false);
    QCOMPARE(sync->size, 860);
    QCOMPARE(sync->inputs,
             (QList<Parameter>{{QStringLiteral("Customer"), QStringLiteral("Customer")}}));
    QVERIFY(sync->outputs.isEmpty());
    QCOMPARE(sync->calls,
             (QList<ApiCall>{
                 {QStringLiteral("Http.Post"),
                  QStringLiteral("(Url: Text, Body: Text) -> (Status: Integer)")},
                 {QStringLiteral("Http.Get"), QStringLiteral("(Url: Text) -> (Body: Text)")}}));
    QCOMPARE(
        core->settings.at(1),
        (Setting{QStringLiteral("MaxResults"), QStringLiteral("Integer"), QStringLiteral("50")}));

    // "public" defaults to false and "size" to 1 when left out.
    const Element *session = portal->findElement(QStringLiteral("PortalSession"));
    QVERIFY(session);
    QCOMPARE(session->kind, ElementKind::Structure);
    QCOMPARE(session->isPublic, false);
    QCOMPARE(session->attributes.size(), 3);
    QCOMPARE(portal->producers(), QStringList{QStringLiteral("Customer_Core")});

    // Every reference of the consumer spells the producer's signature exactly.
    for (const Reference &reference : portal->references) {
        const Element *element = core->findElement(reference.element);
        QVERIFY2(element, qPrintable(reference.element));
        QVERIFY(element->isPublic);
        QCOMPARE(reference.kind, element->kind);
        QCOMPARE(reference.signature, signatureOf(*element));
    }
}

void TestModuleParser::acceptsGoodInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("description");

    QTest::newRow("minimal module -> accepted")
        << QByteArray(R"({"format": 1, "name": "M", "elements": []})") << QString();
    QTest::newRow("keys in any order -> accepted")
        << QByteArray(R"({"elements": [{"size": 2, "name": "A", "kind": "action"}], "name": "M",)"
                      R"( "format": 1})")
        << QString();
    QTest::newRow("UTF-8 byte order mark and CRLF -> accepted")
        << QByteArray("\xEF\xBB\xBF{\r\n  \"format\": 1,\r\n  \"name\": \"M\",\r\n"
                      "  \"elements\": []\r\n}\r\n")
        << QString();
    QTest::newRow("escapes and surrogate pairs -> decoded")
        << QByteArray(R"({"format": 1, "name": "M", "elements": [],)"
                      R"( "description": "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00\u0000"})")
        << QStringLiteral("a\"b\\c/d\b\f\n\r\té😀") + QChar(0);
    QTest::newRow("raw UTF-8 text -> decoded")
        << QByteArray(R"({"format": 1, "name": "M", "elements": [], "description": "ñandú 😀"})")
        << QStringLiteral("ñandú 😀");
    QTest::newRow("type of an entity declared later -> accepted") << withElements(
        R"({"kind": "action", "name": "A", "outputs": [{"name": "R", "type": "B"}]},)"
        R"( {"kind": "entity", "name": "B"})") << QString();
    QTest::newRow("type of a referenced structure -> accepted") << withElements(
        R"({"kind": "action", "name": "A", "inputs": [{"name": "R", "type": "Addr"}]})",
        R"(, "references": [{"module": "P", "element": "Addr", "kind": "structure",)"
        R"( "signature": "structure{}"}])") << QString();
    QTest::newRow("name of 100 characters -> accepted")
        << QByteArray(R"({"format": 1, "name": ")" + QByteArray(100, 'A') + R"(", "elements": []})")
        << QString();
    QTest::newRow("size 1000000 -> accepted")
        << withElements(R"({"kind": "action", "name": "A", "size": 1000000})") << QString();
}

void TestModuleParser::acceptsGoodInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, description);

    const Result<ModuleDefinition> result = ModuleParser::parse(input, QStringLiteral("m.json"));
    QVERIFY2(result.ok(), qPrintable(messageOf(result)));
    QCOMPARE(result->description, description);
    const Result<ModuleDefinition> again = ModuleParser::parse(result->toJson(), QString());
    QVERIFY2(again.ok(), qPrintable(messageOf(again)));
    QVERIFY(*again == *result);
}

void TestModuleParser::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &input, const char *message) {
        QTest::newRow(name) << input << QString::fromUtf8(message);
    };

    // JSON syntax
    row("empty input -> expected a module definition object", "",
        "m.json:1:1: expected a module definition object, found end of input");
    row("only whitespace -> expected a module definition object", " \n\t ",
        "m.json:2:3: expected a module definition object, found end of input");
    row("array at the root -> expected a module definition object", "[]",
        "m.json:1:1: expected a module definition object, found an array");
    row("trailing garbage -> expected end of input", R"({"format": 1} x)",
        "m.json:1:15: expected end of input, found 'x'");
    row("second root value -> expected end of input", "{}\n{}",
        "m.json:2:1: expected end of input, found '{'");
    row("trailing comma in an object -> expected a key", R"({"format": 1,})",
        "m.json:1:14: expected a key string, found '}'");
    row("trailing comma in an array -> expected a value", R"({"elements": [1,]})",
        "m.json:1:17: expected a value, found ']'");
    row("missing colon -> expected ':'", R"({"format" 1})", "m.json:1:11: expected ':', found '1'");
    row("missing comma -> expected ',' or '}'", R"({"format": 1 "name": "M"})",
        "m.json:1:14: expected ',' or '}', found '\"'");
    row("unquoted key -> expected a key string", "{format: 1}",
        "m.json:1:2: expected a key string or '}', found 'format'");
    row("Python True -> expected a value", R"({"public": True})",
        "m.json:1:12: expected a value, found 'True'");
    row("single-quoted string -> expected a value", "{\"name\": 'M'}",
        "m.json:1:10: expected a value, found '''");
    row("unterminated string -> expected closing quote", R"({"name": "abc)",
        "m.json:1:14: expected '\"' to close the string, found end of input");
    row("line break in a string -> rejected", "{\"name\": \"a\nb\"}",
        "m.json:1:12: expected '\"' or a character that is not a control character, found U+000A");
    row("NUL byte between tokens -> rejected", bytes("{\0}"),
        "m.json:1:2: expected a key string or '}', found U+0000");
    row("NUL byte in a string -> rejected", bytes("{\"name\": \"a\0\"}"),
        "m.json:1:12: expected '\"' or a character that is not a control character, found U+0000");
    row("invalid UTF-8 in a string -> rejected", "{\"name\": \"a\xFF\"}",
        "m.json:1:12: expected UTF-8 text, found byte 0xFF");
    row("invalid UTF-8 between tokens -> rejected", "{\xC3}",
        "m.json:1:2: expected UTF-8 text, found byte 0xC3");
    row("overlong UTF-8 -> rejected", "{\"name\": \"\xC0\xAF\"}",
        "m.json:1:11: expected UTF-8 text, found byte 0xC0");
    row("UTF-8 encoded surrogate -> rejected", "{\"name\": \"\xED\xA0\x80\"}",
        "m.json:1:11: expected UTF-8 text, found byte 0xED");
    row("truncated UTF-8 sequence -> rejected", "{\"name\": \"\xE2\x82",
        "m.json:1:11: expected UTF-8 text, found byte 0xE2");
    row("non-ASCII character between tokens -> rejected", "{é}",
        "m.json:1:2: expected a key string or '}', found 'é'");
    row("columns count characters, not bytes", "{\"name\": \"ñandú😀\" 1}",
        "m.json:1:19: expected ',' or '}', found '1'");
    row("byte order mark is not a column", "\xEF\xBB\xBF{x}",
        "m.json:1:2: expected a key string or '}', found 'x'");
    row("byte order mark inside the text -> rejected", "{\xEF\xBB\xBF}",
        "m.json:1:2: expected a key string or '}', found U+FEFF");
    row("CRLF counts one line", "{\r\n\"format\": 1,\r\n  x}",
        "m.json:3:3: expected a key string, found 'x'");
    row("lone CR ends a line", "{\r\r  x}", "m.json:3:3: expected a key string or '}', found 'x'");
    row("lone high surrogate escape -> rejected", R"({"name": "\ud800x"})",
        "m.json:1:11: expected a surrogate pair, found lone surrogate \\uD800");
    row("high surrogate then a non-surrogate escape -> rejected", R"({"name": "\uD800\u0041"})",
        "m.json:1:11: expected a surrogate pair, found lone surrogate \\uD800");
    row("lone low surrogate escape -> rejected", R"({"name": "\udc00"})",
        "m.json:1:11: expected a surrogate pair, found lone surrogate \\uDC00");
    row("unknown escape -> rejected", R"({"name": "\x"})",
        "m.json:1:12: expected an escape character (\", \\, /, b, f, n, r, t or u), found 'x'");
    row("bad hex digit in an escape -> rejected", R"({"name": "\u12G4"})",
        "m.json:1:15: expected a hexadecimal digit, found 'G4'");
    row("minus without digits -> expected a digit", R"({"format": -})",
        "m.json:1:13: expected a digit, found '}'");
    row("fraction without digits -> expected a digit", R"({"format": 1.})",
        "m.json:1:14: expected a digit, found '}'");
    row("exponent without digits -> expected a digit", R"({"format": 1e+})",
        "m.json:1:15: expected a digit, found '}'");
    row("leading zero -> rejected", R"({"format": 01})",
        "m.json:1:13: expected ',' or '}', found '1'");
    row("65 nested arrays -> rejected", "{\"a\":" + QByteArray(64, '['),
        "m.json:1:69: expected at most 64 nested arrays and objects, found '['");
    row("100000 nested arrays -> rejected without deep recursion", QByteArray(100000, '['),
        "m.json:1:65: expected at most 64 nested arrays and objects, found '['");

    // The module
    row("missing format -> expected format", R"({"name": "M", "elements": []})",
        "m.json:1:29: expected key \"format\", found '}'");
    row("format 2 -> expected format 1, before its unknown keys",
        R"({"format": 2, "name": "M", "elements": [], "future": true})",
        "m.json:1:12: expected format 1, found 2");
    row("format as a string -> expected format 1", R"({"format": "1"})",
        "m.json:1:12: expected format 1, found \"1\"");
    row("format 1.0 -> expected format 1", R"({"format": 1.0})",
        "m.json:1:12: expected format 1, found 1.0");
    row("huge format number -> expected format 1", R"({"format": 1e999999999})",
        "m.json:1:12: expected format 1, found 1e999999999");
    row("missing name -> expected name", R"({"format": 1, "elements": []})",
        "m.json:1:29: expected key \"name\", found '}'");
    row("name with a hyphen -> expected a module name",
        R"({"format": 1, "name": "Customer-Core", "elements": []})",
        "m.json:1:23: expected a module name (a letter, then up to 99 letters, digits or '_'), "
        "found \"Customer-Core\"");
    row("name starting with a digit -> expected a module name",
        R"({"format": 1, "name": "1Core", "elements": []})",
        "m.json:1:23: expected a module name (a letter, then up to 99 letters, digits or '_'), "
        "found \"1Core\"");
    row("name of 101 characters -> expected a module name",
        R"({"format": 1, "name": ")" + QByteArray(101, 'A') + R"(", "elements": []})",
        qPrintable(QStringLiteral("m.json:1:23: expected a module name (a letter, then up to 99 "
                                  "letters, digits or '_'), found \"")
                   + QString(60, u'A') + QStringLiteral("…\" (101 characters)")));
    row("name as a number -> expected a module name", R"({"format": 1, "name": 5})",
        "m.json:1:23: expected a module name (a letter, then up to 99 letters, digits or '_'), "
        "found 5");
    row("empty name -> expected a module name", R"({"format": 1, "name": ""})",
        "m.json:1:23: expected a module name (a letter, then up to 99 letters, digits or '_'), "
        "found \"\"");
    row("unknown key -> expected a key of a module definition",
        R"({"format": 1, "name": "M", "elements": [], "version": 2})",
        "m.json:1:44: expected a key of a module definition (\"application\", \"description\", "
        "\"elements\", \"format\", \"name\", \"references\" or \"settings\"), found \"version\"");
    row("duplicate key -> expected each key once",
        R"({"format": 1, "name": "M", "name": "N", "elements": []})",
        "m.json:1:28: expected each key once, found \"name\" again (first at 1:15)");
    row("description as a number -> expected a string",
        R"({"format": 1, "name": "M", "description": 5, "elements": []})",
        "m.json:1:43: expected a string, found 5");
    row("missing elements -> expected elements", R"({"format": 1, "name": "M"})",
        "m.json:1:26: expected key \"elements\", found '}'");
    row("elements as an object -> expected an array",
        R"({"format": 1, "name": "M", "elements": {}})",
        "m.json:1:40: expected an array of elements, found an object");
    row("references as null -> expected an array", withElements("", R"(, "references": null)"),
        "m.json:1:58: expected an array of references, found null");

    // Elements
    row("element as a string -> expected an element object", withElements(R"("A")"),
        "m.json:1:41: expected an element object, found \"A\"");
    row("missing kind -> expected kind", withElements(R"({"name": "A"})"),
        "m.json:1:53: expected key \"kind\", found '}'");
    row("unknown kind -> expected action, entity or structure",
        withElements(R"({"kind": "widget", "name": "A"})"),
        "m.json:1:50: expected \"action\", \"entity\" or \"structure\", found \"widget\"");
    row("attributes on an action -> rejected",
        withElements(R"({"kind": "action", "name": "A", "attributes": []})"),
        "m.json:1:73: expected a key of an action (\"calls\", \"inputs\", \"kind\", \"name\", "
        "\"outputs\", \"public\" or \"size\"), found \"attributes\"");
    row("attributes before the kind of an action -> rejected",
        withElements(R"({"attributes": [], "kind": "action", "name": "A"})"),
        "m.json:1:42: expected a key of an action (\"calls\", \"inputs\", \"kind\", \"name\", "
        "\"outputs\", \"public\" or \"size\"), found \"attributes\"");
    row("inputs on an entity -> rejected",
        withElements(R"({"kind": "entity", "name": "A", "inputs": []})"),
        "m.json:1:73: expected a key of an entity (\"attributes\", \"kind\", \"name\", \"public\" "
        "or \"size\"), found \"inputs\"");
    row("calls on a structure -> rejected",
        withElements(R"({"kind": "structure", "name": "A", "calls": []})"),
        "m.json:1:76: expected a key of a structure (\"attributes\", \"kind\", \"name\", "
        "\"public\" or \"size\"), found \"calls\"");
    row("unknown key of an action -> expected a key of an action",
        withElements(R"({"kind": "action", "name": "A", "color": 1, "attributes": []})"),
        "m.json:1:73: expected a key of an action (\"calls\", \"inputs\", \"kind\", \"name\", "
        "\"outputs\", \"public\" or \"size\"), found \"color\"");
    row("unknown key of an element without kind -> expected a key of an element",
        withElements(R"({"name": "A", "color": 1})"),
        "m.json:1:55: expected a key of an element (\"attributes\", \"calls\", \"inputs\", "
        "\"kind\", \"name\", \"outputs\", \"public\" or \"size\"), found \"color\"");
    row("repeated key of an element -> expected each key once",
        withElements(R"({"kind": "entity", "name": "A", "kind": "entity"})"),
        "m.json:1:73: expected each key once, found \"kind\" again (first at 1:42)");
    row("duplicate element names -> rejected",
        withElements(R"({"kind": "entity", "name": "A"}, {"kind": "action", "name": "A"})"),
        "m.json:1:101: expected a unique element name, found \"A\" again (first at 1:68)");
    row("public as a string -> expected true or false",
        withElements(R"({"kind": "entity", "name": "A", "public": "yes"})"),
        "m.json:1:83: expected true or false, found \"yes\"");
    row("size 0 -> expected an integer from 1 to 1000000",
        withElements(R"({"kind": "entity", "name": "A", "size": 0})"),
        "m.json:1:81: expected an integer from 1 to 1000000, found 0");
    row("size 1000001 -> expected an integer from 1 to 1000000",
        withElements(R"({"kind": "entity", "name": "A", "size": 1000001})"),
        "m.json:1:81: expected an integer from 1 to 1000000, found 1000001");
    row("size 1.5 -> expected an integer from 1 to 1000000",
        withElements(R"({"kind": "entity", "name": "A", "size": 1.5})"),
        "m.json:1:81: expected an integer from 1 to 1000000, found 1.5");
    row("huge size -> expected an integer from 1 to 1000000",
        withElements(R"({"kind": "entity", "name": "A", "size": )" + QByteArray(50, '9') + "}"),
        "m.json:1:81: expected an integer from 1 to 1000000, found "
        "9999999999999999999999999999999999999999…");

    // Parameters, attributes and types
    row("parameter missing type -> expected type",
        withElements(R"({"kind": "action", "name": "A", "inputs": [{"name": "Id"}]})"),
        "m.json:1:97: expected key \"type\", found '}'");
    row("duplicate parameter across inputs and outputs -> rejected",
        withElements(
            R"({"kind": "action", "name": "A", "inputs": [{"name": "Id", "type": "Text"}],)"
            R"( "outputs": [{"name": "Id", "type": "Text"}]})"),
        "m.json:1:138: expected a unique parameter name, found \"Id\" again (first at 1:93)");
    row("duplicate attribute -> rejected",
        withElements(
            R"({"kind": "entity", "name": "A", "attributes": [{"name": "Id", "type": "Text"},)"
            R"( {"name": "Id", "type": "Text"}]})"),
        "m.json:1:129: expected a unique attribute name, found \"Id\" again (first at 1:97)");
    row("unknown type -> expected a basic type or an entity or structure",
        withElements(
            R"({"kind": "entity", "name": "A", "attributes": [{"name": "Id", "type": "Guid"}]})"),
        "m.json:1:111: expected a basic type or an entity or structure that the module defines "
        "or references, found \"Guid\"");
    row("type naming an action -> rejected",
        withElements(R"({"kind": "action", "name": "A", "outputs": [{"name": "R", "type": "A"}]})"),
        "m.json:1:107: expected a basic type or an entity or structure that the module defines "
        "or references, found \"A\"");
    row("type that is not a name -> expected a type name",
        withElements(
            R"({"kind": "entity", "name": "A", "attributes": [{"name": "Id", "type": "List<Text>"}]})"),
        "m.json:1:111: expected a type name (a letter, then up to 99 letters, digits or '_'), "
        "found \"List<Text>\"");
    row("parameter as an array -> expected a parameter object",
        withElements(R"({"kind": "action", "name": "A", "inputs": [[]]})"),
        "m.json:1:84: expected a parameter object, found an array");

    // API calls
    row("API name without a namespace -> expected an API name",
        withElements(
            R"j({"kind": "action", "name": "A", "calls": [{"api": "Get", "signature": "() -> ()"}]})j"),
        "m.json:1:91: expected an API name such as \"Http.Get\" (two names joined by '.'), found "
        "\"Get\"");
    row("API signature without canonical spacing -> rejected",
        withElements(R"({"kind": "action", "name": "A", "calls": [{"api": "Http.Get",)"
                     R"j( "signature": "(Url:Text) -> (Body: Text)"}]})j"),
        "m.json:1:116: expected a canonical API signature such as \"(Url: Text) -> (Body: Text)\", "
        "found \"(Url:Text) -> (Body: Text)\"");

    // References
    const QByteArray reference
        = R"(, "references": [{"module": "P", "element": "E", "kind": "entity", "signature": )";
    row("reference to the module itself -> rejected",
        withElements("",
                     R"(, "references": [{"module": "M", "element": "E", "kind": "entity",)"
                     R"( "signature": "entity{}"}])"),
        "m.json:1:70: expected a producer module other than the module itself, found \"M\"");
    row("reference signature of another kind -> rejected",
        withElements("", reference + R"("structure{Id: Integer}"}])"),
        "m.json:1:122: expected the canonical signature of an entity, such as "
        "\"entity{Id: Integer, Name: Text}\", found \"structure{Id: Integer}\"");
    row("reference signature without canonical spacing -> rejected",
        withElements("", reference + R"("entity{Id: Integer,Name: Text}"}])"),
        "m.json:1:122: expected the canonical signature of an entity, such as "
        "\"entity{Id: Integer, Name: Text}\", found \"entity{Id: Integer,Name: Text}\"");
    row("reference missing signature -> expected signature",
        withElements("", R"(, "references": [{"module": "P", "element": "E", "kind": "entity"}])"),
        "m.json:1:107: expected key \"signature\", found '}'");
    row("same producer element referenced twice -> rejected",
        withElements(
            "",
            R"(, "references": [{"module": "P", "element": "E", "kind": "entity",)"
            R"( "signature": "entity{}"}, {"module": "P", "element": "E", "kind": "entity",)"
            R"( "signature": "entity{}"}])"),
        "m.json:1:162: expected each producer element referenced once, found \"P.E\" again "
        "(first at 1:86)");

    // Settings
    const QByteArray setting = R"(, "settings": [{"name": "S", "type": )";
    row("setting of type Date -> rejected",
        withElements("", setting + R"("Date", "default": ""}])"),
        "m.json:1:79: expected \"Boolean\", \"Decimal\", \"Integer\" or \"Text\", found \"Date\"");
    row("Integer setting with a word default -> rejected",
        withElements("", setting + R"("Integer", "default": "ten"}])"),
        "m.json:1:101: expected a default value of type Integer (such as \"0\" or \"-42\"), found "
        "\"ten\"");
    row("Integer setting beyond 32 bits -> rejected",
        withElements("", setting + R"("Integer", "default": "2147483648"}])"),
        "m.json:1:101: expected a default value of type Integer (such as \"0\" or \"-42\"), found "
        "\"2147483648\"");
    row("Boolean setting with True -> rejected",
        withElements("", setting + R"("Boolean", "default": "True"}])"),
        "m.json:1:101: expected a default value of type Boolean (\"true\" or \"false\"), found "
        "\"True\"");
    row("Decimal setting with an exponent -> rejected",
        withElements("", setting + R"("Decimal", "default": "1e5"}])"),
        "m.json:1:101: expected a default value of type Decimal (such as \"0\" or \"-12.50\"), "
        "found \"1e5\"");
    row("default as a number -> expected a string",
        withElements("", setting + R"("Integer", "default": 5}])"),
        "m.json:1:101: expected a string, found 5");
    row("duplicate setting names -> rejected",
        withElements("",
                     R"(, "settings": [{"name": "S", "type": "Text", "default": ""},)"
                     R"( {"name": "S", "type": "Text", "default": ""}])"),
        "m.json:1:112: expected a unique setting name, found \"S\" again (first at 1:66)");

    // Positions on later lines
    row("error on a later line -> line and column of the value",
        "{\n    \"format\": 1,\n    \"name\": \"M\",\n    \"elements\": [\n        {\"kind\": "
        "\"action\", \"name\": \"A\", \"size\": -3}\n    ]\n}\n",
        "m.json:5:49: expected an integer from 1 to 1000000, found -3");
}

void TestModuleParser::rejectsBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const Result<ModuleDefinition> result = ModuleParser::parse(input, QStringLiteral("m.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    QCOMPARE(result.error().message, message);
}

void TestModuleParser::rejectsTooLargeInput()
{
    QByteArray input = R"({"format": 1, "name": "M", "elements": [], "description": ")";
    input += QByteArray(16 * 1024 * 1024 - input.size() - 2, 'x');
    input += "\"}";
    QCOMPARE(input.size(), 16 * 1024 * 1024);
    QVERIFY(ModuleParser::parse(input, QStringLiteral("m.json")).ok());

    input.append(' ');
    const Result<ModuleDefinition> result = ModuleParser::parse(input, QStringLiteral("m.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             QStringLiteral("m.json:1:1: expected at most 16 MiB (16777216 bytes), found 16777217 "
                            "bytes"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("big.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(20'000'000));
    file.close();
    const Result<ModuleDefinition> fromFile = ModuleParser::parseFile(file.fileName());
    QVERIFY(!fromFile.ok());
    QCOMPARE(fromFile.error().message,
             file.fileName()
                 + QStringLiteral(":1:1: expected at most 16 MiB (16777216 bytes), found 20000000 "
                                  "bytes"));
}

void TestModuleParser::parseFileReportsUnreadableFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing file -> path and system reason")
        << QStringLiteral("missing.json") << QStringLiteral("No such file or directory");
    QTest::newRow("folder -> path and system reason")
        << QStringLiteral(".") << QStringLiteral("file to open is a directory");
}

void TestModuleParser::parseFileReportsUnreadableFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath(fileName);
    const Result<ModuleDefinition> result = ModuleParser::parseFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    QCOMPARE(result.error().message,
             QStringLiteral("Cannot read the module definition file %1: %2").arg(path, reason));
}

void TestModuleParser::roundTripsGeneratedDefinitions()
{
    DefinitionGenerator generator(20240611);
    for (int i = 0; i < 300; ++i) {
        const ModuleDefinition definition = generator.next();
        const QByteArray json = definition.toJson();
        const Result<ModuleDefinition> result
            = ModuleParser::parse(json, QStringLiteral("rt.json"));
        QVERIFY2(result.ok(), qPrintable(messageOf(result) + u'\n' + QString::fromUtf8(json)));
        QVERIFY2(*result == definition, json.constData());
    }
}

void TestModuleParser::schemaIsEmbeddedAndValidJson()
{
    QFile file(QStringLiteral(":/schema/module-v1.schema.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument schema = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(schema.isObject());
    QCOMPARE(schema[QStringLiteral("$schema")].toString(),
             QStringLiteral("https://json-schema.org/draft/2020-12/schema"));

    // The schema's top level allows exactly the keys the parser allows.
    QStringList keys = schema[QStringLiteral("properties")].toObject().keys();
    QCOMPARE(keys,
             (QStringList{"application", "description", "elements", "format", "name", "references",
                          "settings"}));
    QCOMPARE(schema[QStringLiteral("additionalProperties")].toBool(true), false);
    QCOMPARE(schema[QStringLiteral("required")].toVariant().toStringList(),
             (QStringList{"format", "name", "elements"}));
}

void TestModuleParser::documentationShowsTheFixtures()
{
    const QByteArray documentation
        = readFile(dataDir + QStringLiteral("/../../docs/module-format.md"));
    for (const char *fixture : {"Customer_Core.json", "Customer_Portal.json"}) {
        const QByteArray text
            = readFile(dataDir + QStringLiteral("/modules/") + QString::fromLatin1(fixture));
        QVERIFY2(documentation.contains(text.trimmed()),
                 qPrintable(QStringLiteral("docs/module-format.md does not show %1 as it is")
                                .arg(QString::fromLatin1(fixture))));
    }
}

void TestModuleParser::fuzzedInputNeverCrashesAndPointsInsideTheInput()
{
    QList<QByteArray> seeds;
    for (const char *fixture : {"Customer_Core.json", "Customer_Portal.json"})
        seeds << readFile(dataDir + QStringLiteral("/modules/") + QString::fromLatin1(fixture));
    DefinitionGenerator generator(7);
    for (int i = 0; i < 4; ++i)
        seeds << generator.next().toJson();
    seeds << QByteArray("\xEF\xBB\xBF{\"format\": 1, \"name\": \"M\",\r\n\"elements\": [],"
                        " \"description\": \"\\ud83d\\ude00 é\"}");

    static const QByteArray interesting[] = {"{",
                                             "}",
                                             "[",
                                             "]",
                                             "\"",
                                             "\\",
                                             ",",
                                             ":",
                                             "\\u",
                                             "\\ud800",
                                             "\xF0\x9F",
                                             "\xFF",
                                             "\r",
                                             "\n",
                                             QByteArray(1, '\0'),
                                             "1e999",
                                             "-",
                                             "\xEF\xBB\xBF",
                                             "null",
                                             "true",
                                             "\"kind\"",
                                             "\"action\"",
                                             "\"attributes\": []",
                                             "\"name\": \"M\""};
    const QRegularExpression pattern(
        QStringLiteral("^fuzz\\.json:(\\d+):(\\d+): expected .+, found .+$"),
        QRegularExpression::DotMatchesEverythingOption);

    std::mt19937 random(12345);
    const auto pick = [&random](qsizetype bound) {
        return bound <= 0 ? qsizetype(0) : qsizetype(random() % quint64(bound));
    };
    int accepted = 0;
    for (int iteration = 0; iteration < 4000; ++iteration) {
        QByteArray input = seeds[pick(seeds.size())];
        for (int mutations = 1 + int(pick(4)); mutations > 0; --mutations) {
            switch (pick(6)) {
            case 0: // flip a byte
                if (!input.isEmpty())
                    input[pick(input.size())] = char(pick(256));
                break;
            case 1: // insert something a JSON reader must take care of
                input.insert(pick(input.size() + 1), interesting[pick(std::size(interesting))]);
                break;
            case 2: // remove a range
                input.remove(pick(input.size()), 1 + pick(16));
                break;
            case 3: // truncate
                input.truncate(pick(input.size() + 1));
                break;
            case 4: { // splice another seed in
                const QByteArray &other = seeds[pick(seeds.size())];
                input = input.left(pick(input.size() + 1)) + other.mid(pick(other.size()));
                break;
            }
            case 5: { // repeat a range
                const qsizetype at = pick(input.size());
                input.insert(at, input.mid(at, 1 + pick(32)));
                break;
            }
            }
        }

        const Result<ModuleDefinition> result
            = ModuleParser::parse(input, QStringLiteral("fuzz.json"));
        if (result.ok()) {
            ++accepted;
            const Result<ModuleDefinition> again = ModuleParser::parse(result->toJson(), QString());
            QVERIFY(again.ok() && *again == *result);
            continue;
        }
        const QString message = result.error().message;
        QCOMPARE(result.error().code, ErrorCode::BadInput);
        const QRegularExpressionMatch match = pattern.match(message);
        QVERIFY2(match.hasMatch(), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));

        // The position lies inside the input: a line that exists, a column at most one
        // past its last character (counting UTF-8 lead bytes as characters).
        QByteArray text = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
        text.replace("\r\n", "\n");
        text.replace('\r', '\n');
        const QList<QByteArray> lines = text.split('\n');
        const int line = match.captured(1).toInt();
        const int column = match.captured(2).toInt();
        QVERIFY2(line >= 1 && line <= lines.size(), qPrintable(message));
        const QByteArray &lineText = lines[line - 1];
        const qsizetype characters = std::count_if(
            lineText.cbegin(), lineText.cend(), [](char c) { return (uchar(c) & 0xC0) != 0x80; });
        QVERIFY2(column >= 1 && column <= characters + 1, qPrintable(message));
    }
    QVERIFY(accepted < 4000); // the mutations reach the error paths
}

QTEST_GUILESS_MAIN(TestModuleParser)
#include "tst_moduleparser.moc"
