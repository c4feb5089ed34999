// CsvReader: reads a CSV file record by record without holding it in memory — RFC 4180 quoting
// (separators, quotes and line breaks inside quoted values), comma, tab or semicolon separated as
// the header line shows, the encoding from TextDecoding — and says on which line a record began.
#pragma once

#include "TextDecoding.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace GovDesk::Core {

struct CsvRecord
{
    qint64 line = 0; // the line the record starts on, 1-based
    QStringList fields;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::CsvReader)
public:
    enum class Step { Record, End, Error };

    // `device` is open for reading and outlives the reader.
    explicit CsvReader(QIODevice &device);

    [[nodiscard]] Step next(CsvRecord &record);
    [[nodiscard]] TextDecoding::Encoding encoding() const { return m_decoding.encoding(); }
    [[nodiscard]] QChar separator() const { return m_separator; }
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    // Why next() returned Error, and the line it is about.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 errorLine() const { return m_errorLine; }

private:
    [[nodiscard]] bool fill(); // false at the end of the device or on a decoding error
    [[nodiscard]] Step fail(qint64 line, const QString &message);

    QIODevice &m_device;
    QByteArray m_head; // the bytes read to detect the encoding, decoded first
    TextDecoding m_decoding;
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_started = false;
    QChar m_separator = QLatin1Char(',');
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace GovDesk::Core
