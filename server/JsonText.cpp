#include "JsonText.h"

namespace GovDesk::Server::JsonText {

void appendString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += Hex[byte >> 4];
                out += Hex[byte & 0xf];
            } else {
                out += c; // UTF-8 as it is, like QJsonDocument's compact form
            }
        }
    }
    out += '"';
}

void appendStringArray(QByteArray &out, const QStringList &texts)
{
    out += '[';
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, texts.at(i));
    }
    out += ']';
}

} // namespace GovDesk::Server::JsonText
