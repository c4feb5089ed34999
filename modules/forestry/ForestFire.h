// ForestFire: 森林火险等级 (一级 低 … 五级 极高; 四级 and 五级 are 高火险, which brings in
// 野外用火 prohibitions and patrols) and the class of a 森林火灾 by 《森林防火条例》 第四十条 —
// by 受害森林面积, deaths and serious injuries, whichever gives the higher class. As the 条例
// says, 「以上」 includes the figure and 「以下」 does not: 1 ha of forest damaged is 较大.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace GovDesk::Forestry {

class FireDanger
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::FireDanger)
public:
    static constexpr int Lowest = 1;
    static constexpr int Highest = 5;
    static constexpr int HighFrom = 4; // 高火险

    [[nodiscard]] static bool isValid(int level) { return level >= Lowest && level <= Highest; }
    [[nodiscard]] static bool isHigh(int level) { return level >= HighFrom && level <= Highest; }
    [[nodiscard]] static QString name(int level);         // 「四级（高）」, translated
    [[nodiscard]] static QString standardName(int level); // 「四级」, as printed in bulletins
};

enum class FireClass { Ordinary, Larger, Major, Extraordinary }; // 一般, 较大, 重大, 特别重大

struct FireIncident
{
    QString id; // 火灾编号
    QString county;
    QString place;
    QDateTime startedAt;
    QString cause;
    double burnedHa = 0;        // 过火面积
    double damagedForestHa = 0; // 受害森林面积
    int deaths = 0;
    int seriousInjuries = 0;

    [[nodiscard]] FireClass fireClass() const;
};

class FireClasses
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::FireClasses)
public:
    [[nodiscard]] static FireClass byDamagedForest(double hectares);
    [[nodiscard]] static FireClass byCasualties(int deaths, int seriousInjuries);
    [[nodiscard]] static QString name(FireClass fireClass); // translated 「较大森林火灾」
};

} // namespace GovDesk::Forestry
