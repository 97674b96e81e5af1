#include "moduleremover.h"

#include "operations/operation.h"
#include "storage/timestamps.h"

#include <QCoreApplication>

namespace osc {

Result<QStringList> ModuleRemover::consumersOf(const QString &module)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral(
            "SELECT DISTINCT m.name FROM version_producers p "
            "JOIN module_versions v ON v.id = p.version_id "
            "JOIN modules m ON m.id = v.module_id "
            "WHERE p.producer_name = ? AND m.name <> ? AND m.deleted_at = '' AND ("
            " v.number = (SELECT MAX(v2.number) FROM module_versions v2 WHERE v2.module_id = m.id)"
            " OR v.id IN (SELECT c.version_id FROM deployments d JOIN compilations c"
            "   ON c.id = d.compilation_id WHERE d.module_id = m.id AND d.state = 'running'))"
            " ORDER BY m.name"),
        {module, module});
    if (!query)
        return query.error();
    QStringList consumers;
    while (query->next())
        consumers << query->value(0).toString();
    return consumers;
}

Result<DeleteOutcome> ModuleRemover::remove(const QString &module, bool force, Operation &operation,
                                            const QString &user)
{
    Result<QStringList> consumers = consumersOf(module);
    if (!consumers)
        return consumers.error();
    if (!consumers->isEmpty() && !force) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "ModuleRemover",
                             "Module '%1' was not deleted: %n module(s) reference it (%2). "
                             "Deleting it would break them: publish them without their "
                             "references to '%1' first, or delete it anyway and they will show "
                             "as broken.",
                             nullptr, int(consumers->size()))
                             .arg(module, consumers->join(QStringLiteral(", "))),
                         consumers->join(u'\n'));
    }
    if (Result<void> free = m_deployer.checkRunningNotInUse(module); !free)
        return free.error();

    QStringList folders;
    Result<void> written = operation.fencedWrite({module}, [&]() -> Result<void> {
        Result<QSqlQuery> marked = m_db.exec(
            QStringLiteral("UPDATE modules SET deleted_at = ?, deleted_by = ? WHERE name = ?"),
            {storedNow(), user, module});
        if (!marked)
            return marked.error();
        Result<QSqlQuery> deployments = m_db.exec(
            QStringLiteral("SELECT d.folder FROM deployments d JOIN modules m ON m.id = "
                           "d.module_id WHERE m.name = ? AND d.state <> 'abandoned'"),
            {module});
        if (!deployments)
            return deployments.error();
        while (deployments->next())
            folders << m_folder.root() + u'/' + deployments->value(0).toString();
        Result<QSqlQuery> retired = m_db.exec(
            QStringLiteral("UPDATE deployments SET state = 'abandoned' WHERE module_id = "
                           "(SELECT id FROM modules WHERE name = ?)"),
            {module});
        if (!retired)
            return retired.error();
        return m_deployer.removeRunningLink(module);
    });
    if (!written)
        return written.error();
    for (const QString &folder : std::as_const(folders))
        m_deployer.remove(folder);
    operation.step(module,
                   QCoreApplication::translate("ModuleRemover", "Deleted '%1'; it no longer runs.")
                       .arg(module));
    return DeleteOutcome{module, force ? *consumers : QStringList()};
}

} // namespace osc
