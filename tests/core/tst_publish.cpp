// 1-Click Publish through the Environment facade: compile against the producers'
// current compilations, atomic deployment, failures that leave the running version,
// statuses, and recovery from a deployment that a killed process left staged.
#include "domain/messages.h"
#include "environment/datafolder.h"
#include "environment/deployer.h"
#include "environment/environment.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;

namespace {

Element action(const QString &name, QList<Parameter> inputs, QList<Parameter> outputs,
               QList<ApiCall> calls = {}, int size = 40)
{
    Element element;
    element.kind = ElementKind::Action;
    element.name = name;
    element.isPublic = true;
    element.inputs = std::move(inputs);
    element.outputs = std::move(outputs);
    element.calls = std::move(calls);
    element.size = size;
    return element;
}

ModuleDefinition customerCore(QList<Parameter> getCustomerInputs
                              = {{QStringLiteral("Id"), QStringLiteral("Integer")}})
{
    ModuleDefinition definition;
    definition.name = QStringLiteral("Customer_Core");
    definition.application = QStringLiteral("Customer");
    Element entity;
    entity.kind = ElementKind::Entity;
    entity.name = QStringLiteral("Customer");
    entity.isPublic = true;
    entity.attributes = {{QStringLiteral("Id"), QStringLiteral("Integer")},
                         {QStringLiteral("Name"), QStringLiteral("Text")}};
    entity.size = 10;
    definition.elements << entity
                        << action(QStringLiteral("GetCustomer"), getCustomerInputs,
                                  {{QStringLiteral("Customer"), QStringLiteral("Customer")}},
                                  {{QStringLiteral("Http.Get"),
                                    QStringLiteral("(Url: Text) -> (Body: Text)")}});
    definition.settings << Setting{QStringLiteral("ServiceUrl"), QStringLiteral("Text"),
                                   QStringLiteral("https://crm.example")};
    return definition;
}

ModuleDefinition customerPortal(const ModuleDefinition &producer)
{
    ModuleDefinition definition;
    definition.name = QStringLiteral("Customer_Portal");
    definition.application = QStringLiteral("Customer");
    definition.elements << action(QStringLiteral("ShowCustomer"),
                                  {{QStringLiteral("Id"), QStringLiteral("Integer")}}, {});
    const Element *getCustomer = producer.findElement(QStringLiteral("GetCustomer"));
    definition.references << Reference{producer.name, getCustomer->name, ElementKind::Action,
                                       signatureOf(*getCustomer)};
    return definition;
}

QString fullText(const Error &error)
{
    return error.fullText();
}

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publishesProducerThenConsumer();
    void republishingProducerMakesConsumerOutdated();
    void failedCompileLeavesRunningVersion();
    void consumerOfUnpublishedProducerFails();
    void republishesAnOlderVersion();
    void producerNotPreparedForNewPlatform();
    void unknownModuleAndVersion();
    void definitionsWithBadNamesAreRefused_data();
    void definitionsWithBadNamesAreRefused();
    void importsAndPublishesTheExampleFiles();
    void stagedDeploymentOfKilledProcess_data();
    void stagedDeploymentOfKilledProcess();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Environment> m_environment;
    const QString m_user = QStringLiteral("alice");
};

void TestPublish::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Environment>> created
        = Environment::create(m_dir->filePath(QStringLiteral("env")), PlatformVersion{11, 11, 0});
    QVERIFY2(created.ok(), qPrintable(created ? QString() : fullText(created.error())));
    m_environment = std::move(created.value());
    const ModuleDefinition core = customerCore();
    QVERIFY(m_environment->importDefinitions({core, customerPortal(core)}, m_user).ok());
}

void TestPublish::cleanup()
{
    m_environment.reset();
    m_dir.reset();
}

void TestPublish::publishesProducerThenConsumer()
{
    Result<PublishOutcome> core
        = m_environment->publish(QStringLiteral("Customer_Core"), 0, m_user);
    QVERIFY2(core.ok(), qPrintable(core ? QString() : fullText(core.error())));
    QCOMPARE(core->version, 1);
    Result<PublishOutcome> portal
        = m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user);
    QVERIFY2(portal.ok(), qPrintable(portal ? QString() : fullText(portal.error())));

    Result<ModuleDetail> detail = m_environment->module(QStringLiteral("Customer_Portal"));
    QVERIFY(detail.ok());
    QCOMPARE(detail->summary.status, ModuleStatus::UpToDate);
    QCOMPARE(detail->summary.runningVersion, 1);
    QCOMPARE(detail->producers, QStringList{QStringLiteral("Customer_Core")});
    QVERIFY(detail->deployment.has_value());
    QCOMPARE(detail->deployment->deployedBy, m_user);
    QCOMPARE(detail->compilations.size(), 1);
    QVERIFY(detail->compilations.first().succeeded);

    // The running folder is the complete artifact set of that compilation.
    const QFileInfo running(detail->deployment->runningPath);
    QVERIFY(running.isSymLink());
    QVERIFY(QFileInfo::exists(running.symLinkTarget() + QStringLiteral("/manifest.json")));
    QVERIFY(QFileInfo::exists(running.symLinkTarget() + QStringLiteral("/interface.json")));

    Result<ModuleDetail> producer = m_environment->module(QStringLiteral("Customer_Core"));
    QCOMPARE(producer->consumers, QStringList{QStringLiteral("Customer_Portal")});
    QCOMPARE(producer->settings.size(), 1);
    QCOMPARE(producer->settings.first().defaultValue, QStringLiteral("https://crm.example"));
}

void TestPublish::republishingProducerMakesConsumerOutdated()
{
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 0, m_user).ok());
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user).ok());
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 0, m_user).ok());

    Result<QList<ModuleSummary>> outdated
        = m_environment->modules(ModuleQuery{QString(), ModuleStatus::Outdated});
    QVERIFY(outdated.ok());
    QCOMPARE(outdated->size(), 1);
    QCOMPARE(outdated->first().name, QStringLiteral("Customer_Portal"));
    // The module's own page says the same (it reads only its producers' deployments).
    QCOMPARE(m_environment->module(QStringLiteral("Customer_Portal"))->summary.status,
             ModuleStatus::Outdated);
    QCOMPARE(m_environment->module(QStringLiteral("Customer_Core"))->summary.status,
             ModuleStatus::UpToDate);

    QVERIFY(m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user).ok());
    QCOMPARE(m_environment->module(QStringLiteral("Customer_Portal"))->summary.status,
             ModuleStatus::UpToDate);
}

void TestPublish::failedCompileLeavesRunningVersion()
{
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 0, m_user).ok());
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user).ok());
    const QString runningBefore
        = QFileInfo(
              m_environment->module(QStringLiteral("Customer_Portal"))->deployment->runningPath)
              .symLinkTarget();

    // Version 2 of the portal expects a signature its producer does not have.
    ModuleDefinition portal = customerPortal(customerCore());
    portal.references.first().signature
        = QStringLiteral("action(Id: Integer, Year: Integer) -> (Customer: Customer)");
    portal.description = QStringLiteral("expects another signature");
    QVERIFY(m_environment->importDefinitions({portal}, m_user).ok());

    Result<PublishOutcome> failed
        = m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Failed);
    QCOMPARE(failed.error().message,
             QStringLiteral("Publishing 'Customer_Portal' version 2 failed: 1 compilation error(s) "
                            "for platform version 11.11.0. The running version is unchanged."));
    QVERIFY2(failed.error().detail.contains(QStringLiteral("Customer_Core.GetCustomer")),
             qPrintable(failed.error().detail));

    Result<ModuleDetail> detail = m_environment->module(QStringLiteral("Customer_Portal"));
    QCOMPARE(detail->summary.runningVersion, 1);
    QCOMPARE(detail->summary.latestVersion, 2);
    QCOMPARE(QFileInfo(detail->deployment->runningPath).symLinkTarget(), runningBefore);
    QCOMPARE(detail->compilations.size(), 2);
    QVERIFY(!detail->compilations.first().succeeded);
    QCOMPARE(detail->compilations.first().diagnostics.size(), 1);
}

void TestPublish::consumerOfUnpublishedProducerFails()
{
    Result<PublishOutcome> failed
        = m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Failed);
    QVERIFY2(failed.error().detail.contains(QStringLiteral("Customer_Core")),
             qPrintable(failed.error().detail));
    QCOMPARE(m_environment->module(QStringLiteral("Customer_Portal"))->summary.status,
             ModuleStatus::NeverPublished);
}

void TestPublish::republishesAnOlderVersion()
{
    ModuleDefinition core2 = customerCore();
    core2.description = QStringLiteral("version two");
    QVERIFY(m_environment->importDefinitions({core2}, m_user).ok());
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 0, m_user).ok());
    QCOMPARE(m_environment->module(QStringLiteral("Customer_Core"))->summary.runningVersion, 2);
    Result<PublishOutcome> older
        = m_environment->publish(QStringLiteral("Customer_Core"), 1, m_user);
    QVERIFY(older.ok());
    QCOMPARE(older->version, 1);
    Result<ModuleDetail> detail = m_environment->module(QStringLiteral("Customer_Core"));
    QCOMPARE(detail->summary.runningVersion, 1);
    QCOMPARE(detail->versions.size(), 2);
    QVERIFY(detail->versions.last().running);
}

// After the platform changes, a consumer cannot be published against a producer
// that was not compiled for the new version: the catalogue's message, word for word.
void TestPublish::producerNotPreparedForNewPlatform()
{
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 0, m_user).ok());
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user).ok());
    const QString dataDir = m_environment->dataDir();
    m_environment.reset();
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(
            DataFolder(dataDir).databaseFile(), Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        QVERIFY((*db)->setMeta(QStringLiteral("platform_version"), QStringLiteral("11.12.0")).ok());
    }
    Result<std::unique_ptr<Environment>> reopened = Environment::open(dataDir);
    QVERIFY(reopened.ok());
    m_environment = std::move(reopened.value());

    Result<ModuleDetail> detail = m_environment->module(QStringLiteral("Customer_Portal"));
    QCOMPARE(detail->summary.status, ModuleStatus::NotUpgraded);
    QCOMPARE(detail->statusMessage, messages::notUpgraded());
    QCOMPARE(detail->statusMessage,
             QStringLiteral("This Module hasn't been upgraded to the current environment version. "
                            "Please publish the module. Alternatively, run another environment "
                            "upgrade."));

    Result<PublishOutcome> refused
        = m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("Producer module 'Customer_Core' hasn't been prepared for the current "
                            "OutSystems environment version. The Preparation of Modules may not "
                            "have finished yet, failed, or it is on hold. Check Service Center for "
                            "more details or try to publish 'Customer_Core'."));

    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 0, m_user).ok());
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Portal"), 0, m_user).ok());
    QCOMPARE(m_environment->module(QStringLiteral("Customer_Portal"))->summary.status,
             ModuleStatus::UpToDate);
}

void TestPublish::unknownModuleAndVersion()
{
    Result<PublishOutcome> unknown = m_environment->publish(QStringLiteral("Nope"), 0, m_user);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::BadInput);
    QCOMPARE(unknown.error().message,
             QStringLiteral("Unknown module 'Nope'. 'scctl modules' lists the modules of this "
                            "environment."));
    Result<PublishOutcome> noVersion
        = m_environment->publish(QStringLiteral("Customer_Core"), 7, m_user);
    QVERIFY(!noVersion.ok());
    QCOMPARE(noVersion.error().message,
             QStringLiteral("Module 'Customer_Core' has no version 7. 'scctl module Customer_Core' "
                            "lists its versions."));
}

// Definitions handed to importDefinitions() have not been through the parser: their
// names (folders, lock rows, references) are checked as a file's would be.
void TestPublish::definitionsWithBadNamesAreRefused_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("producer");
    QTest::addColumn<QString>("message");
    const QString rule = QStringLiteral("a letter, then up to 99 letters, digits or '_'");
    QTest::newRow("module named '*' (the whole factory's lock) -> batch refused")
        << QStringLiteral("*") << QString()
        << QStringLiteral("A module named '*' cannot be imported: a module name is ") + rule + u'.';
    QTest::newRow("module named as a path out of the data folder -> batch refused")
        << QStringLiteral("../Escape") << QString()
        << QStringLiteral("A module named '../Escape' cannot be imported: a module name is ") + rule
            + u'.';
    QTest::newRow("module without a name -> batch refused")
        << QString() << QString()
        << QStringLiteral("A module named '' cannot be imported: a module name is ") + rule + u'.';
    QTest::newRow("producer name with a space -> batch refused")
        << QStringLiteral("Orders") << QStringLiteral("Customer Core")
        << QStringLiteral("'Orders' cannot be imported: its producer 'Customer Core' is not a "
                          "module name (")
            + rule + QStringLiteral(").");
}

void TestPublish::definitionsWithBadNamesAreRefused()
{
    QFETCH(QString, module);
    QFETCH(QString, producer);
    QFETCH(QString, message);
    ModuleDefinition bad = customerPortal(customerCore());
    bad.name = module;
    if (!producer.isEmpty())
        bad.references.first().module = producer;
    ModuleDefinition good = customerCore();
    good.name = QStringLiteral("Good_One");
    Result<ImportReport> imported = m_environment->importDefinitions({good, bad}, m_user);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::BadInput);
    QCOMPARE(imported.error().message, message);
    Result<QList<ModuleSummary>> modules = m_environment->modules();
    QVERIFY(modules.ok());
    QStringList names;
    for (const ModuleSummary &summary : *modules)
        names << summary.name;
    // Nothing of the batch, not even its good definition, and no file out of its place.
    QCOMPARE(names,
             QStringList({QStringLiteral("Customer_Core"), QStringLiteral("Customer_Portal")}));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("env/Escape"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("env/sources/Good_One"))));
}

// The examples of docs/module-format.md compile and run on 11.11.0.
void TestPublish::importsAndPublishesTheExampleFiles()
{
    const QString examples = QStringLiteral(OSC_TEST_DATA_DIR "/modules");
    Result<std::unique_ptr<Environment>> created = Environment::create(
        m_dir->filePath(QStringLiteral("examples")), PlatformVersion{11, 11, 0});
    QVERIFY(created.ok());
    Environment &environment = **created;
    Result<ImportReport> imported = environment.importFiles({examples}, m_user);
    QVERIFY2(imported.ok(), qPrintable(imported ? QString() : fullText(imported.error())));
    QCOMPARE(imported->created,
             (QStringList{QStringLiteral("Customer_Core"), QStringLiteral("Customer_Portal")}));
    for (const QString &name : imported->created) {
        Result<PublishOutcome> published = environment.publish(name, 0, m_user);
        QVERIFY2(published.ok(), qPrintable(published ? QString() : fullText(published.error())));
    }
    QCOMPARE(environment.module(QStringLiteral("Customer_Portal"))->summary.status,
             ModuleStatus::UpToDate);
}

void TestPublish::stagedDeploymentOfKilledProcess_data()
{
    QTest::addColumn<bool>("switched");
    QTest::addColumn<int>("expectedRunningVersion");
    QTest::newRow("killed before the switch -> previous version keeps running") << false << 1;
    QTest::newRow("killed after the switch -> new version recorded as running") << true << 2;
}

// Reproduces the state a process killed between staging and recording leaves, then
// checks that the next open makes database and running folder agree.
void TestPublish::stagedDeploymentOfKilledProcess()
{
    QFETCH(bool, switched);
    QFETCH(int, expectedRunningVersion);
    ModuleDefinition core2 = customerCore();
    core2.description = QStringLiteral("version two");
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 0, m_user).ok());
    QVERIFY(m_environment->importDefinitions({core2}, m_user).ok());
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 2, m_user).ok());
    QVERIFY(m_environment->publish(QStringLiteral("Customer_Core"), 1, m_user).ok());
    const QString dataDir = m_environment->dataDir();
    m_environment.reset();

    const DataFolder folder(dataDir);
    const Deployer deployer(folder);
    QString stagedFolder;
    {
        Result<std::unique_ptr<Database>> db
            = Database::openSqlite(folder.databaseFile(), Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        // The version-2 compilation, staged again as a killed publish would leave it.
        Result<QSqlQuery> compilation = (*db)->exec(QStringLiteral(
            "SELECT c.id, c.folder, v.module_id FROM compilations c JOIN module_versions v ON "
            "v.id = c.version_id WHERE v.number = 2"));
        QVERIFY(compilation.ok() && compilation->next());
        Result<QString> staged = deployer.stage(QStringLiteral("Customer_Core"),
                                                dataDir + u'/' + compilation->value(1).toString(),
                                                QByteArray("{}"), QStringLiteral("killed"));
        QVERIFY(staged.ok());
        stagedFolder = *staged;
        QVERIFY((*db)
                    ->exec(QStringLiteral("INSERT INTO deployments (module_id, compilation_id, "
                                          "folder, state, deployed_at, deployed_by) VALUES (?, ?, "
                                          "?, 'staged', '2026-01-01T00:00:00.000Z', 'killed')"),
                           {compilation->value(2), compilation->value(0),
                            QDir(dataDir).relativeFilePath(stagedFolder)})
                    .ok());
        if (switched)
            QVERIFY(deployer.switchTo(QStringLiteral("Customer_Core"), stagedFolder).ok());
    }

    Result<std::unique_ptr<Environment>> reopened = Environment::open(dataDir);
    QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : fullText(reopened.error())));
    Result<ModuleDetail> detail = (*reopened)->module(QStringLiteral("Customer_Core"));
    QCOMPARE(detail->summary.runningVersion, expectedRunningVersion);
    QCOMPARE(QDir::cleanPath(
                 QFileInfo(folder.runningLink(QStringLiteral("Customer_Core"))).symLinkTarget())
                 == QDir::cleanPath(stagedFolder),
             switched);
    QCOMPARE(QFileInfo::exists(stagedFolder), switched);
}

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
