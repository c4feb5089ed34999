// InterfaceFont: Chinese interface text in a 黑体-style sans face. Without a hint, fontconfig may
// hand Han characters to whichever CJK face it meets first — on a desktop with the 楷体 fallback
// of 公文 printing installed (fonts-arphic-ukai) menus and tables came out in 楷体 under a C
// locale. The application font names the sans faces to use for Han after the system's own.
#pragma once

namespace GovDesk::Ui {

// Call once after the QApplication exists and before any widget is made.
void useInterfaceFont();

} // namespace GovDesk::Ui
