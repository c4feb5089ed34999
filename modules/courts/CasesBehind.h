// CasesBehind: the cases of one court that pull an indicator down over a period, each with the
// reason in words — what an analyst opens from a court's figure in the 通报 (closed past the 审限
// for 法定审限内结案率, open for over 12 months for 长期未结, entered late for 录入及时率 …). The
// same counting as CaseIndicators, so that the list explains the figure: for a rate better higher
// its length is denominator − numerator; for 上诉率, 发回改判率 and 长期未结 (better lower) it is
// the numerator; 平均审理天数 lists the cases above the court's average, 执行到位率 the cases not
// fully recovered.
#pragma once

#include "CaseIndicators.h"

namespace GovDesk::Courts {

struct BehindCase
{
    CourtCase courtCase;
    QString reason; // 「超审限 12 天结案（审限届满 2025-03-01）」
};

class CasesBehind
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CasesBehind)
public:
    // `cases`: one court's. Worst first (most days late, longest open …), then by 案号.
    // 均衡结案率 is a property of the months, not of cases: none are listed for it.
    [[nodiscard]] static QList<BehindCase> of(const QList<CourtCase> &cases, Indicator indicator,
                                              const Period &period, const IndicatorSettings &settings);
};

} // namespace GovDesk::Courts
