#include "JsonText.h"

#include <cstring>

namespace GovDesk::Server::JsonText {

namespace {

// The escape for a byte JSON needs escaped, as QJsonDocument writes it; nullptr for any other byte.
const char *escapeFor(unsigned char byte)
{
    switch (byte) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return nullptr;
    }
}

} // namespace

void appendRaw(QByteArray &out, QByteArrayView bytes)
{
    const qsizetype at = out.size();
    out.resize(at + bytes.size()); // grows geometrically, like append
    std::memcpy(out.data() + at, bytes.data(), static_cast<std::size_t>(bytes.size()));
}

void appendString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    // Runs without anything to escape (nearly all text) are copied whole; UTF-8 stays as it is,
    // like QJsonDocument's compact form.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        appendRaw(out, utf8.sliced(runStart, i - runStart));
        runStart = i + 1;
        if (const char *escape = escapeFor(byte)) {
            appendRaw(out, escape);
        } else {
            appendRaw(out, "\\u00");
            out += Hex[byte >> 4];
            out += Hex[byte & 0xf];
        }
    }
    appendRaw(out, utf8.sliced(runStart));
    out += '"';
}

void appendString(QByteArray &out, QStringView text)
{
    appendString(out, QByteArrayView(text.toUtf8()));
}

} // namespace GovDesk::Server::JsonText
