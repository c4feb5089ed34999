// TextDecoding: the encoding of a text file as Chinese offices save them — UTF-8 (with or without
// a BOM), UTF-16 with a BOM, or GB18030 (Excel's "CSV" on a Chinese Windows) — chosen from the
// BOM, else from whether the first bytes are valid UTF-8, and decoded with Qt's converters
// (GB18030 through ICU). A byte that does not decode later on is an error with its line, never a
// replacement character in the data.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <memory>

namespace GovDesk::Core {

class TextDecoding
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Gb18030 };

    // From the first bytes of the file (a few KiB are enough; the more, the surer).
    [[nodiscard]] static Encoding detect(const QByteArray &head);
    [[nodiscard]] static QString name(Encoding encoding); // "UTF-8", "GB18030" …
    [[nodiscard]] static qsizetype bomLength(Encoding encoding);

    explicit TextDecoding(Encoding encoding);

    // Decodes the next chunk; false once a byte sequence did not decode (hasError()).
    [[nodiscard]] bool decode(const QByteArray &chunk, QString &out);
    [[nodiscard]] Encoding encoding() const { return m_encoding; }

private:
    Encoding m_encoding;
    QStringDecoder m_decoder;
};

} // namespace GovDesk::Core
