// LogSafe: text from outside (request fields, server answers) made safe to put in a log line, so
// that a user name with a line break cannot forge log lines.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace GovDesk::Core {

// Escapes what could end a line or hide text: C0 and C1 controls and DEL (\n, \r, \t, \xHH), the
// Unicode line and paragraph separators and bidirectional overrides (\uXXXX), and the backslash
// itself (\\), so an escape in the log always means an escaped character. Everything else is kept.
[[nodiscard]] QString logSafe(QStringView text);
// The same for bytes read as UTF-8 (invalid sequences become U+FFFD).
[[nodiscard]] QString logSafe(QByteArrayView utf8);

} // namespace GovDesk::Core
