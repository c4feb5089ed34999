#include "CsvReader.h"

namespace GovDesk::Core {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr QChar Bom(0xFEFF);

QByteArray readHead(QIODevice &device)
{
    return device.read(ChunkBytes);
}

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device)
    , m_head(readHead(device))
    , m_decoding(TextDecoding::detect(m_head))
{
}

CsvReader::Step CsvReader::fail(qint64 line, const QString &message)
{
    m_error = message;
    m_errorLine = line;
    return Step::Error;
}

bool CsvReader::fill()
{
    QByteArray chunk;
    if (!m_head.isEmpty()) {
        chunk = std::exchange(m_head, {});
    } else {
        chunk = m_device.read(ChunkBytes);
        if (chunk.isEmpty()) {
            m_atEnd = true;
            return false;
        }
    }
    m_bytesRead += chunk.size();
    QString decoded;
    if (!m_decoding.decode(chunk, decoded)) {
        m_error = tr("The file is not valid %1 text (a byte sequence near line %2 does not decode). Save it "
                     "as UTF-8 "
                     "or GB18030 and import it again.")
                      .arg(TextDecoding::name(m_decoding.encoding()))
                      .arg(m_line);
        m_errorLine = m_line;
        return false;
    }
    m_text.remove(0, m_pos);
    m_pos = 0;
    m_text += decoded;
    return true;
}

CsvReader::Step CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    record.line = m_line;
    if (!m_started) {
        m_started = true;
        if (!fill() && !m_error.isEmpty())
            return Step::Error;
        if (m_text.startsWith(Bom))
            m_pos = 1; // Qt keeps a UTF-16 BOM; a UTF-8 one is dropped by the decoder
        // The separator the header line uses most: comma, tab or semicolon.
        const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
        const QStringView header = QStringView(m_text).mid(m_pos, end < 0 ? -1 : end - m_pos);
        qsizetype best = header.count(QLatin1Char(','));
        for (QChar candidate : {QLatin1Char('\t'), QLatin1Char(';')}) {
            if (header.count(candidate) > best) {
                best = header.count(candidate);
                m_separator = candidate;
            }
        }
    }
    QString field;
    bool quoted = false;    // inside quotes
    bool wasQuoted = false; // the field began with a quote
    bool any = false;       // the record has begun
    for (;;) {
        if (m_pos >= m_text.size()) {
            if (!fill()) {
                if (!m_error.isEmpty())
                    return Step::Error;
                if (quoted)
                    return fail(
                        record.line,
                        tr("A quoted value that begins on line %1 is never closed.").arg(record.line));
                if (!any)
                    return Step::End;
                record.fields.append(field);
                return Step::Record;
            }
            continue;
        }
        const QChar c = m_text.at(m_pos++);
        if (c == Bom)
            return fail(m_line,
                        tr("Line %1 holds a byte-order mark: two files were joined into one. Import them "
                           "separately.")
                            .arg(m_line));
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_text.size())
                    (void)fill();
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                    field += c;
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = any = true;
        } else if (c == m_separator) {
            record.fields.append(std::exchange(field, {}));
            wasQuoted = false;
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                if (m_pos >= m_text.size())
                    (void)fill();
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n'))
                    ++m_pos;
            }
            ++m_line;
            if (!any && field.isEmpty()) { // a blank line
                record.line = m_line;
                continue;
            }
            record.fields.append(field);
            return Step::Record;
        } else {
            if (wasQuoted)
                return fail(
                    m_line,
                    tr("Line %1: text follows a closing quote; a quote inside a value is written twice "
                       "(\"\").")
                        .arg(m_line));
            field += c;
            any = true;
        }
    }
}

} // namespace GovDesk::Core
