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

// Loads the font database (fontconfig's configuration and cache) and opens the interface font's
// Latin and CJK faces on a worker thread, so that the first label of the window finds them ready
// instead of paying for it on the UI thread (~10 ms at start-up, while the profile unlocks).
// Destroying the result waits for the worker: keep it until the QApplication ends.
class InterfaceFontWarmer
{
public:
    InterfaceFontWarmer();
    ~InterfaceFontWarmer();
    InterfaceFontWarmer(const InterfaceFontWarmer &) = delete;
    InterfaceFontWarmer &operator=(const InterfaceFontWarmer &) = delete;

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace GovDesk::Ui
