#include "deploymentrecords.h"

#include "environment/deployer.h"
#include "storage/database.h"
#include "storage/timestamps.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace osc::deploymentrecords {

QString folderName(qint64 compilationId)
{
    return QStringLiteral("c%1-%2")
        .arg(compilationId)
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

QByteArray settingsJson(const ModuleDefinition &definition, const QMap<QString, QString> &applied,
                        const QMap<QString, QString> &overrides)
{
    QJsonObject values;
    for (const Setting &setting : std::as_const(definition.settings))
        values.insert(setting.name, setting.defaultValue);
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        if (values.contains(it.key()))
            values.insert(it.key(), it.value());
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        values.insert(it.key(), it.value());
    return QJsonDocument(values).toJson(QJsonDocument::Indented);
}

Result<QMap<QString, QString>> appliedSettings(Database &db, qint64 moduleId)
{
    Result<QSqlQuery> applied = db.exec(
        QStringLiteral("SELECT name, value FROM module_settings WHERE module_id = ?"), {moduleId});
    if (!applied)
        return applied.error();
    QMap<QString, QString> values;
    while (applied->next())
        values.insert(applied->value(0).toString(), applied->value(1).toString());
    return values;
}

Result<qint64> recordStaged(Database &db, const DataFolder &dataFolder, qint64 moduleId,
                            qint64 compilationId, const QString &folder, const QString &user,
                            qint64 operationId)
{
    Result<Database::Outcome> inserted = db.execKept(
        QStringLiteral("INSERT INTO deployments (module_id, compilation_id, folder, state, "
                       "deployed_at, deployed_by, operation_id) VALUES (?, ?, ?, 'staged', ?, ?, "
                       "?)"),
        {moduleId, compilationId, QDir(dataFolder.root()).relativeFilePath(folder), storedNow(),
         user, operationId});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId.toLongLong();
}

Result<QStringList> markRunning(Database &db, const DataFolder &dataFolder, qint64 moduleId,
                                qint64 deploymentId)
{
    QStringList obsoleteFolders;
    Result<QSqlQuery> old = db.exec(
        QStringLiteral("SELECT folder FROM deployments WHERE module_id = ? AND state = 'retired' "
                       "AND id <> ?"),
        {moduleId, deploymentId});
    if (!old)
        return old.error();
    while (old->next())
        obsoleteFolders << dataFolder.root() + u'/' + old->value(0).toString();
    for (const QString &statement :
         {QStringLiteral("UPDATE deployments SET state = 'abandoned' WHERE module_id = ? AND "
                         "state = 'retired' AND id <> ?"),
          QStringLiteral("UPDATE deployments SET state = 'retired' WHERE module_id = ? AND "
                         "state = 'running' AND id <> ?"),
          QStringLiteral("UPDATE deployments SET state = 'running' WHERE module_id = ? AND "
                         "id = ?")}) {
        if (Result<Database::Outcome> done = db.execKept(statement, {moduleId, deploymentId});
            !done)
            return done.error();
    }
    return obsoleteFolders;
}

Result<void> abandon(Database &db, qint64 deploymentId)
{
    return db.write([&]() -> Result<void> {
        Result<QSqlQuery> marked
            = db.exec(QStringLiteral("UPDATE deployments SET state = 'abandoned' WHERE id = ? AND "
                                     "state = 'staged'"),
                      {deploymentId});
        return marked ? Result<void>() : Result<void>(marked.error());
    });
}

Result<void> recoverStaged(Database &db, const DataFolder &dataFolder, const Deployer &deployer)
{
    Result<QSqlQuery> staged = db.exec(QStringLiteral(
        "SELECT d.id, d.module_id, m.name, d.folder FROM deployments d JOIN modules m ON m.id = "
        "d.module_id WHERE d.state = 'staged' AND NOT EXISTS (SELECT 1 FROM operations o WHERE "
        "o.id = d.operation_id AND o.status = 'running')"));
    if (!staged)
        return staged.error();
    struct Staged
    {
        qint64 id;
        qint64 moduleId;
        QString module;
        QString folder;
    };
    QList<Staged> found;
    while (staged->next())
        found << Staged{staged->value(0).toLongLong(), staged->value(1).toLongLong(),
                        staged->value(2).toString(),
                        QDir::cleanPath(dataFolder.root() + u'/' + staged->value(3).toString())};
    for (const Staged &deployment : std::as_const(found)) {
        QStringList obsolete;
        bool abandoned = false;
        // Re-checked inside the transaction: another process may have recovered it.
        Result<void> done = db.write([&]() -> Result<void> {
            Result<QVariant> state = scalar(
                db, QStringLiteral("SELECT state FROM deployments WHERE id = ?"), {deployment.id});
            if (!state)
                return state.error();
            if (state->toString() != QLatin1String("staged"))
                return {};
            if (deployer.runningTarget(deployment.module) == deployment.folder) {
                Result<QStringList> running
                    = markRunning(db, dataFolder, deployment.moduleId, deployment.id);
                if (!running)
                    return running.error();
                obsolete = *running;
                return {};
            }
            abandoned = true;
            Result<QSqlQuery> marked
                = db.exec(QStringLiteral("UPDATE deployments SET state = 'abandoned' WHERE id = ?"),
                          {deployment.id});
            return marked ? Result<void>() : Result<void>(marked.error());
        });
        if (!done)
            return done;
        if (abandoned)
            obsolete << deployment.folder;
        for (const QString &folder : std::as_const(obsolete))
            deployer.remove(folder);
    }
    return {};
}

} // namespace osc::deploymentrecords
