#pragma once

// The test side of osc_filelocker (a real child process holding a real file lock).
// The including test defines OSC_FILELOCKER_PATH (see tests/core/CMakeLists.txt).
#include <QProcess>
#include <QSignalSpy>

namespace osc::testing {

// Another process holding a lock: osc_filelocker. Releases its lock (closes its stdin)
// and reaps it when destroyed.
class Locker
{
public:
    ~Locker()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }

    void start(const QString &mode, const QString &file)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(OSC_FILELOCKER_PATH), {mode, file});
    }
    // True once the child printed "locked"; false when it did not within `timeout`.
    bool waitUntilLocked(int timeout = 10000)
    {
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning && !m_process.waitForStarted(0))
                return false;
            if (!output.wait(timeout))
                return false;
        }
        return m_process.readLine() == "locked\n";
    }
    bool startLocked(const QString &mode, const QString &file)
    {
        start(mode, file);
        return waitUntilLocked();
    }
    // Closes the child's stdin: it releases its lock and exits.
    void release() { m_process.closeWriteChannel(); }
    bool waitForExit()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(10000);
    }
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace osc::testing
