// WebUrlPolicy: the one rule of the WebEngine host, shared by its request filter and its page.
#pragma once

class QUrl;

namespace GovDesk::Ui::Internal {

// True only for content compiled into the application (qrc:, no host). Everything the WebEngine
// host shows ships inside GovDesk, so any other scheme or host is a bug or an injection attempt:
// remote pages would bypass the encrypted store and the audit log, and file: would expose the disk.
[[nodiscard]] bool isAllowedWebUrl(const QUrl &url);

} // namespace GovDesk::Ui::Internal
