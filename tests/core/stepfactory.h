#pragma once

// Small factories for the upgrade steps' tests (tst_preparation, tst_deployment):
// modules described by a one-line spec, published on 11.11.0 with the real
// compiler, and a run's outcome as a comparable text.
#include "environment/environment.h"

#include <QDebug>

#include <algorithm>

namespace osc::testing {

inline const QString admin = QStringLiteral("admin");

// Every module has one public action "Run". A module marked '!' also calls
// Crypto.MD5, which 11.12.0 removed: it compiles on 11.11.0 and fails to prepare.
inline ModuleDefinition moduleOf(const QString &name, const QStringList &producers, bool legacy)
{
    ModuleDefinition definition;
    definition.name = name;
    definition.application = QStringLiteral("Tests");
    Element run;
    run.kind = ElementKind::Action;
    run.name = QStringLiteral("Run");
    run.isPublic = true;
    run.inputs = {{QStringLiteral("Value"), QStringLiteral("Text")}};
    run.size = 20;
    if (legacy)
        run.calls << ApiCall{QStringLiteral("Crypto.MD5"),
                             QStringLiteral("(Value: Text) -> (Hash: Text)")};
    definition.elements << run;
    definition.settings << Setting{QStringLiteral("Mode"), QStringLiteral("Text"),
                                   QStringLiteral("standard")};
    for (const QString &producer : producers)
        definition.references << Reference{producer, QStringLiteral("Run"), ElementKind::Action,
                                           signatureOf(run)};
    return definition;
}

struct Spec
{
    QString name;
    QStringList producers;
    bool legacy = false;
};

// "A; B<-A; C<-A,B; X!<-C": each module, its producers, '!' for a legacy call.
inline QList<Spec> parseSpec(const QString &text)
{
    QList<Spec> specs;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList sides = part.trimmed().split(QStringLiteral("<-"));
        Spec spec;
        spec.name = sides.first().trimmed();
        if (spec.name.endsWith(u'!')) {
            spec.legacy = true;
            spec.name.chop(1);
        }
        if (sides.size() > 1)
            for (const QString &producer : sides.at(1).split(u',', Qt::SkipEmptyParts))
                spec.producers << producer.trimmed();
        specs << spec;
    }
    return specs;
}

// Publishes the factory on 11.11.0: first each module with its references to modules
// listed before it, then (version 2) the modules that also reference later ones,
// which closes the cycles.
inline bool publishFactory(Environment &environment, const QList<Spec> &specs)
{
    QStringList seen;
    QList<ModuleDefinition> first;
    QList<ModuleDefinition> second;
    for (const Spec &spec : specs) {
        QStringList earlier;
        for (const QString &producer : spec.producers)
            if (seen.contains(producer))
                earlier << producer;
        first << moduleOf(spec.name, earlier, spec.legacy);
        if (earlier.size() != spec.producers.size())
            second << moduleOf(spec.name, spec.producers, spec.legacy);
        seen << spec.name;
    }
    for (const QList<ModuleDefinition> &round : {first, second}) {
        if (round.isEmpty())
            continue;
        if (!environment.importDefinitions(round, admin))
            return false;
        for (const ModuleDefinition &definition : round) {
            Result<PublishOutcome> published = environment.publish(definition.name, 0, admin);
            if (!published) {
                qWarning() << published.error().fullText();
                return false;
            }
        }
    }
    return true;
}

// The outcome of a run as a stable text: one line per module, sorted by name.
inline QString eventLog(const ExecutionDetail &detail)
{
    QStringList lines;
    for (const ExecutionModuleResult &module : detail.modules) {
        QString line = module.module + u' ' + moduleRunStateKey(module.state);
        if (!module.blockedBy.isEmpty())
            line += QStringLiteral(" by ") + module.blockedBy;
        lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

// The order the run recorded: a module's compilation finished after its producers'
// (cycles aside). `sequence` is not exposed, end times are: compare them.
inline bool producersFinishedFirst(const ExecutionDetail &detail, const QList<Spec> &specs,
                                   QString *why)
{
    QHash<QString, ExecutionModuleResult> byName;
    for (const ExecutionModuleResult &module : detail.modules)
        byName.insert(module.module, module);
    for (const Spec &spec : specs) {
        const ExecutionModuleResult consumer = byName.value(spec.name);
        if (consumer.state != ModuleRunState::Succeeded)
            continue;
        for (const QString &producer : spec.producers) {
            const ExecutionModuleResult before = byName.value(producer);
            if (producer == spec.name || !byName.contains(producer))
                continue;
            const bool sameCycle
                = std::any_of(detail.summary.cycles.cbegin(), detail.summary.cycles.cend(),
                              [&](const QString &cycle) {
                                  const QStringList members = cycle.split(u'+');
                                  return members.contains(producer) && members.contains(spec.name);
                              });
            if (sameCycle)
                continue;
            if (before.endedAt > consumer.startedAt) {
                *why = QStringLiteral("%1 started at %2, before its producer %3 ended at %4")
                           .arg(spec.name, consumer.startedAt.toString(Qt::ISODateWithMs), producer,
                                before.endedAt.toString(Qt::ISODateWithMs));
                return false;
            }
        }
    }
    return true;
}

inline int succeededCompilationsFor(Environment &environment, const QString &module,
                                    const PlatformVersion &platform)
{
    Result<ModuleDetail> detail = environment.module(module);
    if (!detail)
        return -1;
    int count = 0;
    for (const CompilationInfo &compilation : std::as_const(detail->compilations))
        count += compilation.succeeded && compilation.platformVersion == platform;
    return count;
}

} // namespace osc::testing
