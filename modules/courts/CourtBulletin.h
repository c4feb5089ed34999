// CourtBulletin: a 通报 on how the province's courts did over a period — for each indicator, the
// province's figure against the previous period, the courts of each level ranked (ties shown, top
// and bottom three marked, moves against the previous period, courts past the threshold named),
// the definitions used, and a summary for the leaders written from the figures.
#pragma once

#include "CaseIndicators.h"
#include "CourtDirectory.h"

namespace GovDesk::Courts {

struct BulletinOptions
{
    Period period;
    Period previous;
    QString periodName;    // 2026年上半年
    QString issuer;        // 海南省高级人民法院审判管理办公室
    IndicatorSettings settings; // 口径 and 达标线
    QList<Indicator> indicators = CaseIndicators::all();
    QList<CourtLevel> levels{CourtLevel::Intermediate, CourtLevel::Basic};
};

struct LevelRanking
{
    CourtLevel level;
    Ranking ranking;
};

struct BulletinSection
{
    IndicatorDefinition definition;
    std::optional<double> province;         // all courts together, this period
    std::optional<double> previousProvince; // … the previous period
    QList<LevelRanking> levels;
    std::optional<double> threshold;
};

struct Bulletin
{
    QString title;
    QString periodName;
    QString issuer;
    int received = 0;          // 新收, all courts
    int closed = 0;            // 结案, all courts
    int unknownCourtCases = 0; // cases of courts not in the directory: left out, and said so
    QList<BulletinSection> sections;
    QString summary;
};

class CourtBulletin
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CourtBulletin)
public:
    [[nodiscard]] static Core::Result<Bulletin> compose(const CourtDirectory &directory, const QList<CourtCase> &cases,
                                                        const BulletinOptions &options);
    // 「66.67%」, 「117.0天」, 「3件」: a figure as the 通报 prints it.
    [[nodiscard]] static QString formatValue(const IndicatorDefinition &definition, double value);
    // 「上升2.10个百分点」, 「减少3.5天」, 「持平」.
    [[nodiscard]] static QString formatChange(const IndicatorDefinition &definition, double change);

private:
    [[nodiscard]] static QString summarise(const Bulletin &bulletin, const CourtDirectory &directory);
};

} // namespace GovDesk::Courts
