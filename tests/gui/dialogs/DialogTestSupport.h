// Shared by the dialog GUI tests: the Chinese UI and screenshots for $GOVDESK_SCREENSHOT_DIR.
#pragma once

#include <QString>

class QWidget;

namespace GovDesk::Test {

// True when $GOVDESK_SCREENSHOT_DIR asks for screenshots.
[[nodiscard]] bool screenshotsWanted();
// With screenshots wanted, switches to Chinese (the default UI language) the way the shell does:
// GovDesk's catalogue from :/i18n and Qt's own for standard buttons. Strings not translated yet
// stay English. Tests compare against QCoreApplication::translate(), so they pass either way.
void useChineseForScreenshots();
// Types `text` as the input method delivers it (a commit string): QTest::keyClicks only knows
// Latin-1 keys, and Chinese text is what users type.
void typeText(QWidget *widget, const QString &text);
// Saves widget->grab() as $GOVDESK_SCREENSHOT_DIR/<name>.png; true when nothing was wanted.
[[nodiscard]] bool saveScreenshot(QWidget *widget, const QString &name);

} // namespace GovDesk::Test
