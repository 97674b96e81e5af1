// The GUI's background work runs on backgroundPool(), never on the global pool. Qt
// 6.4's raster paint engine splits a large fill into tasks on the global pool and the
// GUI thread waits for them: with our loads on the global pool, painting a progress
// bar waited seconds for a load of 20,000 rows (bench_ui_upgrade, docs/benchmarks.md).

#include "common/backgroundpool.h"
#include "common/environmenttask.h"
#include "uitestsupport.h"

#include <QFutureSynchronizer>
#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace osc;

class TestBackgroundPool : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsRunOffTheGlobalPool();
    void paintingDoesNotWaitForLoads();

private:
    QTemporaryDir m_dir;
};

void TestBackgroundPool::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(testing::createDemoEnvironment(m_dir.path(), 10, &error), qPrintable(error));
}

void TestBackgroundPool::loadsRunOffTheGlobalPool()
{
    QFuture<Result<bool>> load = runWithEnvironment(m_dir.path(), [](Environment &) {
        return Result<bool>(QThreadPool::globalInstance()->contains(QThread::currentThread()));
    });
    const Result<bool> onGlobalPool = load.result();
    if (!onGlobalPool.ok())
        QFAIL(qPrintable(onGlobalPool.error().fullText()));
    QVERIFY(!onGlobalPool.value());
}

void TestBackgroundPool::paintingDoesNotWaitForLoads()
{
    // Every thread of the background pool busy with a load that waits for the test.
    const int threads = backgroundPool()->maxThreadCount();
    QSemaphore started;
    QSemaphore gate;
    std::atomic<int> finished = 0;
    QFutureSynchronizer<Result<bool>> loads;
    for (int i = 0; i < threads; ++i)
        loads.addFuture(runWithEnvironment(m_dir.path(), [&](Environment &) {
            started.release();
            // Bounded, so that a failure ends instead of hanging the suite.
            const bool opened = gate.tryAcquire(1, 60000);
            ++finished;
            return Result<bool>(opened);
        }));
    QVERIFY(started.tryAcquire(threads, 60000));

    // A fill tall enough for the raster engine to split it across the global pool.
    QImage image(1600, 1600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x30, 0x80, 0xc0, 0xa0));
    painter.drawEllipse(image.rect().adjusted(10, 10, -10, -10));
    painter.fillRect(image.rect(), QColor(0x80, 0x20, 0x20, 0x40));
    painter.end();

    // The paint ended while the loads still held every thread: it never waited for them.
    QCOMPARE(finished.load(), 0);
    gate.release(threads);
    loads.waitForFinished();
    for (const QFuture<Result<bool>> &load : loads.futures())
        QVERIFY(load.result().ok() && load.result().value());
    QVERIFY(image.pixelColor(800, 800).alpha() > image.pixelColor(2, 2).alpha());
    QVERIFY(image.pixelColor(2, 2).alpha() > 0);
}

QTEST_MAIN(TestBackgroundPool)
#include "tst_backgroundpool.moc"
