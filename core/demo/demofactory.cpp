#include "demofactory.h"

#include "demorandom.h"
#include "demovocabulary.h"

#include <QSet>

#include <algorithm>

namespace osc {

namespace {

using demo::DemoRandom;

enum class Role { Library, Integration, CoreService, EndUser };
enum class LegacyUse { None, SoapCall, Md5, WebScreenRender, ExcelImport };

// Where a module sits in the factory, decided before any module is built.
struct PlannedModule
{
    Role role = Role::Library;
    LegacyUse legacy = LegacyUse::None;
    int application = -1; // core services and UIs
    int domain = -1; // index into demo::domains(), -1 for enterprise-wide modules
    int foundation = -1; // index into demo::foundationLibraries()
    bool firstOfApplication = false;
    QString name;
    QString applicationName;
    QString description;
};

struct Application
{
    QString id;
    QString display;
    int domain = 0;
    QList<int> services; // module indices, in order
    QList<int> userInterfaces;
};

// What consumers may reference of an already generated producer.
struct PublicElement
{
    QString name;
    ElementKind kind = ElementKind::Action;
    QString signature;
};

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// "Billing", then "Billing_Retail", …, "Billing_Retail_EU", …, "Billing_Retail_EU_2".
// Successive rounds over the domains get a business unit, then a region, then a number,
// so names stay unique and readable whatever the factory's size.
QStringList qualifiedParts(int round)
{
    QStringList parts;
    if (round == 0)
        return parts;
    const auto qualifierTable = demo::qualifiers();
    const auto regionTable = demo::regions();
    const int q = int(qualifierTable.size());
    const int r = int(regionTable.size());
    const int index = round - 1;
    parts << text(qualifierTable[index % q]);
    const int regionRound = index / q;
    if (regionRound > 0) {
        parts << text(regionTable[(regionRound - 1) % r]);
        const int number = (regionRound - 1) / r;
        if (number > 0)
            parts << QString::number(number + 1);
    }
    return parts;
}

class Generator
{
public:
    Generator(int count, quint64 seed) : m_random(seed), m_count(count)
    {
        // QString copies share their data: converting the tables once saves most of
        // the allocations of a 20,000-module factory.
        for (const demo::Word &attribute : demo::attributes()) {
            m_attributeNames << text(attribute.name);
            m_attributeTypes << text(attribute.type);
        }
        for (const demo::Word &api : demo::currentApis())
            m_apis << ApiCall{text(api.name), text(api.type)};
        for (const char *variant : demo::entityVariants())
            m_entityVariants << text(variant);
        for (const char *suffix : demo::structureSuffixes())
            m_structureSuffixes << text(suffix);
        const std::span<const char *const> verbTables[]
            = {demo::libraryVerbs(), demo::integrationVerbs(), demo::serviceVerbs(),
               demo::screenVerbs()};
        for (int role = 0; role < 4; ++role) {
            for (const char *verb : verbTables[role])
                m_verbs[role] << text(verb);
        }
    }

    QList<ModuleDefinition> run()
    {
        plan();
        QList<ModuleDefinition> modules;
        modules.reserve(m_plan.size());
        m_public.resize(m_plan.size());
        m_dependsOnLegacy.resize(m_plan.size());
        for (int index = 0; index < m_plan.size(); ++index) {
            modules.append(build(index));
            if (m_plan.at(index).role == Role::CoreService)
                finishService(index);
        }
        return modules;
    }

private:
    // --- planning ---------------------------------------------------------------

    void plan()
    {
        const int count = std::max(0, m_count);
        const int libraries
            = count < 8 ? std::min(count, std::max(1, (count + 1) / 3)) : 4 + count / 40;
        const int integrations = count < 12 ? 0 : std::max(2, count / 18);
        const int legacyPerGroup = std::max(2, (count * 3 + 200) / 400); // about 0.75% each

        const auto domainTable = demo::domains();
        m_domainOrder = m_random.sample(int(domainTable.size()), int(domainTable.size()));
        m_domainLibrary = QList<int>(domainTable.size(), -1);

        for (int i = 0; i < libraries; ++i)
            planLibrary(i);
        planIntegrations(integrations, std::min(integrations, (legacyPerGroup + 1) / 2));
        planApplications(count - libraries - integrations);
        planLegacyServicesAndScreens(legacyPerGroup);
        Q_ASSERT(m_plan.size() == count);

        // Popularity of libraries (Zipf over their position): the first few are used
        // everywhere, the tail by a handful of modules each.
        m_libraryWeights.reserve(m_libraries.size() + 1);
        m_libraryWeights.append(0);
        for (int i = 0; i < m_libraries.size(); ++i)
            m_libraryWeights.append(m_libraryWeights.last() + 6000 / (i + 2));
        m_integrationWeights.reserve(m_integrations.size() + 1);
        m_integrationWeights.append(0);
        for (int i = 0; i < m_integrations.size(); ++i) {
            const int weight = 6000 / (i % 40 + 3);
            const bool legacy = m_plan.at(m_integrations.at(i)).legacy != LegacyUse::None;
            m_integrationWeights.append(m_integrationWeights.last()
                                        + (legacy ? weight / 4 : weight));
        }
    }

    QString domainName(int domain) const { return text(demo::domains()[domain].name); }
    QString domainDisplay(int domain) const { return text(demo::domains()[domain].display); }

    int addPlanned(PlannedModule module)
    {
        if (m_names.contains(module.name)) {
            // The naming scheme keeps names apart; this only guards its invariant.
            int suffix = 2;
            while (m_names.contains(module.name + u'_' + QString::number(suffix)))
                ++suffix;
            module.name += u'_' + QString::number(suffix);
        }
        m_names.insert(module.name);
        m_plan.append(std::move(module));
        return int(m_plan.size() - 1);
    }

    void planLibrary(int position)
    {
        const auto foundation = demo::foundationLibraries();
        PlannedModule module;
        module.role = Role::Library;
        module.applicationName = QStringLiteral("Foundation");
        if (position < int(foundation.size())) {
            module.foundation = position;
            module.name = text(foundation[position].name);
            module.description = text(foundation[position].description);
        } else {
            const int k = position - int(foundation.size());
            const int domainCount = int(m_domainOrder.size());
            module.domain = m_domainOrder.at(k % domainCount);
            const int round = k / domainCount;
            QStringList parts{domainName(module.domain)};
            parts << qualifiedParts(round) << QStringLiteral("Lib");
            module.name = parts.join(u'_');
            QStringList display = parts.mid(0, parts.size() - 1);
            display.first() = domainDisplay(module.domain);
            module.description = QStringLiteral("Shared %1 building blocks: reference data, "
                                                "validations and formats.")
                                     .arg(display.join(u' '));
            if (round == 0)
                m_domainLibrary[module.domain] = int(m_plan.size());
        }
        m_libraries.append(addPlanned(std::move(module)));
    }

    void planIntegrations(int count, int soapCount)
    {
        QList<bool> legacy(count, false);
        for (int position : m_random.sample(count, soapCount))
            legacy[position] = true;
        int modern = 0;
        int old = 0;
        const int domainCount = int(m_domainOrder.size());
        for (int i = 0; i < count; ++i) {
            const auto systems = legacy.at(i) ? demo::legacySystems() : demo::modernSystems();
            int &counter = legacy.at(i) ? old : modern;
            const int systemCount = int(systems.size());
            const demo::ExternalSystem &system = systems[counter % systemCount];
            const int round = counter / systemCount;
            ++counter;

            PlannedModule module;
            module.role = Role::Integration;
            module.legacy = legacy.at(i) ? LegacyUse::SoapCall : LegacyUse::None;
            module.applicationName = QStringLiteral("Integrations");
            QStringList parts{text(system.name)};
            QString scope;
            if (round > 0) {
                module.domain = m_domainOrder.at((round - 1) % domainCount);
                parts << domainName(module.domain);
                scope = QStringLiteral(" for ") + domainDisplay(module.domain);
                if (round - 1 >= domainCount)
                    parts << QString::number((round - 1) / domainCount + 1);
            }
            parts << QStringLiteral("IS");
            module.name = parts.join(u'_');
            module.description = legacy.at(i)
                ? QStringLiteral("Connector to %1%2 through its SOAP services.")
                      .arg(text(system.display), scope)
                : QStringLiteral("Connector to %1%2: REST calls and data mapping.")
                      .arg(text(system.display), scope);
            m_integrations.append(addPlanned(std::move(module)));
        }
        m_pendingLegacyIntegrations.reserve(soapCount);
        for (int module : std::as_const(m_integrations)) {
            if (m_plan.at(module).legacy == LegacyUse::SoapCall)
                m_pendingLegacyIntegrations.append(module);
        }
    }

    void planApplications(int budget)
    {
        const int domainCount = int(m_domainOrder.size());
        const auto areaTable = demo::serviceAreas();
        const auto uiTable = demo::userInterfaceKinds();
        while (budget > 0) {
            const int index = int(m_applications.size());
            Application application;
            application.domain = m_domainOrder.at(index % domainCount);
            QStringList parts{domainName(application.domain)};
            parts << qualifiedParts(index / domainCount);
            application.id = parts.join(u'_');
            parts.first() = domainDisplay(application.domain);
            application.display = parts.join(u' ');

            // 1-5 core services (mostly 2-3) and 1-3 UIs (mostly 1-2).
            static constexpr int serviceWeights[] = {25, 30, 25, 12, 8};
            int services = 1;
            for (int roll = m_random.below(100); roll >= serviceWeights[services - 1]; ++services)
                roll -= serviceWeights[services - 1];
            int screens = 1 + (m_random.chance(450) ? 1 : 0) + (m_random.chance(150) ? 1 : 0);
            if (budget <= services) {
                services = budget;
                screens = 0;
            } else {
                screens = std::min(screens, budget - services);
            }
            budget -= services + screens;

            const QList<int> areas = m_random.sample(int(areaTable.size()), services);
            for (int s = 0; s < services; ++s) {
                PlannedModule module;
                module.role = Role::CoreService;
                module.application = index;
                module.domain = application.domain;
                module.applicationName = application.display;
                module.firstOfApplication = s == 0;
                if (s == 0) {
                    module.name = application.id
                        + (services > 1 ? QStringLiteral("_Core") : QStringLiteral("_CS"));
                    module.description = QStringLiteral("%1 core services: entities and business "
                                                        "logic.")
                                             .arg(application.display);
                } else {
                    const QString area = text(areaTable[areas.at(s)]);
                    module.name = application.id + u'_' + area + QStringLiteral("_CS");
                    module.description
                        = QStringLiteral("%1 services of %2.").arg(area, application.display);
                }
                application.services.append(addPlanned(std::move(module)));
            }

            // The first screen is the back-office or the portal; the others vary.
            QList<int> kinds = m_random.sample(int(uiTable.size()) - 2, screens);
            for (int &kind : kinds)
                kind += 2;
            if (screens > 0)
                kinds[0] = m_random.chance(600) ? 0 : 1;
            if (screens > 1 && m_random.chance(500))
                kinds[1] = 1 - kinds[0];
            for (int kind : std::as_const(kinds)) {
                PlannedModule module;
                module.role = Role::EndUser;
                module.application = index;
                module.domain = application.domain;
                module.applicationName = application.display;
                module.name = application.id + u'_' + text(uiTable[kind].suffix);
                module.description = text(uiTable[kind].description).arg(application.display);
                application.userInterfaces.append(addPlanned(std::move(module)));
            }
            m_applications.append(std::move(application));
        }
    }

    // Older core services hash with Crypto.MD5 (gone in 11.12.0); a few screens render
    // legacy web screens and a core service imports spreadsheets with Excel.Import (gone
    // or changed in 11.19.0). Each of those services is used by its application's
    // screens, so an upgrade both fails modules and skips their consumers.
    void planLegacyServicesAndScreens(int perGroup)
    {
        QList<int> services; // core services that have consumers for sure
        QList<int> screens;
        for (const Application &application : std::as_const(m_applications)) {
            if (!application.userInterfaces.isEmpty())
                services << application.services;
            screens << application.userInterfaces;
        }
        int soap = 0;
        for (int module : std::as_const(m_integrations))
            soap += m_plan.at(module).legacy == LegacyUse::SoapCall ? 1 : 0;

        const int older = int(services.size() + 1) / 2;
        QList<int> md5 = m_random.sample(older, perGroup - soap);
        for (int position : std::as_const(md5))
            m_plan[services.at(position)].legacy = LegacyUse::Md5;
        QList<int> newer;
        for (int module : std::as_const(services)) {
            if (m_plan.at(module).legacy == LegacyUse::None)
                newer.append(module);
        }
        const int renderers = (perGroup + 1) / 2;
        for (int position : m_random.sample(int(newer.size()), perGroup - renderers))
            m_plan[newer.at(position)].legacy = LegacyUse::ExcelImport;
        for (int position : m_random.sample(int(screens.size()), renderers))
            m_plan[screens.at(position)].legacy = LegacyUse::WebScreenRender;
    }

    // --- building ---------------------------------------------------------------

    int moduleSize(const PlannedModule &module)
    {
        static constexpr int maximum = 19950; // leaves room for a legacy action
        switch (module.role) {
        case Role::Library:
            if (module.foundation == 0)
                return m_random.between(4000, 9000);
            return m_random.heavyTail(50, 8000, 430);
        case Role::Integration:
            return m_random.heavyTail(50, 4000, 400);
        case Role::CoreService:
            return m_random.heavyTail(80, maximum, 520);
        case Role::EndUser:
            return m_random.heavyTail(120, maximum, 480);
        }
        Q_UNREACHABLE();
        return 50;
    }

    QString uniqueElementName(const QString &base)
    {
        if (!m_elementNames.contains(base)) {
            m_elementNames.insert(base);
            return base;
        }
        for (int suffix = 2;; ++suffix) {
            const QString candidate = base + QString::number(suffix);
            if (!m_elementNames.contains(candidate)) {
                m_elementNames.insert(candidate);
                return candidate;
            }
        }
    }

    static void addParameter(QList<Parameter> &list, const QString &name, const QString &type)
    {
        for (const Parameter &parameter : std::as_const(list)) {
            if (parameter.name == name)
                return;
        }
        list.append(Parameter{name, type});
    }

    void addBasicParameters(QList<Parameter> &list, int count)
    {
        m_random.distinct(int(m_attributeNames.size()), count, [&](int index) {
            addParameter(list, m_attributeNames.at(index), m_attributeTypes.at(index));
        });
    }

    QList<ApiCall> apiCalls(const PlannedModule &module)
    {
        // Indices into demo::currentApis(), by what each kind of module typically calls.
        static constexpr int library[] = {2, 3, 5, 7, 6, 8, 2, 3};
        static constexpr int integration[] = {0, 1, 6, 5, 0, 1};
        static constexpr int service[] = {5, 3, 4, 10, 11, 6, 7, 5, 3};
        static constexpr int screen[] = {9, 2, 3, 5, 9};
        std::span<const int> choices;
        int perMille = 0;
        switch (module.role) {
        case Role::Library:
            choices = library;
            perMille = 350;
            break;
        case Role::Integration:
            choices = integration;
            perMille = 800;
            break;
        case Role::CoreService:
            choices = service;
            perMille = 500;
            break;
        case Role::EndUser:
            choices = screen;
            perMille = 400;
            break;
        }
        QList<ApiCall> calls;
        if (!m_random.chance(perMille))
            return calls;
        const int count = m_random.chance(250) ? 2 : 1;
        for (int i = 0; i < count; ++i) {
            ApiCall call = m_apis.at(choices[m_random.below(int(choices.size()))]);
            if (module.legacy == LegacyUse::SoapCall && i == 0)
                call = ApiCall{text(demo::legacySoapCall.name), text(demo::legacySoapCall.type)};
            if (!calls.contains(call))
                calls.append(call);
        }
        return calls;
    }

    const QStringList &nounsFor(const PlannedModule &module)
    {
        const int key = (int(module.role) * 100 + module.foundation + 1) * 1000 + module.domain + 1;
        const auto found = m_nouns.constFind(key);
        if (found != m_nouns.cend())
            return *found;
        QStringList &nouns = m_nouns[key];
        if (module.foundation >= 0) {
            for (const char *topic : demo::foundationLibraries()[module.foundation].topics)
                nouns << text(topic);
        } else if (module.role == Role::Integration) {
            for (const char *object : demo::integrationObjects())
                nouns << text(object);
        }
        if (module.domain >= 0) {
            for (const char *noun : demo::domains()[module.domain].nouns)
                nouns << text(noun);
        }
        for (const char *noun : demo::genericNouns())
            nouns << text(noun);
        return nouns;
    }

    void addElements(ModuleDefinition &definition, const PlannedModule &module)
    {
        struct Mix
        {
            int entities, structures; // per mille of elements
            int publicEntities, publicStructures, publicActions; // per mille
        };
        Mix mix{};
        switch (module.role) {
        case Role::Library:
            mix = {module.foundation == 0 ? 20 : 0, 200, 0, 700, 800};
            break;
        case Role::Integration:
            mix = {0, 300, 0, 800, 700};
            break;
        case Role::CoreService:
            mix = {250, 120, 800, 500, 500};
            break;
        case Role::EndUser:
            mix = {50, 100, 0, 0, 0};
            break;
        }

        const int size = moduleSize(module);
        const int elementCount = std::clamp(3 + size / 60 + m_random.below(3), 3, 300);
        int entities = elementCount * mix.entities / 1000;
        if (module.role == Role::CoreService)
            entities = std::max(entities, 1);
        const int structures = elementCount * mix.structures / 1000;
        const int actions = std::max(1, elementCount - entities - structures);

        const QStringList &nouns = nounsFor(module);
        const QStringList &verbs = m_verbs[int(module.role)];
        const int primaryNouns = std::min(int(nouns.size()), 4);
        QStringList localTypes;
        m_elementNames.clear();
        definition.elements.reserve(entities + structures + actions + 1);

        int structuralSize = 0;
        for (int e = 0; e < entities; ++e) {
            Element element;
            element.kind = ElementKind::Entity;
            const QString base = e < primaryNouns
                ? nouns.at(e)
                : m_random.pick(nouns) + m_random.pick(m_entityVariants);
            element.name = uniqueElementName(base);
            element.attributes.reserve(11);
            element.attributes.append(
                Parameter{QStringLiteral("Id"), QStringLiteral("LongInteger")});
            addBasicParameters(element.attributes, m_random.between(2, 9));
            if (!localTypes.isEmpty() && m_random.chance(400))
                addParameter(element.attributes, m_random.pick(localTypes) + QStringLiteral("Id"),
                             QStringLiteral("LongInteger"));
            element.isPublic = m_random.chance(mix.publicEntities);
            element.size = int(element.attributes.size());
            structuralSize += element.size;
            localTypes.append(element.name);
            definition.elements.append(std::move(element));
        }
        for (int s = 0; s < structures; ++s) {
            Element element;
            element.kind = ElementKind::Structure;
            element.name
                = uniqueElementName(m_random.pick(nouns) + m_random.pick(m_structureSuffixes));
            addBasicParameters(element.attributes, m_random.between(2, 7));
            if (!localTypes.isEmpty() && m_random.chance(350)) {
                const QString type = m_random.pick(localTypes);
                addParameter(element.attributes, type, type);
            }
            element.isPublic = m_random.chance(mix.publicStructures);
            element.size = int(element.attributes.size());
            structuralSize += element.size;
            localTypes.append(element.name);
            definition.elements.append(std::move(element));
        }

        // Actions carry the logic: the module's size is shared among them unevenly.
        const int firstAction = int(definition.elements.size());
        QList<int> weights;
        weights.reserve(actions);
        qint64 totalWeight = 0;
        for (int a = 0; a < actions; ++a) {
            Element element;
            element.kind = ElementKind::Action;
            // Core services mostly act on their own entities.
            const QString &noun = module.role == Role::CoreService && m_random.chance(600)
                ? definition.elements.at(m_random.below(entities)).name
                : m_random.pick(nouns);
            element.name = uniqueElementName(m_random.pick(verbs) + noun);
            const int inputs = m_random.below(4);
            for (int i = 0; i < inputs; ++i) {
                if (!localTypes.isEmpty() && m_random.chance(250)) {
                    const QString type = m_random.pick(localTypes);
                    addParameter(element.inputs, type, type);
                } else {
                    addBasicParameters(element.inputs, 1);
                }
            }
            const int outputs = m_random.below(3);
            for (int i = 0; i < outputs; ++i) {
                if (!localTypes.isEmpty() && m_random.chance(300)) {
                    const QString type = m_random.pick(localTypes);
                    addParameter(element.outputs, type, type);
                } else {
                    addBasicParameters(element.outputs, 1);
                }
            }
            // An action's inputs and outputs share one namespace.
            for (Parameter &output : element.outputs) {
                for (const Parameter &input : std::as_const(element.inputs)) {
                    if (input.name == output.name)
                        output.name += QStringLiteral("Result");
                }
            }
            element.calls = apiCalls(module);
            element.isPublic = m_random.chance(mix.publicActions);
            const int weight = m_random.heavyTail(1, 64, 450);
            weights.append(weight);
            totalWeight += weight;
            definition.elements.append(std::move(element));
        }
        const int logic = std::max(actions, size - structuralSize);
        int assigned = 0;
        for (int a = 0; a < actions; ++a) {
            const int share = 1 + int(qint64(logic - actions) * weights.at(a) / totalWeight);
            definition.elements[firstAction + a].size = share;
            assigned += share;
        }
        definition.elements[firstAction].size += logic - assigned;

        addLegacyElement(definition, module);

        if (module.role != Role::EndUser) {
            const bool anyPublic
                = std::any_of(definition.elements.cbegin(), definition.elements.cend(),
                              [](const Element &e) { return e.isPublic; });
            if (!anyPublic)
                definition.elements[firstAction].isPublic = true;
        }
    }

    void addLegacyElement(ModuleDefinition &definition, const PlannedModule &module)
    {
        auto action = [&](const char *name, bool isPublic, const demo::Word &api,
                          QList<Parameter> inputs, QList<Parameter> outputs) {
            Element element;
            element.kind = ElementKind::Action;
            element.name = uniqueElementName(text(name));
            element.isPublic = isPublic;
            element.inputs = std::move(inputs);
            element.outputs = std::move(outputs);
            element.calls = {ApiCall{text(api.name), text(api.type)}};
            element.size = m_random.between(8, 40);
            definition.elements.append(std::move(element));
        };
        const QString textType = QStringLiteral("Text");
        switch (module.legacy) {
        case LegacyUse::None:
            break;
        case LegacyUse::SoapCall:
            action(
                "InvokeSoapService", true, demo::legacySoapCall,
                {{QStringLiteral("Operation"), textType}, {QStringLiteral("Envelope"), textType}},
                {{QStringLiteral("Response"), textType}});
            break;
        case LegacyUse::Md5:
            action("HashLegacyPassword", false, demo::legacyMd5,
                   {{QStringLiteral("Password"), textType}}, {{QStringLiteral("Hash"), textType}});
            break;
        case LegacyUse::WebScreenRender:
            action("RenderLegacyScreen", false, demo::legacyWebScreenRender,
                   {{QStringLiteral("Screen"), textType}}, {{QStringLiteral("Html"), textType}});
            break;
        case LegacyUse::ExcelImport:
            action("ImportSpreadsheet", true, demo::legacyExcelImport,
                   {{QStringLiteral("Content"), QStringLiteral("Binary")}},
                   {{QStringLiteral("Rows"), QStringLiteral("Integer")}});
            break;
        }
    }

    void addSettings(ModuleDefinition &definition, const PlannedModule &module)
    {
        std::span<const demo::SettingTemplate> table;
        QList<int> chosen;
        switch (module.role) {
        case Role::Library:
            table = demo::librarySettings();
            chosen = m_random.sample(int(table.size()), m_random.between(1, 2));
            break;
        case Role::Integration:
            table = demo::integrationSettings();
            // Every connector has its endpoint first.
            for (int i = 0, n = m_random.between(2, int(table.size())); i < n; ++i)
                chosen.append(i);
            break;
        case Role::CoreService:
            table = demo::serviceSettings();
            chosen = m_random.sample(int(table.size()), m_random.between(1, 3));
            break;
        case Role::EndUser:
            table = demo::userInterfaceSettings();
            chosen = m_random.sample(int(table.size()), m_random.between(1, 3));
            break;
        }
        std::sort(chosen.begin(), chosen.end());
        const QString lowerName = definition.name.toLower().replace(u'_', u'-');
        for (int index : std::as_const(chosen)) {
            const demo::SettingTemplate &setting = table[index];
            QString value = text(setting.defaultValue);
            if (value.contains(QStringLiteral("%1")))
                value = value.arg(lowerName);
            definition.settings.append(Setting{text(setting.name), text(setting.type), value});
        }
    }

    // --- references -------------------------------------------------------------

    struct ProducerChoice
    {
        int module;
        int minimum;
        int maximum;
    };

    static void choose(QList<ProducerChoice> &choices, int module, int minimum, int maximum)
    {
        if (module < 0)
            return;
        for (const ProducerChoice &choice : std::as_const(choices)) {
            if (choice.module == module)
                return;
        }
        choices.append(ProducerChoice{module, minimum, maximum});
    }

    int library(int position) const
    {
        return position < m_libraries.size() ? m_libraries.at(position) : -1;
    }

    // A library among the first `limit` ones, the popular ones more often.
    int popularLibrary(int limit)
    {
        if (limit <= 0)
            return -1;
        const int total = m_libraryWeights.at(limit);
        const int roll = m_random.below(total);
        const auto it = std::upper_bound(m_libraryWeights.cbegin() + 1,
                                         m_libraryWeights.cbegin() + limit + 1, roll);
        return m_libraries.at(int(it - m_libraryWeights.cbegin()) - 1);
    }

    int popularIntegration()
    {
        if (m_integrations.isEmpty())
            return -1;
        if (!m_pendingLegacyIntegrations.isEmpty())
            return m_pendingLegacyIntegrations.takeFirst();
        const int roll = m_random.below(m_integrationWeights.last());
        const auto it = std::upper_bound(m_integrationWeights.cbegin() + 1,
                                         m_integrationWeights.cend(), roll);
        return m_integrations.at(int(it - m_integrationWeights.cbegin()) - 1);
    }

    int earlierService()
    {
        return m_earlierServices.isEmpty() ? -1 : m_random.pick(m_earlierServices);
    }

    // Foundation libraries the module uses: a few are used nearly everywhere.
    void chooseLibraries(QList<ProducerChoice> &choices, const PlannedModule &module, int limit,
                         int common, int theme, int date, int auth, int extras)
    {
        if (limit > 0 && m_random.chance(common))
            choose(choices, library(0), 1, 4);
        if (limit > 1 && m_random.chance(theme))
            choose(choices, library(1), 1, 4);
        if (limit > 2 && m_random.chance(date))
            choose(choices, library(2), 1, 3);
        if (limit > 3 && m_random.chance(auth))
            choose(choices, library(3), 1, 3);
        if (module.domain >= 0 && module.role != Role::Library
            && m_domainLibrary.at(module.domain) >= 0 && m_random.chance(600))
            choose(choices, m_domainLibrary.at(module.domain), 1, 3);
        for (int i = m_random.below(extras + 1); i > 0; --i)
            choose(choices, popularLibrary(limit), 1, 3);
    }

    void addReferences(ModuleDefinition &definition, int index)
    {
        const PlannedModule &module = m_plan.at(index);
        QList<ProducerChoice> choices;
        switch (module.role) {
        case Role::Library: {
            const int position = int(m_libraries.indexOf(index));
            chooseLibraries(choices, module, position, 800, 150, 150, 100, position > 4 ? 1 : 0);
            break;
        }
        case Role::Integration:
            chooseLibraries(choices, module, int(m_libraries.size()), 700, 0, 250, 250, 2);
            break;
        case Role::CoreService: {
            chooseLibraries(choices, module, int(m_libraries.size()), 800, 30, 400, 400, 3);
            const Application &application = m_applications.at(module.application);
            const int position = int(application.services.indexOf(index));
            // Services build on the ones before them in their application, and on
            // services of applications generated earlier: the factory's long chains.
            if (position > 0) {
                if (m_random.chance(800))
                    choose(choices, application.services.at(position - 1), 1, 4);
                if (position > 1 && m_random.chance(300))
                    choose(choices, application.services.at(m_random.below(position - 1)), 1, 3);
            }
            if (m_random.chance(module.firstOfApplication ? 650 : 250)) {
                choose(choices, earlierService(), 1, 3);
                if (m_random.chance(200))
                    choose(choices, earlierService(), 1, 2);
            }
            if (!m_pendingLegacyIntegrations.isEmpty() || m_random.chance(450)) {
                choose(choices, popularIntegration(), 1, 3);
                if (m_random.chance(150))
                    choose(choices, popularIntegration(), 1, 2);
            }
            break;
        }
        case Role::EndUser: {
            chooseLibraries(choices, module, int(m_libraries.size()), 700, 950, 300, 600, 2);
            const Application &application = m_applications.at(module.application);
            // The first screen module uses every service of its application.
            const bool first = application.userInterfaces.value(0) == index;
            bool any = false;
            for (int service : application.services) {
                if (first || m_random.chance(600)) {
                    choose(choices, service, 2, 6);
                    any = true;
                }
            }
            if (!any)
                choose(choices, application.services.first(), 2, 6);
            if (m_random.chance(300)) {
                choose(choices, earlierService(), 1, 3);
                if (m_random.chance(300))
                    choose(choices, earlierService(), 1, 2);
            }
            break;
        }
        }

        bool dependsOnLegacy = module.legacy != LegacyUse::None;
        for (const ProducerChoice &choice : std::as_const(choices)) {
            dependsOnLegacy = dependsOnLegacy || m_dependsOnLegacy.at(choice.module);
            const QList<PublicElement> &elements = m_public.at(choice.module);
            const int count = m_random.between(choice.minimum, choice.maximum);
            const QString &producer = m_plan.at(choice.module).name;
            m_random.distinct(int(elements.size()), count, [&](int position) {
                const PublicElement &element = elements.at(position);
                definition.references.append(
                    Reference{producer, element.name, element.kind, element.signature});
            });
        }
        m_dependsOnLegacy[index] = dependsOnLegacy;
    }

    ModuleDefinition build(int index)
    {
        const PlannedModule &module = m_plan.at(index);
        ModuleDefinition definition;
        definition.name = module.name;
        definition.description = module.description;
        definition.application = module.applicationName;
        addElements(definition, module);
        addReferences(definition, index);
        addSettings(definition, module);

        if (module.role != Role::EndUser) {
            QList<PublicElement> &exposed = m_public[index];
            for (const Element &element : std::as_const(definition.elements)) {
                if (element.isPublic)
                    exposed.append(PublicElement{element.name, element.kind, signatureOf(element)});
            }
        }
        return definition;
    }

    // Services become available to other applications once their own is complete,
    // which keeps every application's services after the ones they build on. Services
    // that depend on a legacy API, directly or through a producer, stay within their
    // application: an upgrade then skips a few consumers, not half the factory.
    void finishService(int index)
    {
        const Application &application = m_applications.at(m_plan.at(index).application);
        if (application.services.last() != index)
            return;
        for (int service : application.services) {
            if (!m_dependsOnLegacy.at(service))
                m_earlierServices.append(service);
        }
    }

    DemoRandom m_random;
    int m_count = 0;
    QList<PlannedModule> m_plan;
    QSet<QString> m_names;
    QList<Application> m_applications;
    QList<int> m_domainOrder;
    QList<int> m_domainLibrary; // domain -> its "<Domain>_Lib" module, or -1
    QList<int> m_libraries;
    QList<int> m_integrations;
    QList<int> m_libraryWeights; // cumulative, one more entry than m_libraries
    QList<int> m_integrationWeights; // cumulative, one more entry than m_integrations
    QList<int> m_pendingLegacyIntegrations; // SOAP connectors still without a consumer
    QList<int> m_earlierServices; // services other applications may use
    QList<bool> m_dependsOnLegacy; // calls a legacy API, or one of its producers does
    QList<QList<PublicElement>> m_public;
    QSet<QString> m_elementNames; // of the module being built
    QList<QString> m_attributeNames;
    QList<QString> m_attributeTypes;
    QList<ApiCall> m_apis; // demo::currentApis()
    QList<QString> m_entityVariants;
    QList<QString> m_structureSuffixes;
    QList<QString> m_verbs[4]; // by Role
    QHash<int, QStringList> m_nouns;
};

} // namespace

QList<ModuleDefinition> DemoFactory::generate(int moduleCount, quint64 seed)
{
    if (moduleCount <= 0)
        return {};
    return Generator(moduleCount, seed).run();
}

} // namespace osc
