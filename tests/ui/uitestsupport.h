#pragma once

// Helpers shared by the ui tests: settings kept away from the user's, real
// environments created in temporary folders, module locks held as another process
// holds them, and dialogs found and answered as an operator would.

#include "environment/datafolder.h"
#include "environment/environment.h"
#include "operations/lockmanager.h"
#include "storage/database.h"
#include "storage/timestamps.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <chrono>
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

// A module with a setting of every type, uploaded only:
//   Title (Text) "Daily report", MaxLines (Integer) 50, SendMail (Boolean) true,
//   Ratio (Decimal) 0.5
inline ModuleDefinition moduleWithSettings(const QString &name)
{
    ModuleDefinition module = uploadedOnlyModule(name, QStringLiteral("Reporting"));
    module.settings
        = {{QStringLiteral("Title"), QStringLiteral("Text"), QStringLiteral("Daily report")},
           {QStringLiteral("MaxLines"), QStringLiteral("Integer"), QStringLiteral("50")},
           {QStringLiteral("SendMail"), QStringLiteral("Boolean"), QStringLiteral("true")},
           {QStringLiteral("Ratio"), QStringLiteral("Decimal"), QStringLiteral("0.5")}};
    return module;
}

// Module locks held through a second connection to the environment's database, as
// another process (another console, an scctl) holds them. Its lease is never renewed
// unless renew() is called.
class OtherHolder
{
public:
    OtherHolder(const QString &dataDir, std::chrono::milliseconds lease)
    {
        auto opened = Database::openSqlite(DataFolder(dataDir).databaseFile(),
                                           Database::OpenMode::OpenExisting);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().fullText()));
        m_db = std::move(opened.value());
        m_locks = std::make_unique<LockManager>(*m_db, lease);
    }

    // Holds `modules` for an operation of `kind` started by `user`; false if refused.
    bool hold(OperationKind kind, const QString &user, const QStringList &modules)
    {
        Result<AcquireOutcome> outcome = m_locks->tryAcquire(LockRequest{kind, user, modules});
        if (!outcome || !outcome->ticket)
            return false;
        m_ticket = *outcome->ticket;
        return true;
    }
    const OperationTicket &ticket() const { return m_ticket; }
    bool renew() { return m_locks->renew(m_ticket).ok(); }
    void release()
    {
        if (m_ticket.operationId != 0)
            (void)m_locks->finish(m_ticket, OperationStatus::Succeeded, QStringLiteral("released"));
        m_ticket = {};
    }

    // When the latest refused operation was started (the time in its LOCKED message).
    QDateTime lastRefusalTime()
    {
        const Result<QVariant> value
            = scalar(*m_db,
                     QStringLiteral("SELECT started_at FROM operations WHERE status = 'refused' "
                                    "ORDER BY id DESC LIMIT 1"));
        return value ? fromStoredTime(value->toString()) : QDateTime();
    }

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LockManager> m_locks;
    OperationTicket m_ticket;
};

// The visible top-level widget (a dialog, a menu) with this object name, or null.
template<typename T = QWidget> T *visibleTopLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->objectName() == objectName)
            return qobject_cast<T *>(widget);
    }
    return nullptr;
}

// Clicks the button named `buttonName` in `window`, as the operator does; false if
// there is no such enabled button.
inline bool clickButton(QWidget *window, const QString &buttonName)
{
    if (!window)
        return false;
    auto *button = window->findChild<QAbstractButton *>(buttonName);
    if (!button || !button->isEnabled() || !button->isVisible())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace osc::testing
