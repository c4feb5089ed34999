#include "TextDecoding.h"

namespace GovDesk::Core {

namespace {

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype length)
{
    return bytes.size() >= length && std::equal(prefix, prefix + length, bytes.constData());
}

// Whether `bytes` is UTF-8, allowing a sequence cut at the very end (the head is a prefix).
bool isUtf8Prefix(const QByteArray &bytes)
{
    qsizetype i = 0;
    const qsizetype size = bytes.size();
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes.at(i));
        int continuation = 0;
        if (lead < 0x80)
            continuation = 0;
        else if ((lead & 0xE0) == 0xC0 && lead >= 0xC2)
            continuation = 1;
        else if ((lead & 0xF0) == 0xE0)
            continuation = 2;
        else if ((lead & 0xF8) == 0xF0 && lead <= 0xF4)
            continuation = 3;
        else
            return false;
        for (int k = 1; k <= continuation; ++k) {
            if (i + k >= size)
                return true; // cut by the head's end
            if ((static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) != 0x80)
                return false;
        }
        i += continuation + 1;
    }
    return true;
}

} // namespace

TextDecoding::Encoding TextDecoding::detect(const QByteArray &head)
{
    if (startsWith(head, "\xEF\xBB\xBF", 3))
        return Encoding::Utf8WithBom;
    if (startsWith(head, "\xFF\xFE", 2))
        return Encoding::Utf16LE;
    if (startsWith(head, "\xFE\xFF", 2))
        return Encoding::Utf16BE;
    return isUtf8Prefix(head) ? Encoding::Utf8 : Encoding::Gb18030;
}

QString TextDecoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

qsizetype TextDecoding::bomLength(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8WithBom:
        return 3;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return 2;
    case Encoding::Utf8:
    case Encoding::Gb18030:
        return 0;
    }
    return 0;
}

namespace {

QStringDecoder decoderFor(TextDecoding::Encoding encoding)
{
    // Stateless is not set: a multi-byte sequence split across two chunks must join up.
    switch (encoding) {
    case TextDecoding::Encoding::Utf8:
    case TextDecoding::Encoding::Utf8WithBom:
        return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Default);
    case TextDecoding::Encoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE, QStringConverter::Flag::Default);
    case TextDecoding::Encoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE, QStringConverter::Flag::Default);
    case TextDecoding::Encoding::Gb18030:
        return QStringDecoder("GB18030");
    }
    return QStringDecoder(QStringConverter::Utf8);
}

} // namespace

TextDecoding::TextDecoding(Encoding encoding)
    : m_encoding(encoding)
    , m_decoder(decoderFor(encoding))
{
}

bool TextDecoding::decode(const QByteArray &chunk, QString &out)
{
    out = m_decoder.decode(chunk);
    return m_decoder.isValid() && !m_decoder.hasError();
}

} // namespace GovDesk::Core
