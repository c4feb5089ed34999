// WebProfile: the one off-the-record QWebEngineProfile shared by every WebHost in the process.
#pragma once

class QWebEngineProfile;

namespace GovDesk::Ui::Internal {

class WebProfile
{
public:
    // Created on the first call (never at start-up: the Chromium process, its threads and ~100 MB
    // come with it), then shared: one profile means one renderer configuration to audit.
    [[nodiscard]] static QWebEngineProfile *shared();
    // True once shared() created the profile: every WebEngine object is created after it.
    [[nodiscard]] static bool wasCreated();
    // Requests the shared profile's filter blocked (0 before the profile exists).
    [[nodiscard]] static int blockedRequestCount();
};

} // namespace GovDesk::Ui::Internal
