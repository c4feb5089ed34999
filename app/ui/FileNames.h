// FileNames: a suggested file name for a save dialog, made from a title (「通报_2025年」, a station's
// name) that may hold characters no file name on Windows or Linux may hold.
#pragma once

#include <QString>

namespace GovDesk::Ui {

// `name` with / \ : * ? " < > | and control characters as 「_」.
[[nodiscard]] QString fileSafeName(QString name);

} // namespace GovDesk::Ui
