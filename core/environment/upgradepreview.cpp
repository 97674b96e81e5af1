#include "upgradepreview.h"

#include "engine/preparationengine.h"
#include "modules/moduleparser.h"
#include "storage/database.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace osc {

int UpgradePreview::modulesUsingRemovedApis() const
{
    QSet<QString> modules;
    for (const RemovedApiUse &use : removedApiUses)
        modules.insert(use.module);
    return int(modules.size());
}

Result<UpgradePreview> UpgradePreviewer::preview(const PlatformVersion &from,
                                                 const UpgradeRequest &request)
{
    Result<std::shared_ptr<const CompilerProfile>> target
        = PlatformUpgrader::installedTarget(m_profiles, request.to);
    if (!target)
        return target.error();
    if (Result<void> newer = PlatformUpgrader::checkNewer(from, request.to); !newer)
        return newer.error();
    const CompilerProfile &profile = **target;

    UpgradePreview preview;
    preview.plan = PlatformUpgrader::plan(from, request,
                                          profile.hasFeature(PlatformFeature::ModulesPreparation));
    preview.systemComponents = profile.systemComponentsVersion;
    const std::shared_ptr<const CompilerProfile> current = m_profiles.find(from);
    for (PlatformFeature feature : profile.features) {
        if (!current || !current->hasFeature(feature))
            preview.newFeatures << feature;
    }
    if (preview.plan.prepare) {
        Result<QList<ExecutionStore::NewModule>> modules
            = PreparationEngine::modulesToPrepare(m_db, request.to);
        if (!modules)
            return modules.error();
        preview.modulesToPrepare = int(modules->size());
    }
    if (Result<void> found = findRemovedApiUses(profile, preview); !found)
        return found.error();
    return preview;
}

// Every running version is checked, prepared by the upgrade or not: a module that is
// not prepared fails at its next publish instead.
Result<void> UpgradePreviewer::findRemovedApiUses(const CompilerProfile &target,
                                                  UpgradePreview &preview)
{
    if (target.removedApis.isEmpty())
        return {};
    // The quoted names, as a definition file spells them, to skip files naming none.
    QList<QByteArray> needles;
    for (auto it = target.removedApis.cbegin(); it != target.removedApis.cend(); ++it)
        needles << '"' + it.key().toUtf8() + '"';

    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT m.name, rv.number, rv.source_path FROM modules m"
                       " JOIN deployments d ON d.module_id = m.id AND d.state = 'running'"
                       " JOIN compilations rc ON rc.id = d.compilation_id"
                       " JOIN module_versions rv ON rv.id = rc.version_id"
                       " WHERE m.deleted_at = '' ORDER BY m.name"));
    if (!query)
        return query.error();
    while (query->next()) {
        const QString module = query->value(0).toString();
        const int version = query->value(1).toInt();
        QFile file(m_folder.root() + u'/' + query->value(2).toString());
        if (!file.open(QIODevice::ReadOnly)) {
            preview.unreadableSources << module;
            continue;
        }
        const QByteArray text = file.readAll();
        const bool namesOne
            = std::any_of(needles.cbegin(), needles.cend(),
                          [&](const QByteArray &needle) { return text.contains(needle); });
        if (!namesOne)
            continue;
        Result<ModuleDefinition> definition = ModuleParser::parse(text, file.fileName());
        if (!definition) {
            preview.unreadableSources << module;
            continue;
        }
        for (const Element &element : std::as_const(definition->elements)) {
            for (const ApiCall &call : element.calls) {
                const auto removed = target.removedApis.constFind(call.api);
                if (removed == target.removedApis.cend())
                    continue;
                preview.removedApiUses << RemovedApiUse{
                    module, version, element.name, call.api, removed->advice, removed->removedIn};
            }
        }
    }
    return {};
}

} // namespace osc
