#include "logbatch.h"

#include <QStringEncoder>
#include <QtEndian>

#include <cstring>

namespace osc {

namespace {

constexpr char formatVersion = 1;

class Packer
{
public:
    explicit Packer(size_t count)
    {
        m_bytes.reserve(qsizetype(count) * 600);
        m_bytes.append(formatVersion);
        number32(quint32(count));
    }

    void number32(quint32 value)
    {
        const qsizetype at = grow(4);
        qToLittleEndian(value, m_bytes.data() + at);
    }

    void number(qint64 value)
    {
        const qsizetype at = grow(8);
        qToLittleEndian(value, m_bytes.data() + at);
    }

    void text(const QString &value)
    {
        // UTF-8 takes at most 3 bytes a UTF-16 unit: write into that room, then
        // record the length actually used and give the rest back.
        const qsizetype at = grow(4 + value.size() * 3);
        char *start = m_bytes.data() + at + 4;
        char *end = m_encoder.appendToBuffer(start, value);
        qToLittleEndian(quint32(end - start), m_bytes.data() + at);
        m_bytes.truncate(end - m_bytes.constData());
    }

    QByteArray take() { return std::move(m_bytes); }

private:
    qsizetype grow(qsizetype size)
    {
        const qsizetype at = m_bytes.size();
        if (m_bytes.capacity() < at + size)
            m_bytes.reserve(std::max(m_bytes.capacity() * 2, at + size));
        m_bytes.resize(at + size);
        return at;
    }

    QByteArray m_bytes;
    // Stateless: a lone surrogate at the end of one text must not change the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

class Unpacker
{
public:
    explicit Unpacker(QByteArrayView bytes) : m_bytes(bytes) { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_bytes.size(); }

    char byte()
    {
        if (!has(1))
            return 0;
        return m_bytes.at(m_at++);
    }

    quint32 number32()
    {
        if (!has(4))
            return 0;
        const quint32 value = qFromLittleEndian<quint32>(m_bytes.data() + m_at);
        m_at += 4;
        return value;
    }

    qint64 number()
    {
        if (!has(8))
            return 0;
        const qint64 value = qFromLittleEndian<qint64>(m_bytes.data() + m_at);
        m_at += 8;
        return value;
    }

    QString text()
    {
        const qsizetype size = number32();
        if (!has(size))
            return {};
        const QString value = QString::fromUtf8(m_bytes.data() + m_at, size);
        m_at += size;
        return value;
    }

private:
    bool has(qsizetype size)
    {
        if (m_ok && size <= m_bytes.size() - m_at)
            return true;
        m_ok = false;
        return false;
    }

    QByteArrayView m_bytes;
    qsizetype m_at = 0;
    bool m_ok = true;
};

QDateTime instantOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The count of a batch's entries, once its version byte checked; each entry takes at
// least `minEntryBytes`, so a damaged count cannot make the reader reserve gigabytes.
std::optional<quint32> readHeader(Unpacker &in, QByteArrayView packed, qsizetype minEntryBytes)
{
    if (in.byte() != formatVersion)
        return std::nullopt;
    const quint32 count = in.number32();
    if (!in.ok() || qsizetype(count) > packed.size() / minEntryBytes)
        return std::nullopt;
    return count;
}

} // namespace

QByteArray packLogBatch(const std::vector<ErrorLogEntry> &entries)
{
    Packer out(entries.size());
    for (const ErrorLogEntry &e : entries) {
        out.number(e.instant.toMSecsSinceEpoch());
        out.text(e.module);
        out.number(e.moduleVersion);
        out.number(e.operationId);
        out.text(e.operation);
        out.text(e.step);
        out.text(e.message);
        out.text(e.detail);
        out.text(e.server);
        out.number(e.processId);
        out.text(e.thread);
        out.text(e.platformVersion);
    }
    return out.take();
}

QByteArray packLogBatch(const std::vector<GeneralLogEntry> &entries)
{
    Packer out(entries.size());
    for (const GeneralLogEntry &e : entries) {
        out.number(e.instant.toMSecsSinceEpoch());
        out.number(e.operationId);
        out.text(e.operation);
        out.text(e.user);
        out.text(e.module);
        out.text(e.event);
        out.text(e.message);
        out.text(e.server);
        out.number(e.processId);
    }
    return out.take();
}

std::optional<std::vector<ErrorLogEntry>> unpackErrorBatch(QByteArrayView packed, qint64 firstId)
{
    Unpacker in(packed);
    const std::optional<quint32> count = readHeader(in, packed, 4 * 8 + 8 * 4);
    if (!count)
        return std::nullopt;
    std::vector<ErrorLogEntry> entries(*count);
    for (quint32 i = 0; i < *count; ++i) {
        ErrorLogEntry &e = entries[i];
        e.id = firstId + i;
        e.instant = instantOf(in.number());
        e.module = in.text();
        e.moduleVersion = int(in.number());
        e.operationId = in.number();
        e.operation = in.text();
        e.step = in.text();
        e.message = in.text();
        e.detail = in.text();
        e.server = in.text();
        e.processId = in.number();
        e.thread = in.text();
        e.platformVersion = in.text();
    }
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    return entries;
}

std::optional<std::vector<GeneralLogEntry>> unpackGeneralBatch(QByteArrayView packed,
                                                               qint64 firstId)
{
    Unpacker in(packed);
    const std::optional<quint32> count = readHeader(in, packed, 3 * 8 + 6 * 4);
    if (!count)
        return std::nullopt;
    std::vector<GeneralLogEntry> entries(*count);
    for (quint32 i = 0; i < *count; ++i) {
        GeneralLogEntry &e = entries[i];
        e.id = firstId + i;
        e.instant = instantOf(in.number());
        e.operationId = in.number();
        e.operation = in.text();
        e.user = in.text();
        e.module = in.text();
        e.event = in.text();
        e.message = in.text();
        e.server = in.text();
        e.processId = in.number();
    }
    if (!in.ok() || !in.atEnd())
        return std::nullopt;
    return entries;
}

} // namespace osc
