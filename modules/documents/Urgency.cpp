#include "Urgency.h"

namespace GovDesk::Documents {

QString urgencyName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Normal:
        return QStringLiteral("普通");
    case Urgency::Urgent:
        return QStringLiteral("加急");
    case Urgency::VeryUrgent:
        return QStringLiteral("特急");
    }
    return {};
}

std::optional<Urgency> urgencyFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == QStringLiteral("普通"))
        return Urgency::Normal;
    if (trimmed == QStringLiteral("加急"))
        return Urgency::Urgent;
    if (trimmed == QStringLiteral("特急"))
        return Urgency::VeryUrgent;
    return std::nullopt;
}

} // namespace GovDesk::Documents
