// The demo's 主动公开 items: fictional offices of 柳州市, a year of items across the categories,
// at every step, a few past their 20 working days.
#pragma once

#include "Result.h"

#include <QDate>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

// About 60 items ending near `today`, written as records; nothing if there are items already.
[[nodiscard]] Core::Result<> seedDemoItems(Core::ModuleContext &context, QDate today);

} // namespace GovDesk::Disclosure
