#include "moduleoperations.h"

#include "common/environmenttask.h"
#include "common/formatting.h"
#include "common/lockrefusaldialog.h"
#include "common/lockwaitdialog.h"
#include "domain/messages.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace osc {

namespace {

OperationKind coreKind(ModuleOperationRequest::Kind kind)
{
    switch (kind) {
    case ModuleOperationRequest::Kind::Publish:
        return OperationKind::Publish;
    case ModuleOperationRequest::Kind::Delete:
        return OperationKind::DeleteModule;
    case ModuleOperationRequest::Kind::ApplySettings:
        return OperationKind::ConfigurationUpdate;
    }
    return OperationKind::Publish;
}

QString settingPairs(const QMap<QString, QString> &values)
{
    QStringList pairs;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        pairs << it.key() + u'=' + it.value();
    return pairs.join(QStringLiteral(", "));
}

// Hides a dialog of a flow that ended and forgets it; its signals no longer reach us.
void dismiss(QObject *receiver, QWidget *dialog)
{
    if (!dialog)
        return;
    dialog->disconnect(receiver);
    dialog->hide();
    dialog->deleteLater();
}

} // namespace

ModuleOperations::ModuleOperations(const QString &dataDir, const QString &user,
                                   QWidget *dialogParent)
    : QObject(dialogParent), m_dataDir(dataDir), m_user(user), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ModuleOperations::onWorkFinished);
}

ModuleOperations::~ModuleOperations()
{
    // A wait for a lock stops at once; work that holds its locks runs to its end,
    // as an operation must never be left half done.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    for (QWidget *dialog : {static_cast<QWidget *>(m_messageBox.data()),
                            static_cast<QWidget *>(m_refusalDialog.data()),
                            static_cast<QWidget *>(m_waitDialog.data())}) {
        if (dialog) {
            dialog->disconnect(this);
            delete dialog;
        }
    }
}

QWidget *ModuleOperations::dialogParent() const
{
    return m_dialogParent.data();
}

bool ModuleOperations::isRunning() const
{
    return m_running;
}

QWidget *ModuleOperations::openDialog() const
{
    if (m_waitDialog)
        return m_waitDialog;
    if (m_refusalDialog)
        return m_refusalDialog;
    return m_messageBox;
}

QString ModuleOperations::operationName() const
{
    return osc::operationName(coreKind(m_request.kind));
}

QString ModuleOperations::progressText() const
{
    if (!m_active)
        return {};
    if (m_waitingForLock)
        return tr("Waiting for \u2018%1\u2019\u2026").arg(m_request.module);
    switch (m_request.kind) {
    case ModuleOperationRequest::Kind::Publish:
        return m_request.version > 0 ? tr("Publishing version %1 of \u2018%2\u2019\u2026")
                                           .arg(m_request.version)
                                           .arg(m_request.module)
                                     : tr("Publishing \u2018%1\u2019\u2026").arg(m_request.module);
    case ModuleOperationRequest::Kind::Delete:
        return tr("Deleting \u2018%1\u2019\u2026").arg(m_request.module);
    case ModuleOperationRequest::Kind::ApplySettings:
        return tr("Applying settings to \u2018%1\u2019\u2026").arg(m_request.module);
    }
    return {};
}

bool ModuleOperations::begin(const ModuleOperationRequest &request)
{
    if (m_active || request.module.isEmpty())
        return false;
    m_active = true;
    m_waitingForLock = false;
    m_request = request;
    emit stateChanged();
    return true;
}

bool ModuleOperations::publish(const QString &module, int version)
{
    ModuleOperationRequest request;
    request.kind = ModuleOperationRequest::Kind::Publish;
    request.module = module;
    request.version = version;
    if (!begin(request))
        return false;
    run(std::chrono::milliseconds(0));
    return true;
}

bool ModuleOperations::applySettings(const QString &module, const QMap<QString, QString> &values)
{
    ModuleOperationRequest request;
    request.kind = ModuleOperationRequest::Kind::ApplySettings;
    request.module = module;
    request.settings = values;
    if (!begin(request))
        return false;
    run(std::chrono::milliseconds(0));
    return true;
}

bool ModuleOperations::deleteModule(const QString &module)
{
    ModuleOperationRequest request;
    request.kind = ModuleOperationRequest::Kind::Delete;
    request.module = module;
    if (!begin(request))
        return false;

    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Module"),
                                tr("Delete the module \u2018%1\u2019?").arg(module),
                                QMessageBox::NoButton, dialogParent());
    box->setObjectName(QStringLiteral("confirmDeleteDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("It stops running and its deployed files are removed. Its "
                               "history stays in the logs, and it can be imported and published "
                               "again later."));
    QPushButton *confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this, [this, box, confirm] {
        m_messageBox.clear();
        if (box->clickedButton() == confirm) {
            run(std::chrono::milliseconds(0));
            return;
        }
        ModuleOperationResult result;
        result.request = m_request;
        result.status = ModuleOperationResult::Status::Cancelled;
        end(result);
    });
    m_messageBox = box;
    box->open();
    return true;
}

void ModuleOperations::run(std::chrono::milliseconds waitLock)
{
    Q_ASSERT(m_active && !m_running);
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    OperationOptions options;
    options.user = m_user;
    options.waitLock = waitLock;
    options.cancelled = [cancel = m_cancel] {
        return cancel->load();
    };
    // Called in the worker: it formats plain values and hands the text over to this
    // object's thread. The destructor waits for the worker, so `this` outlives it.
    options.waiting = [this](const LockRefusal &refusal) {
        const ModuleLock &holder = refusal.holder;
        const QString detail
            = tr("\u2018%1\u2019 is locked by the %2 started by %3 at %4 (process %5 on %6).")
                  .arg(holder.module, osc::operationName(holder.kind), holder.user,
                       messages::formatTime(holder.startedAt))
                  .arg(holder.holderPid)
                  .arg(holder.holderHost);
        QMetaObject::invokeMethod(
            this, [this, detail] { onWaiting(detail); }, Qt::QueuedConnection);
    };

    // The locks were granted (after a wait, or at once): the wait is over.
    options.started = [this] {
        QMetaObject::invokeMethod(
            this, [this] { onStarted(); }, Qt::QueuedConnection);
    };

    const ModuleOperationRequest request = m_request;
    m_watcher.setFuture(runWithEnvironment(
        m_dataDir, [request, options](Environment &environment) -> Result<Report> {
            Report report;
            switch (request.kind) {
            case ModuleOperationRequest::Kind::Publish: {
                Result<QList<PublishOutcome>> published = environment.publish(
                    {PublishTarget{request.module, request.version}}, options);
                if (published)
                    report.published = published.value();
                else
                    report.error = published.error();
                break;
            }
            case ModuleOperationRequest::Kind::Delete: {
                Result<DeleteOutcome> deleted
                    = environment.deleteModule(request.module, request.force, options);
                if (deleted) {
                    report.deleted = deleted.value();
                    break;
                }
                report.error = deleted.error();
                // Refused because others reference it: forcing can help.
                if (!request.force && deleted.error().code == ErrorCode::Conflict) {
                    if (Result<QStringList> consumers = environment.consumersOf(request.module))
                        report.consumers = *consumers;
                }
                break;
            }
            case ModuleOperationRequest::Kind::ApplySettings: {
                Result<ApplySettingsOutcome> applied
                    = environment.applySettings(request.module, request.settings, options);
                if (applied)
                    report.applied = applied.value();
                else
                    report.error = applied.error();
                break;
            }
            }
            return report;
        }));
    emit stateChanged();
}

void ModuleOperations::onStarted()
{
    if (!m_waitingForLock)
        return;
    m_waitingForLock = false;
    dismiss(this, m_waitDialog);
    m_waitDialog.clear();
    emit stateChanged();
}

void ModuleOperations::onWaiting(const QString &detail)
{
    if (m_waitDialog)
        m_waitDialog->setDetail(detail);
}

void ModuleOperations::onWorkFinished()
{
    m_running = false;
    const Result<Report> outcome = m_watcher.result();
    Report report;
    if (outcome)
        report = outcome.value();
    else
        report.error = outcome.error();
    const bool cancelled = m_cancel && m_cancel->load();
    const bool waited = m_waitingForLock;
    m_waitingForLock = false;
    dismiss(this, m_waitDialog);
    m_waitDialog.clear();

    ModuleOperationResult result;
    result.request = m_request;
    if (!report.error) {
        result.status = ModuleOperationResult::Status::Succeeded;
        switch (m_request.kind) {
        case ModuleOperationRequest::Kind::Publish: {
            const PublishOutcome &published = report.published.constFirst();
            result.publishedVersion = published.version;
            result.summary = tr("Published version %1 of \u2018%2\u2019 in %3.")
                                 .arg(published.version)
                                 .arg(published.module, format::duration(published.durationMs));
            break;
        }
        case ModuleOperationRequest::Kind::Delete:
            result.brokenConsumers = report.deleted->brokenConsumers;
            result.summary = result.brokenConsumers.isEmpty()
                ? tr("Deleted \u2018%1\u2019.").arg(m_request.module)
                : tr("Deleted \u2018%1\u2019. %n module(s) now show as Broken: %2.", nullptr,
                     int(result.brokenConsumers.size()))
                      .arg(m_request.module, result.brokenConsumers.join(QStringLiteral(", ")));
            break;
        case ModuleOperationRequest::Kind::ApplySettings:
            result.redeployed = report.applied->redeployed;
            result.summary = result.redeployed
                ? tr("Applied %1 to \u2018%2\u2019 and redeployed it.")
                      .arg(settingPairs(report.applied->applied), m_request.module)
                : tr("Saved %1 for \u2018%2\u2019: the values apply when it is first "
                     "published.")
                      .arg(settingPairs(report.applied->applied), m_request.module);
            break;
        }
        end(result);
        return;
    }

    const Error &error = *report.error;
    if (error.code == ErrorCode::Locked) {
        if (cancelled && waited) {
            result.status = ModuleOperationResult::Status::Cancelled;
            result.summary = tr("Stopped waiting for \u2018%1\u2019; nothing was changed.")
                                 .arg(m_request.module);
            end(result);
            return;
        }
        showRefusal(error);
        emit stateChanged();
        return;
    }
    if (m_request.kind == ModuleOperationRequest::Kind::Delete && !m_request.force
        && error.code == ErrorCode::Conflict && !report.consumers.isEmpty()) {
        showDeleteRefused(error, report.consumers);
        emit stateChanged();
        return;
    }
    result.status = ModuleOperationResult::Status::Failed;
    result.error = error;
    // Core's message names the module (and the version), or is a catalogue message.
    result.summary = error.message;
    if (m_showsFailures)
        showFailure(error);
    end(result);
}

void ModuleOperations::showRefusal(const Error &error)
{
    auto *dialog = new LockRefusalDialog(error.message, error.detail, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, error](int choice) {
        m_refusalDialog.clear();
        switch (choice) {
        case LockRefusalDialog::WaitAndRun:
            waitAndRun();
            return;
        case LockRefusalDialog::TryAgain:
            run(std::chrono::milliseconds(0));
            return;
        default: {
            ModuleOperationResult result;
            result.request = m_request;
            result.status = ModuleOperationResult::Status::Refused;
            result.error = error;
            result.summary = error.message;
            end(result);
            return;
        }
        }
    });
    m_refusalDialog = dialog;
    dialog->open();
}

void ModuleOperations::waitAndRun()
{
    m_waitingForLock = true;
    auto *dialog = new LockWaitDialog(m_request.module, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDetail(tr("The %1 runs as soon as the operation that locks the module ends.")
                          .arg(operationName()));
    connect(dialog, &LockWaitDialog::cancelRequested, this, [this] {
        m_waitDialog.clear();
        if (m_cancel)
            m_cancel->store(true);
    });
    m_waitDialog = dialog;
    dialog->show();
    run(m_waitTimeout);
}

void ModuleOperations::showDeleteRefused(const Error &error, const QStringList &consumers)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Module Not Deleted"), error.message,
                                QMessageBox::NoButton, dialogParent());
    box->setObjectName(QStringLiteral("deleteRefusedDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Core's message lists the modules; this says what forcing does to them.
    box->setInformativeText(
        tr("Delete it anyway? The %n module(s) referencing it will show as Broken until they "
           "are published without their references to \u2018%1\u2019.",
           nullptr, int(consumers.size()))
            .arg(m_request.module));
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    QPushButton *force = box->addButton(tr("Delete &Anyway"), QMessageBox::DestructiveRole);
    force->setObjectName(QStringLiteral("deleteAnywayButton"));
    QPushButton *keep = box->addButton(tr("&Keep Module"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepModuleButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QDialog::finished, this, [this, box, force] {
        m_messageBox.clear();
        if (box->clickedButton() == force) {
            m_request.force = true;
            run(std::chrono::milliseconds(0));
            return;
        }
        ModuleOperationResult result;
        result.request = m_request;
        result.status = ModuleOperationResult::Status::Cancelled;
        result.summary = tr("\u2018%1\u2019 was not deleted.").arg(m_request.module);
        end(result);
    });
    m_messageBox = box;
    box->open();
}

void ModuleOperations::showFailure(const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("%1 Failed").arg(operationName()),
                                error.message, QMessageBox::NoButton, dialogParent());
    box->setObjectName(QStringLiteral("operationFailedDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    QPushButton *close = box->addButton(tr("&Close"), QMessageBox::RejectRole);
    close->setObjectName(QStringLiteral("closeFailureButton"));
    box->setEscapeButton(close);
    box->open();
}

void ModuleOperations::end(ModuleOperationResult result)
{
    m_active = false;
    m_waitingForLock = false;
    dismiss(this, m_waitDialog);
    m_waitDialog.clear();
    emit stateChanged();
    emit finished(result);
}

} // namespace osc
