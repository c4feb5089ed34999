// Urgency: 紧急程度 of GB/T 9704-2012 (7.2.3) — the core's to-do urgency, with its Chinese names.
#pragma once

#include "todo/TodoService.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace GovDesk::Documents {

// One enum for the document and its to-dos: a 特急 document is a 特急 item on the workbench.
using Urgency = Core::Urgency;

// 普通, 加急, 特急 (payloads store these; 特提 is for telegrams, which GovDesk does not send).
[[nodiscard]] QString urgencyName(Urgency urgency);
// An empty name is 普通: no mark on the page (as the demo server's records write it).
[[nodiscard]] std::optional<Urgency> urgencyFromName(QStringView name);

} // namespace GovDesk::Documents
