// LogWindowModel over a LogTableModel on a real SQLite database, with a window of 50
// rows over logs of a few thousand entries, under QAbstractItemModelTester (Fatal):
// the window's rows against direct SQL after each move, persistent indexes (a view's
// selection) across moves, live entries at the top with the window at 0 and elsewhere,
// rows appended while a text filter is counted, resets, filters and the sort flip.
#include "logs/logstore.h"
#include "logs/logwriter.h"
#include "logtestsupport.h"
#include "monitoring/logtablemodel.h"
#include "monitoring/logwindowmodel.h"
#include "storage/database.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;

namespace {

const QDateTime base = testing::logBase;
constexpr int windowRows = 50;

// `count` Error Log rows by SQL (logtestsupport.h).
Result<void> fill(Database &db, int count)
{
    return testing::fillErrorLog(db, count);
}

QList<qint64> sqlIds(Database &db, const QString &where = {})
{
    QList<qint64> ids;
    Result<QSqlQuery> rows
        = db.exec(QStringLiteral("SELECT id FROM error_log%1 ORDER BY id DESC")
                      .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    if (!rows)
        return {qint64(-1)};
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

bool waitLaidOut(LogTableModel &model)
{
    QSignalSpy updated(&model, &LogTableModel::layoutUpdated);
    while (!model.hasLayout() || model.isCounting()) {
        if (!updated.wait(10000))
            return false;
    }
    return model.errorText().isEmpty();
}

qint64 idOf(const QModelIndex &index, LogTableModel &source)
{
    if (!index.data(LogTableModel::LoadedRole).toBool()) {
        QSignalSpy loaded(&source, &LogTableModel::chunkLoaded);
        while (!index.data(LogTableModel::LoadedRole).toBool()) {
            if (!loaded.wait(5000))
                return -1;
        }
    }
    return index.data(LogTableModel::IdRole).toLongLong();
}

// Every row's id in the window, waiting for the chunks the source reads.
QList<qint64> windowIds(LogWindowModel &window, LogTableModel &source)
{
    QList<qint64> ids;
    for (int row = 0; row < window.rowCount(); ++row)
        ids << idOf(window.index(row, 0), source);
    return ids;
}

void appendEntries(Database &db, int count)
{
    std::unique_ptr<LogWriter> writer = LogWriter::open(db.filePath()).value();
    for (int i = 0; i < count; ++i) {
        ErrorLogEntry entry;
        entry.module = QStringLiteral("Arrived");
        entry.message = QStringLiteral("arrival %1").arg(i);
        writer->append(entry);
    }
    QVERIFY(writer->flush().ok());
}

} // namespace

class TestLogWindowModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void windowShowsTheRowsFromItsStart();
    void movingTheWindowKeepsIndexesInsideIt();
    void arrivalsAtTheTopEnterTheWindowAtZero();
    void arrivalsAboveAMovedWindowShiftItsStart();
    void moreArrivalsThanTheWindowHolds();
    void rowsCountedLaterAppearInTheWindow();
    void resetsAndFiltersPutTheWindowAtTheTop();
    void sortFlipKeepsTheWindowAndMovesTheSelection();
    void forwardsDataChangedInsideTheWindowOnly();

private:
    void openModels(int entries);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LogTableModel> m_source;
    std::unique_ptr<LogWindowModel> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLogWindowModel::init()
{
    testing::isolateSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = testing::createLogDatabase(m_dir->path());
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
    m_db = std::move(db).value();
}

void TestLogWindowModel::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_source.reset();
    m_db.reset();
    m_dir.reset();
}

void TestLogWindowModel::openModels(int entries)
{
    QVERIFY(fill(*m_db, entries).ok());
    m_source = std::make_unique<LogTableModel>(LogKind::Errors, m_dir->path());
    m_source->setPollInterval(0);
    m_window = std::make_unique<LogWindowModel>();
    m_window->setWindowRows(windowRows);
    m_window->setSourceModel(m_source.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_source->setQuery(LogQuery{});
    QVERIFY(waitLaidOut(*m_source));
}

void TestLogWindowModel::windowShowsTheRowsFromItsStart()
{
    openModels(3000);
    const QList<qint64> all = sqlIds(*m_db);
    QCOMPARE(m_window->windowStart(), 0);
    QCOMPARE(m_window->rowCount(), windowRows);
    QCOMPARE(m_window->columnCount(), m_source->columnCount());
    QCOMPARE(windowIds(*m_window, *m_source), all.mid(0, windowRows));

    m_window->setWindowStart(1234);
    QCOMPARE(m_window->windowStart(), 1234);
    QCOMPARE(m_window->rowCount(), windowRows);
    QCOMPARE(windowIds(*m_window, *m_source), all.mid(1234, windowRows));
    QCOMPARE(m_window->mapToSource(m_window->index(7, 2)), m_source->index(1241, 2));
    QCOMPARE(m_window->mapFromSource(m_source->index(1241, 2)), m_window->index(7, 2));
    QVERIFY(!m_window->mapFromSource(m_source->index(1233, 0)).isValid());
    QVERIFY(!m_window->mapFromSource(m_source->index(1234 + windowRows, 0)).isValid());
    QCOMPARE(m_window->headerData(3, Qt::Vertical), m_source->headerData(1237, Qt::Vertical));
    QCOMPARE(m_window->headerData(1, Qt::Horizontal), m_source->headerData(1, Qt::Horizontal));

    // Past either end: clamped, the window stays full.
    m_window->setWindowStart(1000000);
    QCOMPARE(m_window->windowStart(), 3000 - windowRows);
    QCOMPARE(windowIds(*m_window, *m_source), all.mid(3000 - windowRows));
    m_window->setWindowStart(-10);
    QCOMPARE(m_window->windowStart(), 0);
    QCOMPARE(windowIds(*m_window, *m_source), all.mid(0, windowRows));
}

void TestLogWindowModel::movingTheWindowKeepsIndexesInsideIt()
{
    openModels(3000);
    QTableView view;
    view.setModel(m_window.get());
    const QModelIndex selected = m_window->index(30, 0);
    const qint64 id = idOf(selected, *m_source);
    view.selectionModel()->setCurrentIndex(
        selected, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy layoutChanged(m_window.get(), &QAbstractItemModel::layoutChanged);

    m_window->setWindowStart(20);
    QCOMPARE(layoutChanged.size(), 1);
    QCOMPARE(view.currentIndex().row(), 10);
    QCOMPARE(idOf(view.currentIndex(), *m_source), id);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view.selectionModel()->selectedRows().constFirst().row(), 10);

    // Out of the window: no current index, no selection.
    m_window->setWindowStart(500);
    QVERIFY(!view.currentIndex().isValid());
    QVERIFY(view.selectionModel()->selectedRows().isEmpty());
    QVERIFY(view.verticalHeader()->count() <= windowRows);

    // The same start again is no change.
    m_window->setWindowStart(500);
    QCOMPARE(layoutChanged.size(), 2);
}

void TestLogWindowModel::arrivalsAtTheTopEnterTheWindowAtZero()
{
    openModels(3000);
    QTableView view;
    view.setModel(m_window.get());
    const QPersistentModelIndex near = m_window->index(5, 0);
    const QPersistentModelIndex last = m_window->index(windowRows - 1, 0);
    const qint64 nearId = idOf(near, *m_source);
    QSignalSpy inserted(m_window.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_window.get(), &QAbstractItemModel::rowsRemoved);

    appendEntries(*m_db, 30);
    m_source->pollNow();
    QVERIFY(inserted.wait(5000));
    QCOMPARE(m_window->windowStart(), 0);
    QCOMPARE(m_window->rowCount(), windowRows);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 29);
    // As many rows left at the bottom, first.
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().at(1).toInt(), windowRows - 30);
    QCOMPARE(removed.constFirst().at(2).toInt(), windowRows - 1);
    QCOMPARE(near.row(), 35);
    QCOMPARE(idOf(near, *m_source), nearId);
    QVERIFY(!last.isValid());
    QCOMPARE(windowIds(*m_window, *m_source), sqlIds(*m_db).mid(0, windowRows));
    QCOMPARE(view.verticalHeader()->count(), windowRows);
}

void TestLogWindowModel::arrivalsAboveAMovedWindowShiftItsStart()
{
    openModels(3000);
    m_window->setWindowStart(1000);
    const QList<qint64> shown = windowIds(*m_window, *m_source);
    QSignalSpy inserted(m_window.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_window.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy sourceInserted(m_source.get(), &QAbstractItemModel::rowsInserted);

    appendEntries(*m_db, 30);
    m_source->pollNow();
    QVERIFY(sourceInserted.wait(5000));
    QCOMPARE(m_window->windowStart(), 1030);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(windowIds(*m_window, *m_source), shown);
    QCOMPARE(windowIds(*m_window, *m_source), sqlIds(*m_db).mid(1030, windowRows));
}

void TestLogWindowModel::moreArrivalsThanTheWindowHolds()
{
    openModels(1000);
    QTableView view;
    view.setModel(m_window.get());
    QSignalSpy inserted(m_window.get(), &QAbstractItemModel::rowsInserted);
    appendEntries(*m_db, windowRows + 25);
    m_source->pollNow();
    QVERIFY(inserted.wait(5000));
    QCOMPARE(inserted.constFirst().at(2).toInt(), windowRows - 1);
    QCOMPARE(m_window->rowCount(), windowRows);
    QCOMPARE(windowIds(*m_window, *m_source), sqlIds(*m_db).mid(0, windowRows));
    QCOMPARE(view.verticalHeader()->count(), windowRows);
}

void TestLogWindowModel::rowsCountedLaterAppearInTheWindow()
{
    // A text filter is laid out in slices: rows arrive at the oldest end, and the
    // window (a little larger than the first slice here) takes what it has room for.
    QVERIFY(fill(*m_db, 4000).ok());
    LogStore store(*m_db);
    while (store.indexText(100000).value() > 0) { }
    m_source = std::make_unique<LogTableModel>(LogKind::Errors, m_dir->path());
    m_source->setPollInterval(0);
    m_window = std::make_unique<LogWindowModel>();
    m_window->setWindowRows(LogReader::firstSliceIds + 200);
    m_window->setSourceModel(m_source.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(m_window.get(), &QAbstractItemModel::rowsInserted);
    LogQuery query;
    query.text = QStringLiteral("compilation"); // 3 entries in 5
    m_source->setQuery(query);
    QVERIFY(waitLaidOut(*m_source));
    QCOMPARE(m_source->totalCount(), 2400);
    QVERIFY2(inserted.size() >= 2, "the first slice, then the rest");
    QCOMPARE(m_window->rowCount(), LogReader::firstSliceIds + 200);
    const QList<qint64> expected
        = sqlIds(*m_db,
                 QStringLiteral("id IN (SELECT rowid FROM error_log_text WHERE error_log_text"
                                " MATCH '\"compilation\"')"));
    QCOMPARE(idOf(m_window->index(m_window->rowCount() - 1, 0), *m_source),
             expected.at(m_window->rowCount() - 1));
}

void TestLogWindowModel::resetsAndFiltersPutTheWindowAtTheTop()
{
    openModels(3000);
    m_window->setWindowStart(700);
    QSignalSpy reset(m_window.get(), &QAbstractItemModel::modelReset);
    LogQuery query;
    query.module = QStringLiteral("Module_3");
    m_source->setQuery(query);
    QVERIFY(waitLaidOut(*m_source));
    QVERIFY(reset.size() >= 1);
    QCOMPARE(m_window->windowStart(), 0);
    const QList<qint64> module = sqlIds(*m_db, QStringLiteral("module = 'Module_3'"));
    QCOMPARE(m_window->rowCount(), windowRows);
    QCOMPARE(windowIds(*m_window, *m_source), module.mid(0, windowRows));

    m_window->setWindowStart(int(module.size()));
    QCOMPARE(m_window->windowStart(), int(module.size()) - windowRows);
    m_source->reload();
    QVERIFY(waitLaidOut(*m_source));
    QCOMPARE(m_window->windowStart(), 0);
    QCOMPARE(windowIds(*m_window, *m_source), module.mid(0, windowRows));

    // A filter matching fewer rows than the window holds: the window holds them all.
    query.module = QStringLiteral("Nope");
    m_source->setQuery(query);
    QVERIFY(waitLaidOut(*m_source));
    QCOMPARE(m_window->rowCount(), 0);
    m_source->setQuery(LogQuery{});
    QVERIFY(waitLaidOut(*m_source));
    QCOMPARE(m_window->rowCount(), windowRows);
}

void TestLogWindowModel::sortFlipKeepsTheWindowAndMovesTheSelection()
{
    openModels(3000);
    QTableView view;
    view.setModel(m_window.get());
    m_window->setWindowStart(100);
    const QPersistentModelIndex inside = m_window->index(10, 0); // source row 110
    const qint64 insideId = idOf(inside, *m_source);
    m_window->sort(m_source->columnOf(LogTableModel::Column::Id), Qt::AscendingOrder);
    QCOMPARE(m_source->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(m_window->windowStart(), 100);
    QList<qint64> ascending = sqlIds(*m_db);
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(windowIds(*m_window, *m_source), ascending.mid(100, windowRows));
    // Its entry is now source row 2889: outside the window.
    QVERIFY(!inside.isValid());
    QCOMPARE(insideId, 3000 - 110);

    // An entry that stays inside after the flip follows its row.
    m_window->setWindowStart(3000 / 2 - windowRows / 2); // rows 1475..1524
    const QPersistentModelIndex middle = m_window->index(20, 0); // source row 1495
    const qint64 middleId = idOf(middle, *m_source);
    m_window->sort(m_source->columnOf(LogTableModel::Column::Id), Qt::DescendingOrder);
    QVERIFY(middle.isValid());
    QCOMPARE(middle.row(), (3000 - 1 - 1495) - m_window->windowStart());
    QCOMPARE(idOf(middle, *m_source), middleId);
}

void TestLogWindowModel::forwardsDataChangedInsideTheWindowOnly()
{
    openModels(3000);
    m_window->setWindowStart(400);
    QSignalSpy changed(m_window.get(), &QAbstractItemModel::dataChanged);
    // Rows 400..449 are in chunks not read yet: reading them announces them.
    QVERIFY(idOf(m_window->index(0, 0), *m_source) > 0);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.model(), m_window.get());
        QVERIFY(topLeft.row() >= 0 && bottomRight.row() < windowRows);
    }
    // A chunk read outside the window is not announced here.
    changed.clear();
    QSignalSpy loaded(m_source.get(), &LogTableModel::chunkLoaded);
    m_source->index(2500, 0).data();
    QVERIFY(loaded.wait(5000));
    QVERIFY(changed.isEmpty());
}

QTEST_MAIN(TestLogWindowModel)
#include "tst_logwindowmodel.moc"
