#include "common/statusstyle.h"
#include "modules/modulesfiltermodel.h"
#include "modules/modulesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace osc;

using Column = ModulesModel::Column;

namespace {

ModuleSummary summary(qint64 id, const QString &name, const QString &application,
                      ModuleStatus status, int latest, int running, const QDateTime &published,
                      int producers, int consumers)
{
    ModuleSummary module;
    module.id = id;
    module.name = name;
    module.application = application;
    module.status = status;
    module.latestVersion = latest;
    module.runningVersion = running;
    module.lastPublishedAt = published;
    module.producerCount = producers;
    module.consumerCount = consumers;
    return module;
}

QDateTime at(int day)
{
    return QDateTime(QDate(2024, 5, day), QTime(9, 30), Qt::UTC);
}

QList<ModuleSummary> sampleModules()
{
    return {
        summary(1, QStringLiteral("Billing_Core"), QStringLiteral("Billing"),
                ModuleStatus::UpToDate, 3, 3, at(3), 2, 5),
        summary(2, QStringLiteral("Customer_Portal"), QStringLiteral("Customer Portal"),
                ModuleStatus::NotUpgraded, 2, 2, at(1), 4, 0),
        summary(3, QStringLiteral("audit_log"), QStringLiteral("Platform Foundation"),
                ModuleStatus::Outdated, 7, 6, at(5), 0, 12),
        summary(4, QStringLiteral("Draft_Reports"), QStringLiteral("Billing"),
                ModuleStatus::NeverPublished, 1, 0, QDateTime(), 1, 0),
        summary(5, QStringLiteral("Inventory_Sync"), QStringLiteral("Warehouse"),
                ModuleStatus::Prepared, 4, 4, at(2), 3, 1),
    };
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(ModulesModel::NameRole).toString();
    return result;
}

} // namespace

class TestModulesModel : public QObject
{
    Q_OBJECT

private slots:
    void modelAndProxyPassTheModelTester();
    void tableShape();
    void displayData();
    void customRoles();
    void sortRoleOrdersEachColumn_data();
    void sortRoleOrdersEachColumn();
    void filterByText_data();
    void filterByText();
    void filterByStatus();
    void filterByTextAndStatus();
    void refreshWithSameIdsAnnouncesOnlyChangedRows();
    void refreshWithOtherIdsResets();
};

void TestModulesModel::modelAndProxyPassTheModelTester()
{
    ModulesModel model;
    ModulesFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setModules(sampleModules());
    proxy.sort(int(Column::Status), Qt::DescendingOrder);
    proxy.setTextFilter(QStringLiteral("billing"));
    proxy.setStatusFilter(ModuleStatus::UpToDate);
    proxy.setStatusFilter(std::nullopt);
    QList<ModuleSummary> changed = sampleModules();
    changed[1].status = ModuleStatus::UpToDate;
    changed[3].runningVersion = 1;
    model.setModules(changed);
    model.setModules(sampleModules().mid(1));
    proxy.setTextFilter({});
    model.setModules({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestModulesModel::tableShape()
{
    ModulesModel model;
    model.setModules(sampleModules());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(Column::Count));
    const QModelIndex valid = model.index(0, 0);
    QCOMPARE(model.rowCount(valid), 0);
    QCOMPARE(model.columnCount(valid), 0);
    QCOMPARE(model.headerData(int(Column::Name), Qt::Horizontal).toString(),
             QStringLiteral("Module"));
    QCOMPARE(model.headerData(int(Column::LastPublished), Qt::Horizontal).toString(),
             QStringLiteral("Last published"));
}

void TestModulesModel::displayData()
{
    ModulesModel model;
    model.setModules(sampleModules());
    const auto display = [&](int row, Column column) {
        return model.index(row, int(column)).data().toString();
    };
    QCOMPARE(display(0, Column::Name), QStringLiteral("Billing_Core"));
    QCOMPARE(display(0, Column::Application), QStringLiteral("Billing"));
    QCOMPARE(display(1, Column::Status), statusDisplayName(ModuleStatus::NotUpgraded));
    QCOMPARE(display(1, Column::Status), QStringLiteral("Not upgraded"));
    QCOMPARE(display(2, Column::RunningVersion), QStringLiteral("6"));
    QCOMPARE(display(2, Column::LatestVersion), QStringLiteral("7"));
    QCOMPARE(display(3, Column::RunningVersion), QStringLiteral("\u2014"));
    QCOMPARE(display(3, Column::LastPublished), QStringLiteral("Never"));
    QCOMPARE(display(0, Column::LastPublished),
             at(3).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(display(2, Column::Producers), QStringLiteral("0"));
    QCOMPARE(display(2, Column::Consumers), QStringLiteral("12"));

    // The status carries a colour cue beside its name; numbers align right.
    const QModelIndex status = model.index(1, int(Column::Status));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(1, int(Column::Name)).data(Qt::DecorationRole).isValid());
    const auto alignment = [&](Column column) {
        return model.index(0, int(column)).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    QVERIFY(alignment(Column::Consumers) & Qt::AlignRight);
    QVERIFY(alignment(Column::Name) & Qt::AlignLeft);
    QCOMPARE(model.index(3, int(Column::RunningVersion)).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Not deployed"));
}

void TestModulesModel::customRoles()
{
    ModulesModel model;
    model.setModules(sampleModules());
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(4, column);
        QCOMPARE(index.data(ModulesModel::IdRole).toLongLong(), 5);
        QCOMPARE(index.data(ModulesModel::NameRole).toString(), QStringLiteral("Inventory_Sync"));
        QCOMPARE(index.data(ModulesModel::ApplicationRole).toString(), QStringLiteral("Warehouse"));
        QCOMPARE(index.data(ModulesModel::StatusRole).toInt(), int(ModuleStatus::Prepared));
    }
    QCOMPARE(model.rowOfId(3), 2);
    QCOMPARE(model.rowOfId(42), -1);
    QCOMPARE(model.rowOfName(QStringLiteral("Draft_Reports")), 3);
    QVERIFY(model.roleNames().value(ModulesModel::SortRole) == "sort");
}

void TestModulesModel::sortRoleOrdersEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    QTest::addColumn<bool>("distinctKeys");

    QTest::newRow("name, case-insensitive")
        << int(Column::Name)
        << QStringList{"audit_log", "Billing_Core", "Customer_Portal", "Draft_Reports",
                       "Inventory_Sync"}
        << true;
    QTest::newRow("application, then the list order")
        << int(Column::Application)
        << QStringList{"Billing_Core", "Draft_Reports", "Customer_Portal", "audit_log",
                       "Inventory_Sync"}
        << false;
    QTest::newRow("status: what needs attention first")
        << int(Column::Status)
        << QStringList{"Customer_Portal", "audit_log", "Inventory_Sync", "Draft_Reports",
                       "Billing_Core"}
        << true;
    QTest::newRow("running version numerically, not deployed first")
        << int(Column::RunningVersion)
        << QStringList{"Draft_Reports", "Customer_Portal", "Billing_Core", "Inventory_Sync",
                       "audit_log"}
        << true;
    QTest::newRow("last published: never first, then by time")
        << int(Column::LastPublished)
        << QStringList{"Draft_Reports", "Customer_Portal", "Inventory_Sync", "Billing_Core",
                       "audit_log"}
        << true;
    QTest::newRow("consumers numerically, ties in the list order")
        << int(Column::Consumers)
        << QStringList{"Customer_Portal", "Draft_Reports", "Inventory_Sync", "Billing_Core",
                       "audit_log"}
        << false;
}

void TestModulesModel::sortRoleOrdersEachColumn()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    QFETCH(bool, distinctKeys);

    ModulesModel model;
    model.setModules(sampleModules());
    ModulesFilterModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.sortRole(), int(ModulesModel::SortRole));

    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(names(proxy), ascending);

    proxy.sort(column, Qt::DescendingOrder);
    QStringList descending = names(proxy);
    // Ties keep the source order in both directions: reversing holds for distinct keys.
    if (distinctKeys) {
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(descending, ascending);
    }
    QCOMPARE(model.index(3, int(Column::LastPublished)).data(ModulesModel::SortRole).toLongLong(),
             std::numeric_limits<qint64>::min());
}

void TestModulesModel::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("matches the name") << QStringLiteral("sync") << QStringList{"Inventory_Sync"};
    QTest::newRow("matches the application")
        << QStringLiteral("billing") << QStringList{"Billing_Core", "Draft_Reports"};
    QTest::newRow("case-insensitive") << QStringLiteral("AUDIT") << QStringList{"audit_log"};
    QTest::newRow("matches inside the application name")
        << QStringLiteral("foundation") << QStringList{"audit_log"};
    QTest::newRow("surrounding spaces ignored")
        << QStringLiteral("  portal ") << QStringList{"Customer_Portal"};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
    QTest::newRow("empty shows all") << QString()
                                     << QStringList{"Billing_Core", "Customer_Portal", "audit_log",
                                                    "Draft_Reports", "Inventory_Sync"};
}

void TestModulesModel::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    ModulesModel model;
    model.setModules(sampleModules());
    ModulesFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setTextFilter(text);
    QCOMPARE(names(proxy), expected);
    QCOMPARE(proxy.isFiltering(), !text.trimmed().isEmpty());
}

void TestModulesModel::filterByStatus()
{
    ModulesModel model;
    model.setModules(sampleModules());
    ModulesFilterModel proxy;
    proxy.setSourceModel(&model);

    proxy.setStatusFilter(ModuleStatus::NotUpgraded);
    QCOMPARE(names(proxy), QStringList{"Customer_Portal"});
    proxy.setStatusFilter(ModuleStatus::NeverPublished);
    QCOMPARE(names(proxy), QStringList{"Draft_Reports"});
    QVERIFY(proxy.isFiltering());
    proxy.setStatusFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(!proxy.isFiltering());
}

void TestModulesModel::filterByTextAndStatus()
{
    ModulesModel model;
    model.setModules(sampleModules());
    ModulesFilterModel proxy;
    proxy.setSourceModel(&model);

    proxy.setTextFilter(QStringLiteral("billing"));
    proxy.setStatusFilter(ModuleStatus::UpToDate);
    QCOMPARE(names(proxy), QStringList{"Billing_Core"});

    // A status change arriving with a refresh re-filters the row.
    QList<ModuleSummary> changed = sampleModules();
    changed[3].status = ModuleStatus::UpToDate;
    model.setModules(changed);
    QCOMPARE(names(proxy), (QStringList{"Billing_Core", "Draft_Reports"}));
}

void TestModulesModel::refreshWithSameIdsAnnouncesOnlyChangedRows()
{
    ModulesModel model;
    model.setModules(sampleModules());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QList<ModuleSummary> modules = sampleModules();
    modules[1].runningVersion = 3;
    modules[2].status = ModuleStatus::UpToDate;
    modules[4].consumerCount = 2;
    model.setModules(modules);

    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 2);
    const int last = int(Column::Count) - 1;
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, last));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(4, 0));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), model.index(4, last));
    QCOMPARE(model.index(1, int(Column::RunningVersion)).data().toString(), QStringLiteral("3"));

    model.setModules(modules);
    QCOMPARE(changed.size(), 2); // nothing changed, nothing announced
}

void TestModulesModel::refreshWithOtherIdsResets()
{
    ModulesModel model;
    model.setModules(sampleModules());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<ModuleSummary> modules = sampleModules();
    modules.removeAt(2);
    model.setModules(modules);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfId(3), -1);
}

QTEST_MAIN(TestModulesModel)
#include "tst_modulesmodel.moc"
