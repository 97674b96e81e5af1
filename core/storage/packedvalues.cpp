#include "packedvalues.h"

#include <QtEndian>

namespace osc {

PackedWriter::PackedWriter(char version, qsizetype count, qsizetype bytesPerRecord)
{
    m_bytes.reserve(1 + 4 + count * bytesPerRecord);
    m_bytes.append(version);
    number32(quint32(count));
}

void PackedWriter::number32(quint32 value)
{
    const qsizetype at = grow(4);
    qToLittleEndian(value, m_bytes.data() + at);
}

void PackedWriter::number(qint64 value)
{
    const qsizetype at = grow(8);
    qToLittleEndian(value, m_bytes.data() + at);
}

void PackedWriter::text(const QString &value)
{
    // UTF-8 takes at most 3 bytes a UTF-16 unit: write into that room, then record
    // the length actually used and give the rest back.
    const qsizetype at = grow(4 + value.size() * 3);
    char *start = m_bytes.data() + at + 4;
    char *end = m_encoder.appendToBuffer(start, value);
    qToLittleEndian(quint32(end - start), m_bytes.data() + at);
    m_bytes.truncate(end - m_bytes.constData());
}

qsizetype PackedWriter::grow(qsizetype size)
{
    const qsizetype at = m_bytes.size();
    if (m_bytes.capacity() < at + size)
        m_bytes.reserve(std::max(m_bytes.capacity() * 2, at + size));
    m_bytes.resize(at + size);
    return at;
}

std::optional<quint32> PackedReader::header(char version, qsizetype minRecordBytes)
{
    if (!has(1) || m_bytes.at(m_at++) != version || !has(4))
        return std::nullopt;
    const quint32 count = qFromLittleEndian<quint32>(m_bytes.data() + m_at);
    m_at += 4;
    if (qsizetype(count) > (m_bytes.size() - m_at) / minRecordBytes)
        return std::nullopt;
    return count;
}

qint64 PackedReader::number()
{
    if (!has(8))
        return 0;
    const qint64 value = qFromLittleEndian<qint64>(m_bytes.data() + m_at);
    m_at += 8;
    return value;
}

QString PackedReader::text()
{
    if (!has(4))
        return {};
    const qsizetype size = qFromLittleEndian<quint32>(m_bytes.data() + m_at);
    m_at += 4;
    if (!has(size))
        return {};
    const QString value = QString::fromUtf8(m_bytes.data() + m_at, size);
    m_at += size;
    return value;
}

bool PackedReader::has(qsizetype size)
{
    if (m_ok && size <= m_bytes.size() - m_at)
        return true;
    m_ok = false;
    return false;
}

} // namespace osc
