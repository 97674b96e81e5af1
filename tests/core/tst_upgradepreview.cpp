// The upgrade preview (Environment::upgradePreview) against real environments: what it
// says beforehand is what the upgrade and its modules preparation then do.

#include "environment/environment.h"
#include "stepfactory.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;
using namespace osc::testing;

namespace {

const PlatformVersion v11_11{11, 11, 0};
const PlatformVersion v11_12{11, 12, 0};
const PlatformVersion v11_19{11, 19, 0};

std::unique_ptr<Environment> createFactory(const QString &dir, const QString &spec)
{
    Result<std::unique_ptr<Environment>> created = Environment::create(dir, v11_11);
    if (!created || !publishFactory(**created, parseSpec(spec)))
        return nullptr;
    return std::move(created.value());
}

QSet<QString> modulesOf(const QList<RemovedApiUse> &uses)
{
    QSet<QString> modules;
    for (const RemovedApiUse &use : uses)
        modules.insert(use.module);
    return modules;
}

} // namespace

class TestUpgradePreview : public QObject
{
    Q_OBJECT

private slots:
    void predictsThePreparation_data();
    void predictsThePreparation();
    void noPreparation_data();
    void noPreparation();
    void refusesWhatTheUpgradeRefuses_data();
    void refusesWhatTheUpgradeRefuses();
    void namesAnUnreadableSource();
    void changesNothing();
};

void TestUpgradePreview::predictsThePreparation_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("usingRemoved");

    QTest::newRow("chain, nothing removed used") << "A; B<-A; C<-B"
                                                 << "11.12.0" << QStringList{};
    QTest::newRow("a legacy leaf") << "A; B<-A; C!<-B"
                                   << "11.12.0" << QStringList{"C"};
    QTest::newRow("legacy producer and consumer, to 11.19.0") << "A!; B<-A; C!<-B; D"
                                                              << "11.19.0" << QStringList{"A", "C"};
}

// The count is what the preparation then prepares; the modules calling removed APIs
// are those that then fail to compile, or are skipped because a producer failed first
// (their consumers are skipped too, and not listed: they call nothing removed).
void TestUpgradePreview::predictsThePreparation()
{
    QFETCH(QString, spec);
    QFETCH(QString, to);
    QFETCH(QStringList, usingRemoved);
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = createFactory(dir.path(), spec);
    QVERIFY(environment);
    const PlatformVersion target = *PlatformVersion::parse(to);

    const Result<UpgradePreview> preview = environment->upgradePreview(UpgradeRequest{target});
    QVERIFY2(preview.ok(), qPrintable(preview ? QString() : preview.error().fullText()));
    QCOMPARE(preview->plan.from, v11_11);
    QCOMPARE(preview->plan.to, target);
    QVERIFY(preview->plan.prepare);
    QVERIFY(preview->plan.systemComponentsInstalled);
    QCOMPARE(preview->newFeatures.first(), PlatformFeature::ModulesPreparation);
    QCOMPARE(preview->newFeatures.contains(PlatformFeature::DeployAll), target >= v11_19);
    QVERIFY(preview->unreadableSources.isEmpty());
    QCOMPARE(modulesOf(preview->removedApiUses),
             QSet<QString>(usingRemoved.cbegin(), usingRemoved.cend()));
    for (const RemovedApiUse &use : preview->removedApiUses) {
        QCOMPARE(use.api, QStringLiteral("Crypto.MD5"));
        QCOMPARE(use.element, QStringLiteral("Run"));
        QCOMPARE(use.removedIn, v11_12);
        QCOMPARE(use.version, 1);
        QVERIFY(!use.advice.isEmpty());
    }

    // Now the upgrade itself.
    QVERIFY(environment->upgradePlatform(UpgradeRequest{target}, admin).ok());
    PreparationOptions options;
    options.user = admin;
    const Result<ExecutionSummary> prepared = environment->prepareModules(options);
    QVERIFY(prepared.ok());
    QCOMPARE(prepared->counts.total, preview->modulesToPrepare);
    const Result<ExecutionDetail> detail = environment->execution(prepared->id);
    QVERIFY(detail.ok());
    QSet<QString> failed;
    QSet<QString> failedOrSkipped;
    for (const ExecutionModuleResult &module : detail->modules) {
        if (module.state == ModuleRunState::Failed)
            failed.insert(module.module);
        if (module.state == ModuleRunState::Failed || module.state == ModuleRunState::Skipped)
            failedOrSkipped.insert(module.module);
    }
    // Every failure was foreseen; a foreseen module whose producer failed is skipped
    // before it gets its turn to fail.
    const QSet<QString> foreseen = modulesOf(preview->removedApiUses);
    QVERIFY(foreseen.contains(failed));
    QVERIFY(failedOrSkipped.contains(foreseen));
}

void TestUpgradePreview::noPreparation_data()
{
    QTest::addColumn<bool>("skip");
    QTest::addColumn<bool>("components");
    QTest::addColumn<QString>("reasonStart");

    QTest::newRow("skipped") << true << true << "The modules preparation was skipped";
    QTest::newRow("without system components, still prepared") << false << false << QString();
}

void TestUpgradePreview::noPreparation()
{
    QFETCH(bool, skip);
    QFETCH(bool, components);
    QFETCH(QString, reasonStart);
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment
        = createFactory(dir.path(), QStringLiteral("A; B!<-A"));
    QVERIFY(environment);
    const UpgradeRequest request{v11_19, components, skip};
    const Result<UpgradePreview> preview = environment->upgradePreview(request);
    QVERIFY(preview.ok());
    // The preview's plan is the upgrade's own rule.
    const UpgradeOutcome rule = PlatformUpgrader::plan(v11_11, request, true);
    QCOMPARE(preview->plan.prepare, rule.prepare);
    QCOMPARE(preview->plan.noPreparationReason, rule.noPreparationReason);
    QCOMPARE(preview->plan.systemComponentsInstalled, components);
    QCOMPARE(preview->modulesToPrepare, rule.prepare ? 2 : 0);
    if (!reasonStart.isEmpty())
        QVERIFY2(preview->plan.noPreparationReason.startsWith(reasonStart),
                 qPrintable(preview->plan.noPreparationReason));
    // Removed APIs are listed either way: the module fails at its next publish.
    QCOMPARE(modulesOf(preview->removedApiUses), QSet<QString>{QStringLiteral("B")});
}

void TestUpgradePreview::refusesWhatTheUpgradeRefuses_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");

    QTest::newRow("not installed")
        << "11.13.0"
        << "Platform version 11.13.0 is not installed. Installed versions: 10.0.0, 11.11.0, "
           "11.12.0, 11.15.0, 11.19.0.";
    QTest::newRow("the current version")
        << "11.11.0"
        << "The environment already runs platform version 11.11.0. To prepare the modules "
           "again, run 'upgrade-published-applications'.";
    QTest::newRow("a downgrade")
        << "10.0.0"
        << "Downgrades are refused: the environment runs platform version 11.11.0, newer than "
           "10.0.0. Restore a backup taken before the upgrade instead.";
}

void TestUpgradePreview::refusesWhatTheUpgradeRefuses()
{
    QFETCH(QString, to);
    QFETCH(QString, message);
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = createFactory(dir.path(), QStringLiteral("A"));
    QVERIFY(environment);
    const UpgradeRequest request{*PlatformVersion::parse(to)};
    const Result<UpgradePreview> preview = environment->upgradePreview(request);
    QVERIFY(!preview);
    QCOMPARE(preview.error().code, ErrorCode::BadInput);
    QCOMPARE(preview.error().message, message);
    const Result<UpgradeOutcome> upgraded = environment->upgradePlatform(request, admin);
    QVERIFY(!upgraded);
    QCOMPARE(upgraded.error().message, message);
}

void TestUpgradePreview::namesAnUnreadableSource()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = createFactory(dir.path(), QStringLiteral("A!; B!"));
    QVERIFY(environment);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("sources/A/1.json"))));
    const Result<UpgradePreview> preview = environment->upgradePreview(UpgradeRequest{v11_12});
    QVERIFY(preview.ok());
    QCOMPARE(preview->unreadableSources, QStringList{QStringLiteral("A")});
    QCOMPARE(modulesOf(preview->removedApiUses), QSet<QString>{QStringLiteral("B")});
}

void TestUpgradePreview::changesNothing()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = createFactory(dir.path(), QStringLiteral("A; B<-A"));
    QVERIFY(environment);
    QVERIFY(environment->upgradePreview(UpgradeRequest{v11_19}).ok());
    QCOMPARE(environment->platformVersion(), v11_11);
    const Result<QList<ExecutionSummary>> executions = environment->executions();
    QVERIFY(executions.ok());
    QVERIFY(executions->isEmpty());
    const Result<QList<ModuleLock>> locks = environment->locks();
    QVERIFY(locks.ok());
    QVERIFY(locks->isEmpty());
}

QTEST_GUILESS_MAIN(TestUpgradePreview)
#include "tst_upgradepreview.moc"
