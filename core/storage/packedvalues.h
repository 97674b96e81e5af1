#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>

#include <optional>

namespace osc {

// Values packed one after another into one database value, for the tables that store
// many small records in one row (the log batches, an execution's module batches): one
// row instead of thousands is what lets them be written at hundreds of thousands of
// records a second.
//
// The format, little-endian: a version byte, the record count (u32), then the
// records' fields, integers as i64 and texts as a u32 byte length and UTF-8. What the
// fields are, and in which order, is the caller's format.
class PackedWriter
{
public:
    PackedWriter(char version, qsizetype count, qsizetype bytesPerRecord);

    void number(qint64 value);
    void text(const QString &value);

    QByteArray take() { return std::move(m_bytes); }

private:
    void number32(quint32 value);
    qsizetype grow(qsizetype size);

    QByteArray m_bytes;
    // Stateless: a lone surrogate at the end of one text must not change the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

// Reads what a PackedWriter wrote. A read past the end gives 0 or an empty text and
// makes ok() false, so a caller reads a whole record and checks once.
class PackedReader
{
public:
    explicit PackedReader(QByteArrayView bytes) : m_bytes(bytes) { }

    // The record count, once the version byte is checked; empty when the version
    // differs or the count cannot be right (each record takes at least
    // `minRecordBytes`, so a damaged count cannot make the caller reserve gigabytes).
    std::optional<quint32> header(char version, qsizetype minRecordBytes);

    qint64 number();
    QString text();

    bool ok() const { return m_ok; }
    // Read entirely and without error: the last check of a value.
    bool finished() const { return m_ok && m_at == m_bytes.size(); }

private:
    bool has(qsizetype size);

    QByteArrayView m_bytes;
    qsizetype m_at = 0;
    bool m_ok = true;
};

} // namespace osc
