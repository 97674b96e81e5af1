// Operations through the Environment facade: locks taken all or nothing, the LOCKED
// refusal word for word for every operation and every holder, leases that expire
// and are recovered, the fencing check, waiting for a lock, Delete module and Apply
// Settings, and what the General log and the Error Log record of each.
#include "domain/messages.h"
#include "environment/datafolder.h"
#include "environment/environment.h"
#include "logs/logwriter.h"
#include "operations/lockmanager.h"
#include "operations/operation.h"
#include "operations/operationjournal.h"
#include "otherprocess.h"
#include "storage/compilationinputs.h"
#include "storage/database.h"
#include "storage/timestamps.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;
using osc::testing::OtherProcess;

namespace {

const QString core = QStringLiteral("Customer_Core");
const QString portal = QStringLiteral("Customer_Portal");

OperationOptions as(const QString &user, std::chrono::milliseconds wait = {})
{
    OperationOptions options;
    options.user = user;
    options.waitLock = wait;
    return options;
}

QDateTime lastRefusalTime(Database &db)
{
    return fromStoredTime(
        scalar(db,
               QStringLiteral("SELECT started_at FROM operations WHERE status = 'refused' "
                              "ORDER BY id DESC LIMIT 1"))
            .value()
            .toString());
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lockedMessageForEveryOperationAndHolder_data();
    void lockedMessageForEveryOperationAndHolder();
    void solutionPublishLocksAllOrNothing();
    void solutionPublishCompilesProducersFirst();
    void expiredLeaseIsRecoveredAndTheHolderInterrupted();
    void fencingRefusesAHolderThatLostItsLease();
    void fencingOfABatch_data();
    void fencingOfABatch();
    void wholeFactoryLockIsOneRowForEveryModule();
    void waitLockRunsOnceTheHolderIsGone();
    void waitLockGivesUpWithTheRefusal();
    void unknownModuleIsBadInputAndTakesNoLock();
    void deleteWithConsumersIsRefusedUnlessForced();
    void deletedModuleCanBeImportedAgain();
    void applySettingsRedeploysWithTheNewValues();
    void applySettingsRejectsUnknownKeysAndBadValues();
    void operationStepsAndOutcomeAreInTheGeneralLog();
    void failedPublishWritesAnErrorLogEntry();
    void logRetentionAppliesAtOpenOnceADay();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Environment> m_env;
    QString m_dataDir;
};

void TestOperations::init()
{
    m_env.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(QStringLiteral("env"));
    Result<std::unique_ptr<Environment>> created
        = Environment::create(m_dataDir, PlatformVersion{11, 11, 0});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    m_env = std::move(created.value());
    QVERIFY(m_env->importFiles({QStringLiteral(OSC_TEST_DATA_DIR "/modules")},
                               QStringLiteral("setup")));
    QVERIFY(m_env->publish(core, 0, QStringLiteral("setup")));
    QVERIFY(m_env->publish(portal, 0, QStringLiteral("setup")));
}

void TestOperations::lockedMessageForEveryOperationAndHolder_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("holder");
    const QList<OperationKind> requested{OperationKind::Publish, OperationKind::SolutionPublish,
                                         OperationKind::DeleteModule,
                                         OperationKind::ConfigurationUpdate};
    for (OperationKind request : requested) {
        for (OperationKind holder : allOperationKinds()) {
            const QByteArray name
                = (operationName(request) + QStringLiteral(" refused by ") + operationName(holder))
                      .toUtf8();
            QTest::newRow(name.constData()) << int(request) << int(holder);
        }
    }
}

void TestOperations::lockedMessageForEveryOperationAndHolder()
{
    QFETCH(int, requested);
    QFETCH(int, holder);
    const auto holderKind = OperationKind(holder);
    const QString holderUser = holderKind == OperationKind::ModulesUpgrade
        ? compilerServiceUser()
        : QStringLiteral("alice");
    OtherProcess other(m_dataDir, std::chrono::minutes(5));
    const OperationTicket held = other.hold(holderKind, holderUser, {core});

    Error refusal;
    switch (OperationKind(requested)) {
    case OperationKind::Publish:
        refusal = m_env->publish({PublishTarget{core}}, as(QStringLiteral("bob"))).error();
        break;
    case OperationKind::SolutionPublish:
        refusal
            = m_env
                  ->publish({PublishTarget{core}, PublishTarget{portal}}, as(QStringLiteral("bob")))
                  .error();
        break;
    case OperationKind::DeleteModule:
        refusal = m_env->deleteModule(core, true, as(QStringLiteral("bob"))).error();
        break;
    default:
        refusal = m_env
                      ->applySettings(core, {{QStringLiteral("MaxResults"), QStringLiteral("7")}},
                                      as(QStringLiteral("bob")))
                      .error();
        break;
    }
    QCOMPARE(refusal.code, ErrorCode::Locked);
    const QDateTime refusedAt = lastRefusalTime(*other.db);
    QVERIFY(refusedAt.isValid());
    const QString expected
        = messages::locked(operationName(OperationKind(requested)), QStringLiteral("bob"),
                           refusedAt, operationName(holderKind), holderUser, held.startedAt, core);
    QCOMPARE(refusal.message, expected);
    QVERIFY(refusal.detail.contains(QString::number(QCoreApplication::applicationPid())));

    // The refusal is in the General log, and took no lock.
    LogQuery query;
    query.operation = operationKey(OperationKind(requested));
    Result<QList<GeneralLogEntry>> log = m_env->generalLog(query);
    QVERIFY(log);
    QVERIFY(!log->isEmpty());
    QCOMPARE(log->constFirst().event, QStringLiteral("refused"));
    QCOMPARE(log->constFirst().message, expected);
    QCOMPARE(log->constFirst().user, QStringLiteral("bob"));
    Result<QList<ModuleLock>> locks = m_env->locks();
    QVERIFY(locks);
    QCOMPARE(locks->size(), 1);
    QCOMPARE(locks->constFirst().operationId, held.operationId);
}

void TestOperations::solutionPublishLocksAllOrNothing()
{
    OtherProcess other(m_dataDir, std::chrono::minutes(5));
    other.hold(OperationKind::ConfigurationUpdate, QStringLiteral("alice"), {portal});
    const int compilationsBefore
        = scalar(*other.db, QStringLiteral("SELECT COUNT(*) FROM compilations")).value().toInt();

    Result<QList<PublishOutcome>> refused
        = m_env->publish({PublishTarget{core}, PublishTarget{portal}}, as(QStringLiteral("bob")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Locked);
    QVERIFY(refused.error().message.contains(QStringLiteral("'Customer_Portal' module")));
    // Customer_Core was free, yet not locked and not compiled.
    Result<QList<ModuleLock>> locks = m_env->locks();
    QVERIFY(locks);
    QCOMPARE(locks->size(), 1);
    QCOMPARE(locks->constFirst().module, portal);
    QCOMPARE(scalar(*other.db, QStringLiteral("SELECT COUNT(*) FROM compilations")).value().toInt(),
             compilationsBefore);
}

void TestOperations::solutionPublishCompilesProducersFirst()
{
    // Named consumer first: the producer still compiles first, and the consumer is
    // built against the producer's new compilation.
    Result<QList<PublishOutcome>> published
        = m_env->publish({PublishTarget{portal}, PublishTarget{core}}, as(QStringLiteral("bob")));
    QVERIFY2(published, qPrintable(published ? QString() : published.error().fullText()));
    QCOMPARE(published->size(), 2);
    QCOMPARE(published->at(0).module, core);
    QCOMPARE(published->at(1).module, portal);
    // The portal's compilation names the core compilation it was built against.
    OtherProcess other(m_dataDir, std::chrono::seconds(10));
    Result<QVariant> coreId
        = scalar(*other.db, QStringLiteral("SELECT id FROM modules WHERE name = ?"), {core});
    QVERIFY(coreId);
    Result<QVariant> inputs
        = scalar(*other.db, QStringLiteral("SELECT inputs FROM compilations WHERE id = ?"),
                 {published->at(1).compilationId});
    QVERIFY(inputs);
    QCOMPARE(unpackCompilationInputs(inputs->toString()),
             QList<CompilationInput>(
                 {CompilationInput{coreId->toLongLong(), published->at(0).compilationId}}));
    QVERIFY(m_env->locks()->isEmpty());
}

void TestOperations::expiredLeaseIsRecoveredAndTheHolderInterrupted()
{
    OtherProcess other(m_dataDir, std::chrono::milliseconds(300));
    const OperationTicket dead
        = other.hold(OperationKind::Publish, QStringLiteral("alice"), {core}); // never renewed
    QCOMPARE(m_env->publish({PublishTarget{core}}, as(QStringLiteral("bob"))).error().code,
             ErrorCode::Locked);
    QTRY_VERIFY_WITH_TIMEOUT(m_env->publish({PublishTarget{core}}, as(QStringLiteral("bob"))),
                             5000);
    QCOMPARE(scalar(*other.db, QStringLiteral("SELECT status FROM operations WHERE id = ?"),
                    {dead.operationId})
                 .value()
                 .toString(),
             QStringLiteral("interrupted"));
    LogQuery query;
    query.operationId = dead.operationId;
    Result<QList<GeneralLogEntry>> log = m_env->generalLog(query);
    QVERIFY(log);
    QVERIFY(!log->isEmpty());
    QCOMPARE(log->constFirst().event, QStringLiteral("interrupted"));
    QVERIFY(log->constFirst().message.contains(QStringLiteral("alice")));
}

void TestOperations::fencingRefusesAHolderThatLostItsLease()
{
    OtherProcess stale(m_dataDir, std::chrono::milliseconds(200));
    const OperationTicket paused
        = stale.hold(OperationKind::Publish, QStringLiteral("alice"), {core});
    QTest::qWait(300); // the holder "pauses" past its lease
    QVERIFY(m_env->publish({PublishTarget{core}}, as(QStringLiteral("bob"))));

    // The paused holder wakes up and tries to write: refused, nothing written.
    bool wrote = false;
    Result<void> write = stale.db->write([&]() -> Result<void> {
        if (Result<void> held = stale.locks->verifyInTransaction(paused, {core}); !held)
            return held;
        wrote = true;
        return {};
    });
    QVERIFY(!write);
    QCOMPARE(write.error().code, ErrorCode::Locked);
    QVERIFY(write.error().message.contains(QStringLiteral("lost its lock on 'Customer_Core'")));
    QVERIFY(!wrote);
    // A write that names no module (a resume's first records) is fenced by the lease alone.
    const Result<void> unnamed = stale.db->write(
        [&]() -> Result<void> { return stale.locks->verifyInTransaction(paused, {}); });
    QVERIFY(!unnamed);
    QCOMPARE(unnamed.error().code, ErrorCode::Locked);
    QVERIFY2(unnamed.error().message.contains(QStringLiteral(
                 "lost its lease: it expired while this process was not responding")),
             qPrintable(unnamed.error().message));
    QVERIFY(scalar(*stale.db, QStringLiteral("SELECT fence FROM modules WHERE name = ?"), {core})
                .value()
                .toLongLong()
            > paused.fence);
    // Renewing is refused too: the lease cannot be revived once recovered.
    QCOMPARE(stale.locks->renew(paused).value(), false);
}

// A batch (the preparation, Deploy All) is fenced by the operation's lease and by its
// own record of the locks it holds: a module it let go of refuses the whole batch,
// named in the message, and so does an interrupted operation; nothing is written.
void TestOperations::fencingOfABatch_data()
{
    QTest::addColumn<bool>("released"); // the operation let go of the portal's lock
    QTest::addColumn<bool>("takenOver"); // and another operation locked it since
    QTest::addColumn<bool>("interrupted"); // the operation was released by hand
    QTest::addColumn<QString>("refusedModule"); // empty: the batch is written
    QTest::addColumn<QString>("refusal");

    const QString lostLock = QStringLiteral("lost its lock on '%1' module");
    const QString notHeld = QStringLiteral("was about to write to '%1' module without holding");
    QTest::newRow("every lock held -> written")
        << false << false << false << QString() << QString();
    QTest::newRow("one lock let go -> refused, naming it")
        << true << false << false << portal << notHeld;
    QTest::newRow("one lock taken over by another operation -> refused, naming it")
        << true << true << false << portal << notHeld;
    QTest::newRow("operation released by hand -> refused")
        << false << false << true << core << lostLock;
}

void TestOperations::fencingOfABatch()
{
    QFETCH(bool, released);
    QFETCH(bool, takenOver);
    QFETCH(bool, interrupted);
    QFETCH(QString, refusedModule);
    QFETCH(QString, refusal);

    // The holder's operation, wired by hand as Environment does.
    OtherProcess holder(m_dataDir, std::chrono::seconds(10));
    const QString databaseFile = DataFolder(m_dataDir).databaseFile();
    Result<std::unique_ptr<LogWriter>> writer = LogWriter::open(databaseFile);
    QVERIFY(writer);
    OperationJournal journal(**writer, PlatformVersion{11, 11, 0});
    Result<std::unique_ptr<Operation>> operation = Operation::start(
        OperationServices{*holder.db, *holder.locks, journal, databaseFile},
        LockRequest{
            OperationKind::ModulesUpgrade, QStringLiteral("Compiler Service"), {core, portal}},
        OperationOptions{});
    QVERIFY(operation);
    if (released) {
        QVERIFY((*operation)->fencedWrite({portal}, [&]() {
            return (*operation)->releaseInTransaction({portal});
        }));
    }
    OtherProcess other(m_dataDir, std::chrono::seconds(10));
    if (takenOver)
        other.hold(OperationKind::Publish, QStringLiteral("bob"), {portal});
    if (interrupted) {
        QVERIFY(other.locks->releaseByHand(core, (*operation)->ticket().operationId, true,
                                           QStringLiteral("carol")));
    }

    bool wrote = false;
    const Result<void> write = (*operation)->fencedWrite({core, portal}, [&]() -> Result<void> {
        wrote = true;
        return {};
    });
    (void)(*operation)->finish(Result<void>(), QString());
    if (refusedModule.isEmpty()) {
        QVERIFY2(write, qPrintable(write ? QString() : write.error().fullText()));
        QVERIFY(wrote);
        return;
    }
    QVERIFY(!write);
    QVERIFY(!wrote);
    QCOMPARE(write.error().code, interrupted ? ErrorCode::Locked : ErrorCode::Internal);
    QVERIFY2(write.error().message.contains(refusal.arg(refusedModule)),
             qPrintable(write.error().message));
}

// The modules upgrade before 11.15.0 locks the whole factory with one row: readers
// see one lock a module, every request for a module is refused naming it, a second
// whole-factory request names the first module, a single module's write is fenced by
// it, and a release by hand frees and stamps every module.
void TestOperations::wholeFactoryLockIsOneRowForEveryModule()
{
    OtherProcess other(m_dataDir, std::chrono::minutes(5));
    const LockRequest request
        = LockRequest::forWholeFactory(OperationKind::ModulesUpgrade, compilerServiceUser());
    // Refused while any module is locked, naming it.
    const OperationTicket publishing
        = other.hold(OperationKind::Publish, QStringLiteral("alice"), {portal});
    Result<AcquireOutcome> refusedWhole = other.locks->tryAcquire(request);
    QVERIFY(refusedWhole && refusedWhole->refusal);
    QCOMPARE(refusedWhole->refusal->holder.module, portal);
    QCOMPARE(refusedWhole->refusal->holder.operationId, publishing.operationId);
    QVERIFY(other.locks->finish(publishing, OperationStatus::Succeeded, QString()));

    Result<AcquireOutcome> granted = other.locks->tryAcquire(request);
    QVERIFY(granted && granted->ticket);
    const OperationTicket ticket = *granted->ticket;
    QVERIFY(ticket.wholeFactory);
    QCOMPARE(scalar(*other.db, QStringLiteral("SELECT module FROM module_locks")).value(),
             QVariant(wholeFactoryLockName));
    QCOMPARE(scalar(*other.db, QStringLiteral("SELECT modules FROM operations WHERE id = ?"),
                    {ticket.operationId})
                 .value(),
             QVariant(wholeFactoryLockName));

    Result<QList<ModuleLock>> locks = m_env->locks();
    QVERIFY(locks);
    QCOMPARE(locks->size(), 2);
    QCOMPARE(locks->at(0).module, core);
    QCOMPARE(locks->at(1).module, portal);
    for (const ModuleLock &lock : std::as_const(*locks)) {
        QCOMPARE(lock.operationId, ticket.operationId);
        QCOMPARE(lock.kind, OperationKind::ModulesUpgrade);
        QCOMPARE(lock.fence, ticket.fence);
    }

    // Any module asked for is named; so is the first module for the whole factory.
    Error refused = m_env->publish({PublishTarget{portal}}, as(QStringLiteral("bob"))).error();
    QCOMPARE(refused.code, ErrorCode::Locked);
    QCOMPARE(refused.message,
             messages::locked(operationName(OperationKind::Publish), QStringLiteral("bob"),
                              lastRefusalTime(*other.db),
                              operationName(OperationKind::ModulesUpgrade), compilerServiceUser(),
                              ticket.startedAt, portal));
    Result<AcquireOutcome> second = other.locks->tryAcquire(request);
    QVERIFY(second && second->refusal);
    QCOMPARE(second->refusal->holder.module, core);
    QCOMPARE(second->refusal->holder.operationId, ticket.operationId);
    QVERIFY(m_env->deleteModule(core, true, as(QStringLiteral("bob")))
                .error()
                .message.contains(QStringLiteral("locking 'Customer_Core' module")));
    // A solution names the first module it asked for.
    QVERIFY(m_env->publish({PublishTarget{portal}, PublishTarget{core}}, as(QStringLiteral("bob")))
                .error()
                .message.contains(QStringLiteral("locking 'Customer_Portal' module")));
    // A module that does not exist is not held by it.
    QCOMPARE(other.locks
                 ->releaseByHand(QStringLiteral("No_Such_Module"), 0, true, QStringLiteral("carol"))
                 .error()
                 .code,
             ErrorCode::NotFound);

    // A write to one module is fenced by the whole factory's lock.
    QVERIFY(other.db->write(
        [&]() -> Result<void> { return other.locks->verifyInTransaction(ticket, {core}); }));

    // Released by hand through one module: every module is freed and stamped.
    Result<LockRelease> release
        = other.locks->releaseByHand(portal, ticket.operationId, true, QStringLiteral("carol"));
    QVERIFY2(release, qPrintable(release ? QString() : release.error().fullText()));
    QCOMPARE(release->releasedModules, QStringList({core, portal}));
    QVERIFY(release->operation.wholeFactory);
    QVERIFY(release->operation.modules.isEmpty());
    QCOMPARE(scalar(*other.db, QStringLiteral("SELECT COUNT(*) FROM module_locks")).value().toInt(),
             0);
    QCOMPARE(
        scalar(*other.db,
               QStringLiteral("SELECT COUNT(*) FROM modules WHERE fence = ? AND name IN (?, ?)"),
               {release->fence, core, portal})
            .value()
            .toInt(),
        2);
    const Result<void> late = other.db->write(
        [&]() -> Result<void> { return other.locks->verifyInTransaction(ticket, {core}); });
    QVERIFY(!late);
    QCOMPARE(late.error().code, ErrorCode::Locked);
    QVERIFY(m_env->publish({PublishTarget{core}}, as(QStringLiteral("bob"))));
    QCOMPARE(other.locks->releaseByHand(portal, 0, true, QStringLiteral("carol")).error().code,
             ErrorCode::NotFound);

    // A holder that died: the next request recovers its lock and says it held every module.
    OtherProcess dead(m_dataDir, std::chrono::milliseconds(200));
    const OperationTicket expired = *dead.locks->tryAcquire(request).value().ticket;
    QTRY_VERIFY_WITH_TIMEOUT(m_env->publish({PublishTarget{core}}, as(QStringLiteral("bob"))),
                             5000);
    LogQuery query;
    query.operationId = expired.operationId;
    Result<QList<GeneralLogEntry>> log = m_env->generalLog(query);
    QVERIFY(log);
    QVERIFY(!log->isEmpty());
    QCOMPARE(log->constFirst().event, QStringLiteral("interrupted"));
    QVERIFY2(log->constFirst().message.endsWith(
                 QStringLiteral("Its locks on every module were released.")),
             qPrintable(log->constFirst().message));
}

void TestOperations::waitLockRunsOnceTheHolderIsGone()
{
    OtherProcess other(m_dataDir, std::chrono::milliseconds(400));
    other.hold(OperationKind::DeleteModule, QStringLiteral("alice"), {core});
    int waitingCalls = 0;
    OperationOptions options = as(QStringLiteral("bob"), std::chrono::seconds(10));
    options.waiting = [&](const LockRefusal &refusal) {
        ++waitingCalls;
        QCOMPARE(refusal.holder.user, QStringLiteral("alice"));
    };
    QVERIFY(m_env->publish({PublishTarget{core}}, options));
    QCOMPARE(waitingCalls, 1);
    LogQuery query;
    query.operation = operationKey(OperationKind::Publish);
    Result<QList<GeneralLogEntry>> log = m_env->generalLog(query);
    QVERIFY(log);
    QVERIFY(std::any_of(log->cbegin(), log->cend(), [](const GeneralLogEntry &entry) {
        return entry.event == QLatin1String("waiting");
    }));
}

void TestOperations::waitLockGivesUpWithTheRefusal()
{
    OtherProcess other(m_dataDir, std::chrono::minutes(5));
    other.hold(OperationKind::Publish, QStringLiteral("alice"), {core});
    Result<QList<PublishOutcome>> refused = m_env->publish(
        {PublishTarget{core}}, as(QStringLiteral("bob"), std::chrono::milliseconds(300)));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Locked);
    // One refused operation recorded, not one per attempt.
    QCOMPARE(scalar(*other.db,
                    QStringLiteral("SELECT COUNT(*) FROM operations WHERE status = 'refused'"))
                 .value()
                 .toInt(),
             1);
}

void TestOperations::unknownModuleIsBadInputAndTakesNoLock()
{
    Result<QList<PublishOutcome>> published
        = m_env->publish({PublishTarget{QStringLiteral("Nope")}}, as(QStringLiteral("bob")));
    QCOMPARE(published.error().code, ErrorCode::BadInput);
    QCOMPARE(
        m_env->deleteModule(QStringLiteral("Nope"), false, as(QStringLiteral("bob"))).error().code,
        ErrorCode::BadInput);
    QCOMPARE(scalar(*OtherProcess(m_dataDir, std::chrono::seconds(10)).db,
                    QStringLiteral("SELECT COUNT(*) FROM operations"))
                 .value()
                 .toInt(),
             2); // the two setup publishes
}

void TestOperations::deleteWithConsumersIsRefusedUnlessForced()
{
    Result<DeleteOutcome> refused = m_env->deleteModule(core, false, as(QStringLiteral("bob")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(refused.error().message.contains(
        QStringLiteral("1 module(s) reference it (Customer_Portal)")));
    QCOMPARE(refused.error().detail, portal);
    QCOMPARE(m_env->consumersOf(core).value(), QStringList{portal});
    QVERIFY(m_env->module(core));

    Result<DeleteOutcome> forced = m_env->deleteModule(core, true, as(QStringLiteral("bob")));
    QVERIFY2(forced, qPrintable(forced ? QString() : forced.error().fullText()));
    QCOMPARE(forced->brokenConsumers, QStringList{portal});
    QCOMPARE(m_env->module(core).error().code, ErrorCode::BadInput);
    QVERIFY(!QFileInfo(DataFolder(m_dataDir).runningLink(core)).isSymLink());
    Result<ModuleDetail> consumer = m_env->module(portal);
    QVERIFY(consumer);
    QCOMPARE(consumer->summary.status, ModuleStatus::Broken);
    QCOMPARE(consumer->blockedBy, core);
    QVERIFY(consumer->statusMessage.contains(QStringLiteral("'Customer_Core' was deleted")));
}

void TestOperations::deletedModuleCanBeImportedAgain()
{
    QVERIFY(m_env->deleteModule(portal, false, as(QStringLiteral("bob"))));
    Result<ImportReport> imported = m_env->importFiles(
        {QStringLiteral(OSC_TEST_DATA_DIR "/modules/Customer_Portal.json")}, QStringLiteral("bob"));
    QVERIFY(imported);
    QCOMPARE(imported->updated, QStringList{portal});
    Result<ModuleDetail> detail = m_env->module(portal);
    QVERIFY(detail);
    QCOMPARE(detail->summary.status, ModuleStatus::NeverPublished);
    QCOMPARE(detail->versions.size(), 2);
    QVERIFY(m_env->publish(portal, 0, QStringLiteral("bob")));
}

void TestOperations::applySettingsRedeploysWithTheNewValues()
{
    const QString settingsFile = DataFolder(m_dataDir).runningLink(core) + "/settings.json";
    const auto runningSettings = [&] {
        QFile file(settingsFile);
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    QCOMPARE(runningSettings().value(QStringLiteral("MaxResults")).toString(),
             QStringLiteral("50"));
    Result<ApplySettingsOutcome> applied
        = m_env->applySettings(core,
                               {{QStringLiteral("MaxResults"), QStringLiteral("75")},
                                {QStringLiteral("SyncEnabled"), QStringLiteral("false")}},
                               as(QStringLiteral("bob")));
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().fullText()));
    QVERIFY(applied->redeployed);
    QCOMPARE(runningSettings().value(QStringLiteral("MaxResults")).toString(),
             QStringLiteral("75"));
    QCOMPARE(runningSettings().value(QStringLiteral("SyncEnabled")).toString(),
             QStringLiteral("false"));
    QCOMPARE(runningSettings().value(QStringLiteral("CrmEndpoint")).toString(),
             QStringLiteral("https://crm.example.com/api/v2"));
    Result<ModuleDetail> detail = m_env->module(core);
    QVERIFY(detail);
    for (const Setting &setting : std::as_const(detail->settings)) {
        if (setting.name == QLatin1String("MaxResults"))
            QCOMPARE(setting.defaultValue, QStringLiteral("75"));
    }
    // A later publish keeps the applied values.
    QVERIFY(m_env->publish(core, 0, QStringLiteral("bob")));
    QCOMPARE(runningSettings().value(QStringLiteral("MaxResults")).toString(),
             QStringLiteral("75"));
}

void TestOperations::applySettingsRejectsUnknownKeysAndBadValues()
{
    Result<ApplySettingsOutcome> unknown = m_env->applySettings(
        core, {{QStringLiteral("Nope"), QStringLiteral("1")}}, as(QStringLiteral("bob")));
    QCOMPARE(unknown.error().code, ErrorCode::BadInput);
    QVERIFY(unknown.error().message.contains(QStringLiteral("MaxResults (Integer)")));
    Result<ApplySettingsOutcome> badValue = m_env->applySettings(
        core, {{QStringLiteral("MaxResults"), QStringLiteral("many")}}, as(QStringLiteral("bob")));
    QCOMPARE(badValue.error().code, ErrorCode::BadInput);
    QCOMPARE(badValue.error().message,
             QStringLiteral("'many' is not a valid Integer value for setting 'MaxResults' of "
                            "'Customer_Core'."));
}

void TestOperations::operationStepsAndOutcomeAreInTheGeneralLog()
{
    Result<QList<PublishOutcome>> published
        = m_env->publish({PublishTarget{core}}, as(QStringLiteral("carol")));
    QVERIFY(published);
    LogQuery query;
    query.module = core;
    query.operation = operationKey(OperationKind::Publish);
    Result<QList<GeneralLogEntry>> log = m_env->generalLog(query);
    QVERIFY(log);
    QStringList events;
    qint64 operationId = log->constFirst().operationId;
    for (auto it = log->crbegin(); it != log->crend(); ++it) {
        if (it->operationId == operationId) {
            events << it->event;
            QCOMPARE(it->user, QStringLiteral("carol"));
        }
    }
    QCOMPARE(events.constFirst(), QStringLiteral("started"));
    QCOMPARE(events.constLast(), QStringLiteral("succeeded"));
    QVERIFY(events.count(QStringLiteral("step")) >= 3); // compiling, compiled, deploying, …
}

void TestOperations::failedPublishWritesAnErrorLogEntry()
{
    // A producer element changed incompatibly: the consumer no longer compiles.
    QString source = QString::fromUtf8([] {
        QFile file(QStringLiteral(OSC_TEST_DATA_DIR "/modules/Customer_Core.json"));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }());
    source.replace(QStringLiteral("\"name\": \"GetCustomer\""),
                   QStringLiteral("\"name\": \"FetchCustomer\""));
    const QString changed = m_dir->filePath(QStringLiteral("Customer_Core.json"));
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(source.toUtf8());
    out.close();
    QVERIFY(m_env->importFiles({changed}, QStringLiteral("dave")));
    QVERIFY(m_env->publish(core, 0, QStringLiteral("dave")));
    Result<PublishOutcome> failed = m_env->publish(portal, 0, QStringLiteral("dave"));
    QVERIFY(!failed);

    LogQuery query;
    query.module = portal;
    Result<QList<ErrorLogEntry>> errors = m_env->errors(query);
    QVERIFY(errors);
    QCOMPARE(errors->size(), 1);
    const ErrorLogEntry &entry = errors->constFirst();
    QCOMPARE(entry.message, failed.error().message);
    QCOMPARE(entry.detail, failed.error().detail);
    QVERIFY(entry.detail.contains(QStringLiteral("GetCustomer")));
    QCOMPARE(entry.operation, QStringLiteral("publish"));
    QCOMPARE(entry.step, QStringLiteral("compile"));
    QCOMPARE(entry.moduleVersion, 1);
    QCOMPARE(entry.platformVersion, QStringLiteral("11.11.0"));
    QCOMPARE(entry.processId, QCoreApplication::applicationPid());
    QVERIFY(!entry.server.isEmpty());
    QVERIFY(!entry.thread.isEmpty());
    QVERIFY(entry.operationId > 0);
    // The failed operation is recorded as failed, and released its lock.
    QVERIFY(m_env->locks()->isEmpty());
}

void TestOperations::logRetentionAppliesAtOpenOnceADay()
{
    const auto writeOldEntry = [&](const QString &message) {
        Result<std::unique_ptr<LogWriter>> writer
            = LogWriter::open(DataFolder(m_dataDir).databaseFile());
        QVERIFY(writer);
        ErrorLogEntry entry;
        entry.instant = QDateTime::currentDateTimeUtc().addDays(-30);
        entry.module = core;
        entry.message = message;
        (*writer)->append(entry);
        QVERIFY((*writer)->flush());
    };
    const auto count = [&](const QString &text) {
        LogQuery query;
        query.text = text;
        return m_env->errors(query)->size();
    };
    QVERIFY(m_env->config().setValue(EnvironmentConfig::logRetentionWeeks, QStringLiteral("2")));
    writeOldEntry(QStringLiteral("ancient failure"));
    QCOMPARE(count(QStringLiteral("ancient")), 1); // this environment purged when it opened
    m_env.reset();
    m_env = std::move(Environment::open(m_dataDir).value());
    QCOMPARE(count(QStringLiteral("ancient")), 0);

    writeOldEntry(QStringLiteral("another ancient failure"));
    m_env.reset();
    m_env = std::move(Environment::open(m_dataDir).value());
    QCOMPARE(count(QStringLiteral("another")), 1); // not twice a day
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
