// The message catalogue (DESIGN §3), word for word, and its Portuguese translation.
#include "domain/messages.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace osc;

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void catalogueTextsWordForWord_data();
    void catalogueTextsWordForWord();
    void namesAreNeverSubstitutedTwice();
    void portugueseTranslationIsLoaded();
    void translationsAreComplete_data();
    void translationsAreComplete();
    void englishPluralsReadNaturally();
};

void TestMessages::catalogueTextsWordForWord_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    const QDateTime mine(QDate(2026, 11, 22), QTime(9, 15, 0));
    const QDateTime theirs(QDate(2026, 11, 22), QTime(8, 0, 30));
    QTest::newRow("LOCKED by the modules upgrade")
        << messages::locked(QStringLiteral("1-Click Publish"), QStringLiteral("alice"), mine,
                            QStringLiteral("Modules upgrade"), QStringLiteral("Compiler Service"),
                            theirs, QStringLiteral("Billing_CS"))
        << QStringLiteral("The 1-Click Publish started by alice at 2026-11-22 09:15:00 can't "
                          "proceed because there is an ongoing Modules upgrade, started by "
                          "Compiler Service at 2026-11-22 08:00:30, that is locking 'Billing_CS' "
                          "module.");
    QTest::newRow("PREP_SOME_FAILED")
        << messages::prepSomeFailed()
        << QStringLiteral("There were errors preparing some modules.");
    QTest::newRow("PREP_STEP_FAILED")
        << messages::prepStepFailed()
        << QStringLiteral("There was an error preparing your modules.");
    QTest::newRow("NOT_UPGRADED")
        << messages::notUpgraded()
        << QStringLiteral("This Module hasn't been upgraded to the current environment version. "
                          "Please publish the module. Alternatively, run another environment "
                          "upgrade.");
    QTest::newRow("PRODUCER_NOT_PREPARED")
        << messages::producerNotPrepared(QStringLiteral("Common_Lib"))
        << QStringLiteral("Producer module 'Common_Lib' hasn't been prepared for the current "
                          "OutSystems environment version. The Preparation of Modules may not have "
                          "finished yet, failed, or it is on hold. Check Service Center for more "
                          "details or try to publish 'Common_Lib'.");
    QTest::newRow("FILE_IN_USE")
        << messages::fileInUse()
        << QStringLiteral("The process cannot access the file because it is being used by another "
                          "process");
}

void TestMessages::catalogueTextsWordForWord()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestMessages::namesAreNeverSubstitutedTwice()
{
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0));
    const QString text = messages::locked(QStringLiteral("Delete module"), QStringLiteral("%7"),
                                          now, QStringLiteral("1-Click Publish"),
                                          QStringLiteral("%1"), now, QStringLiteral("M"));
    QVERIFY2(text.contains(QStringLiteral("started by %7 at")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("started by %1 at")), qPrintable(text));
}

void TestMessages::portugueseTranslationIsLoaded()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(OSC_TRANSLATIONS_DIR "/osc_pt_PT.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString translated = messages::producerNotPrepared(QStringLiteral("Common_Lib"));
    const QString step = messages::prepStepFailed();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(translated.contains(QStringLiteral("'Common_Lib'")));
    QVERIFY2(translated.contains(QStringLiteral("módulo")), qPrintable(translated));
    QVERIFY(step != QStringLiteral("There was an error preparing your modules."));
    QCOMPARE(messages::prepStepFailed(),
             QStringLiteral("There was an error preparing your modules."));
}

// Every plural has its English forms (without them the program shows "entry(ies)"),
// and every text its Portuguese translation.
void TestMessages::translationsAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("English") << QStringLiteral("osc_en.ts") << true;
    QTest::newRow("Portuguese") << QStringLiteral("osc_pt_PT.ts") << false;
}

void TestMessages::translationsAreComplete()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralsOnly);
    QFile ts(QStringLiteral(OSC_TEST_DATA_DIR "/../../translations/") + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QStringList unfinished;
    QStringList unnaturalPlurals; // an English form that still says "(s)"
    bool numerus = false;
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            ++messages;
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"numerusform" && pluralsOnly) {
            const QString form = xml.readElementText();
            if (form.contains(QStringLiteral("(s)")) || form.contains(QStringLiteral("(ies)")))
                unnaturalPlurals << form;
        } else if (xml.name() == u"translation"
                   && xml.attributes().value(QLatin1String("type")) == u"unfinished"
                   && (numerus || !pluralsOnly)) {
            unfinished << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 500);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    QVERIFY2(unnaturalPlurals.isEmpty(), qPrintable(unnaturalPlurals.join(u'\n')));
}

void TestMessages::englishPluralsReadNaturally()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(OSC_TRANSLATIONS_DIR "/osc_en.qm")));
    QCoreApplication::installTranslator(&translator);
    const auto entries = [](int n) {
        return QCoreApplication::translate("osc::LogPage", "%Ln entry(ies)", nullptr, n);
    };
    const QString one = entries(1);
    const QString many = entries(1200);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(one, QStringLiteral("1 entry"));
    QCOMPARE(many, QLocale().toString(1200) + QStringLiteral(" entries"));
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
