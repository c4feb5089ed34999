#include "LogSafe.h"

namespace GovDesk::Core {

namespace {

// Characters that reorder or hide the text around them when a person reads the log.
bool isBidiControl(char16_t c)
{
    return (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString logSafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'\\':
            out += QLatin1StringView("\\\\");
            continue;
        case u'\n':
            out += QLatin1StringView("\\n");
            continue;
        case u'\r':
            out += QLatin1StringView("\\r");
            continue;
        case u'\t':
            out += QLatin1StringView("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
        else if (c == 0x2028 || c == 0x2029 || isBidiControl(c))
            out += QStringLiteral("\\u%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
        else
            out += qc;
    }
    return out;
}

QString logSafe(QByteArrayView utf8)
{
    return logSafe(QString::fromUtf8(utf8));
}

} // namespace GovDesk::Core
