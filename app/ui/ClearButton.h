// ClearButton: the ✕ that empties a search or filter box.
#pragma once

class QLineEdit;

namespace GovDesk::Ui {

// QLineEdit::setClearButtonEnabled, done when the box first holds text: the button shows only
// then anyway, and enabling it looks up the icon theme (~6 ms the first time in a process), which
// a page made at start-up — the 工作台's filter box — would otherwise add to the wait for the
// first window.
void offerClearButton(QLineEdit *edit);

} // namespace GovDesk::Ui
