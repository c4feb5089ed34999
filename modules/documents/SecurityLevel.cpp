#include "SecurityLevel.h"

#include <array>
#include <utility>

namespace GovDesk::Documents {

namespace {
constexpr std::array<std::pair<SecurityLevel, const char *>, 5> Levels{{
    {SecurityLevel::Public, "公开"},
    {SecurityLevel::Internal, "内部"},
    {SecurityLevel::Secret, "秘密"},
    {SecurityLevel::Confidential, "机密"},
    {SecurityLevel::TopSecret, "绝密"},
}};
} // namespace

bool isClassified(SecurityLevel level)
{
    return level == SecurityLevel::Secret || level == SecurityLevel::Confidential
           || level == SecurityLevel::TopSecret;
}

QString securityLevelName(SecurityLevel level)
{
    for (const auto &[value, name] : Levels) {
        if (value == level)
            return QString::fromUtf8(name);
    }
    return {};
}

std::optional<SecurityLevel> securityLevelFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return SecurityLevel::Public;
    for (const auto &[value, text] : Levels) {
        if (trimmed == QString::fromUtf8(text))
            return value;
    }
    return std::nullopt;
}

QString SecrecyPeriod::toString() const
{
    switch (unit) {
    case Unit::None:
        return {};
    case Unit::Years:
        return QString::number(amount) + QStringLiteral("年");
    case Unit::Months:
        return QString::number(amount) + QStringLiteral("个月");
    case Unit::LongTerm:
        return QStringLiteral("长期");
    }
    return {};
}

std::optional<SecrecyPeriod> SecrecyPeriod::fromString(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return SecrecyPeriod{};
    if (trimmed == QStringLiteral("长期"))
        return SecrecyPeriod{.unit = Unit::LongTerm};
    Unit unit = Unit::None;
    QString digits;
    if (trimmed.endsWith(QStringLiteral("个月"))) {
        unit = Unit::Months;
        digits = trimmed.chopped(2);
    } else if (trimmed.endsWith(QStringLiteral("年"))) {
        unit = Unit::Years;
        digits = trimmed.chopped(1);
    } else {
        return std::nullopt;
    }
    if (digits.isEmpty() || digits.startsWith(QLatin1Char('0')))
        return std::nullopt;
    for (QChar c : std::as_const(digits)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const int amount = digits.toInt(&ok);
    if (!ok || amount <= 0)
        return std::nullopt;
    return SecrecyPeriod{.unit = unit, .amount = amount};
}

QString classificationMark(SecurityLevel level, const SecrecyPeriod &period)
{
    if (!isClassified(level))
        return {};
    const QString name = securityLevelName(level);
    return period.isSet() ? name + QStringLiteral("★") + period.toString() : name;
}

} // namespace GovDesk::Documents
