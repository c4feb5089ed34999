#include "ForestFire.h"

#include <algorithm>

namespace GovDesk::Forestry {

QString FireDanger::name(int level)
{
    switch (level) {
    case 1:
        //: 一级（低）
        return tr("Level 1 (low)");
    case 2:
        //: 二级（较低）
        return tr("Level 2 (fairly low)");
    case 3:
        //: 三级（较高）
        return tr("Level 3 (fairly high)");
    case 4:
        //: 四级（高）
        return tr("Level 4 (high)");
    case 5:
        //: 五级（极高）
        return tr("Level 5 (extreme)");
    }
    return {};
}

QString FireDanger::standardName(int level)
{
    static const QStringList names{QStringLiteral("一级"), QStringLiteral("二级"), QStringLiteral("三级"),
                                   QStringLiteral("四级"), QStringLiteral("五级")};
    return isValid(level) ? names.at(level - 1) : QString();
}

FireClass FireClasses::byDamagedForest(double hectares)
{
    // 一般: < 1 ha; 较大: 1 ≤ a < 100; 重大: 100 ≤ a < 1000; 特别重大: ≥ 1000.
    if (hectares >= 1000)
        return FireClass::Extraordinary;
    if (hectares >= 100)
        return FireClass::Major;
    if (hectares >= 1)
        return FireClass::Larger;
    return FireClass::Ordinary;
}

FireClass FireClasses::byCasualties(int deaths, int seriousInjuries)
{
    // 一般: 死亡 1–2 or 重伤 1–9; 较大: 死亡 3–9 or 重伤 10–49; 重大: 死亡 10–29 or 重伤 50–99;
    // 特别重大: 死亡 ≥ 30 or 重伤 ≥ 100.
    if (deaths >= 30 || seriousInjuries >= 100)
        return FireClass::Extraordinary;
    if (deaths >= 10 || seriousInjuries >= 50)
        return FireClass::Major;
    if (deaths >= 3 || seriousInjuries >= 10)
        return FireClass::Larger;
    return FireClass::Ordinary;
}

FireClass FireIncident::fireClass() const
{
    return std::max(FireClasses::byDamagedForest(damagedForestHa),
                    FireClasses::byCasualties(deaths, seriousInjuries));
}

QString FireClasses::name(FireClass fireClass)
{
    switch (fireClass) {
    case FireClass::Ordinary:
        //: 一般森林火灾
        return tr("Ordinary forest fire");
    case FireClass::Larger:
        //: 较大森林火灾
        return tr("Larger forest fire");
    case FireClass::Major:
        //: 重大森林火灾
        return tr("Major forest fire");
    case FireClass::Extraordinary:
        //: 特别重大森林火灾
        return tr("Extraordinary forest fire");
    }
    return {};
}

} // namespace GovDesk::Forestry
