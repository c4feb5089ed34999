// InterfaceFont: Chinese interface text in a 黑体-style sans face. Without a hint, fontconfig may
// hand Han characters to whichever CJK face it meets first — on a desktop with the 楷体 fallback
// of 公文 printing installed (fonts-arphic-ukai) menus and tables came out in 楷体 under a C
// locale. The application font names the sans faces to use for Han after the system's own.
#pragma once

#include <memory>

class QThread;

namespace GovDesk::Ui {

// Call once after the QApplication exists and before any widget is made.
void useInterfaceFont();

// Does on worker threads what the first window would otherwise wait for on the UI thread, while
// the profile unlocks and the modules start:
// - loads the font database (fontconfig's configuration and cache, ~10 ms), and Qt's
//   image-format plugins, which the first standard icon (the menu bar's, a line edit's clear
//   button) makes Qt load one by one (~2 ms);
// - connects to the session bus, which the first item view (for accessibility) and the menu bar
//   (for a global menu) ask for. Qt keeps that connection, made or failed, for the process; the
//   UI thread waits for it otherwise, ~10 ms where no bus runs and libdbus tries to start one.
// Destroying the result waits for the workers: keep it until the QApplication ends.
class InterfaceWarmer
{
public:
    InterfaceWarmer();
    ~InterfaceWarmer();
    InterfaceWarmer(const InterfaceWarmer &) = delete;
    InterfaceWarmer &operator=(const InterfaceWarmer &) = delete;

private:
    std::unique_ptr<QThread> m_fonts;
    std::unique_ptr<QThread> m_sessionBus;
};

} // namespace GovDesk::Ui
