#pragma once

// Helpers shared by the ui tests: settings kept away from the user's, and real
// environments created in temporary folders.

#include "environment/environment.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace osc::testing {

inline const QString testUser = QStringLiteral("tester");

// QSettings and QStandardPaths write under ~/.qttest, and start empty.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OpenServiceCenterTests"));
    QSettings().clear();
}

// A new environment at 11.11.0 holding the demo factory of `count` modules, published.
inline std::unique_ptr<Environment> createDemoEnvironment(const QString &dir, int count,
                                                          QString *error)
{
    auto created = Environment::create(dir, PlatformVersion{11, 11, 0});
    if (!created) {
        *error = created.error().fullText();
        return nullptr;
    }
    std::unique_ptr<Environment> environment = std::move(created.value());
    if (const Result<void> populated = environment->populateDemo(count, 1, testUser); !populated) {
        *error = populated.error().fullText();
        return nullptr;
    }
    return environment;
}

inline Element publicAction(const QString &name, QList<Parameter> inputs, QList<Parameter> outputs)
{
    Element action;
    action.kind = ElementKind::Action;
    action.name = name;
    action.isPublic = true;
    action.inputs = std::move(inputs);
    action.outputs = std::move(outputs);
    action.size = 20;
    return action;
}

inline Reference referenceTo(const ModuleDefinition &producer, const QString &element)
{
    const Element *target = producer.findElement(element);
    Q_ASSERT(target);
    return Reference{producer.name, element, target->kind, signatureOf(*target)};
}

// A small factory with known names, uploaded and published at 11.11.0:
//   Foundation_Lib <- Orders_Core <- Orders_Portal;  Foundation_Lib <- Billing_Core
inline std::unique_ptr<Environment> createSmallFactory(const QString &dir, QString *error)
{
    auto created = Environment::create(dir, PlatformVersion{11, 11, 0});
    if (!created) {
        *error = created.error().fullText();
        return nullptr;
    }
    std::unique_ptr<Environment> environment = std::move(created.value());

    ModuleDefinition foundation;
    foundation.name = QStringLiteral("Foundation_Lib");
    foundation.application = QStringLiteral("Platform Foundation");
    Element customer;
    customer.kind = ElementKind::Entity;
    customer.name = QStringLiteral("Customer");
    customer.isPublic = true;
    customer.attributes = {{QStringLiteral("Id"), QStringLiteral("Integer")},
                           {QStringLiteral("Name"), QStringLiteral("Text")}};
    foundation.elements = {customer,
                           publicAction(QStringLiteral("FormatName"),
                                        {{QStringLiteral("Name"), QStringLiteral("Text")}},
                                        {{QStringLiteral("Formatted"), QStringLiteral("Text")}})};
    foundation.settings
        = {{QStringLiteral("DefaultCountry"), QStringLiteral("Text"), QStringLiteral("PT")}};

    ModuleDefinition core;
    core.name = QStringLiteral("Orders_Core");
    core.application = QStringLiteral("Orders");
    core.elements = {publicAction(QStringLiteral("PlaceOrder"),
                                  {{QStringLiteral("CustomerId"), QStringLiteral("Integer")}},
                                  {{QStringLiteral("OrderId"), QStringLiteral("Integer")}})};
    core.references = {referenceTo(foundation, QStringLiteral("Customer")),
                       referenceTo(foundation, QStringLiteral("FormatName"))};

    ModuleDefinition portal;
    portal.name = QStringLiteral("Orders_Portal");
    portal.application = QStringLiteral("Orders");
    portal.elements = {publicAction(QStringLiteral("ShowOrders"), {}, {})};
    portal.references = {referenceTo(core, QStringLiteral("PlaceOrder"))};

    ModuleDefinition billing;
    billing.name = QStringLiteral("Billing_Core");
    billing.application = QStringLiteral("Billing");
    billing.elements = {publicAction(QStringLiteral("Invoice"),
                                     {{QStringLiteral("OrderId"), QStringLiteral("Integer")}}, {})};
    billing.references = {referenceTo(foundation, QStringLiteral("Customer"))};

    const QList<ModuleDefinition> modules{foundation, core, portal, billing};
    if (const auto imported = environment->importDefinitions(modules, testUser); !imported) {
        *error = imported.error().fullText();
        return nullptr;
    }
    for (const ModuleDefinition &module : modules) {
        if (const auto published = environment->publish(module.name, 0, testUser); !published) {
            *error = published.error().fullText();
            return nullptr;
        }
    }
    return environment;
}

// A consumer of `producer` whose reference expects a signature the producer's
// element does not have: uploading it works, publishing it fails to compile.
inline ModuleDefinition mismatchedConsumerOf(const ModuleDefinition &producer, const QString &name)
{
    ModuleDefinition consumer;
    consumer.name = name;
    consumer.application = QStringLiteral("Test Harness");
    consumer.description = QStringLiteral("References a producer element with a wrong signature");
    Element action;
    action.kind = ElementKind::Action;
    action.name = QStringLiteral("UseProducer");
    action.isPublic = true;
    consumer.elements << action;
    for (const Element &element : producer.elements) {
        if (!element.isPublic)
            continue;
        Reference reference;
        reference.module = producer.name;
        reference.element = element.name;
        reference.kind = element.kind;
        Element changed = element; // the producer's element as this consumer remembers it
        if (changed.kind == ElementKind::Action)
            changed.inputs << Parameter{QStringLiteral("RemovedLater"), QStringLiteral("Text")};
        else
            changed.attributes << Parameter{QStringLiteral("RemovedLater"), QStringLiteral("Text")};
        reference.signature = signatureOf(changed);
        consumer.references << reference;
        break;
    }
    return consumer;
}

// A module with a name as long as operators give them, uploaded only.
inline ModuleDefinition uploadedOnlyModule(const QString &name, const QString &application)
{
    ModuleDefinition module;
    module.name = name;
    module.application = application;
    Element action;
    action.kind = ElementKind::Action;
    action.name = QStringLiteral("Run");
    action.isPublic = true;
    module.elements << action;
    return module;
}

} // namespace osc::testing
