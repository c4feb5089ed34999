#include "JsonText.h"

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

void appendString(std::string &out, QByteArrayView utf8)
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
        out.append(utf8.data() + runStart, static_cast<std::size_t>(i - runStart));
        runStart = i + 1;
        if (const char *escape = escapeFor(byte)) {
            out += escape;
        } else {
            out += "\\u00";
            out += Hex[byte >> 4];
            out += Hex[byte & 0xf];
        }
    }
    out.append(utf8.data() + runStart, static_cast<std::size_t>(utf8.size() - runStart));
    out += '"';
}

void appendString(std::string &out, QStringView text)
{
    appendString(out, QByteArrayView(text.toUtf8()));
}

} // namespace GovDesk::Server::JsonText
