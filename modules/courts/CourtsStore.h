// CourtsStore: what the 审判 module's tables hold, read as the domain core needs it — the cases of
// a court or of all courts (with their events) as CaseIndicators and CourtBulletin take them, the
// cases relevant to a period only, one case and its events, the court directory, and the cases
// that pull an indicator down (CasesBehind) for the drill-down. Works on any connection (the UI
// thread's, or a worker's for a 通报 over all courts).
#pragma once

#include "CaseIndicators.h"
#include "CasesBehind.h"
#include "CourtDirectory.h"
#include "Result.h"

#include <QCoreApplication>
#include <optional>

namespace GovDesk::Core {
class Database;
class Statement;
} // namespace GovDesk::Core

namespace GovDesk::Courts {

class CourtsStore
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CourtsStore)
public:
    explicit CourtsStore(Core::Database &db)
        : m_db(db)
    {
    }

    // The cases of `court` (all courts when empty), in 案号 order, each with its events. With a
    // period, only the cases that count in it: filed by its end and not closed before its start,
    // or with an event in it — exactly the cases CaseIndicators::compute looks at.
    [[nodiscard]] Core::Result<QList<CourtCase>> cases(const QString &court = {},
                                                       const std::optional<Period> &period = {}) const;
    [[nodiscard]] Core::Result<std::optional<CourtCase>> courtCase(const QString &caseNumber) const;
    // A case's events in the order they happened.
    [[nodiscard]] Core::Result<QList<CaseEvent>> events(const QString &caseNumber) const;
    // The directory the COURTS datasets brought, checked as a whole (an empty one when none came).
    [[nodiscard]] Core::Result<CourtDirectory> directory() const;
    // The cases of `court` that pull `indicator` down over `period`, with the reason for each.
    [[nodiscard]] Core::Result<QList<BehindCase>> casesBehind(Indicator indicator, const QString &court,
                                                              const Period &period,
                                                              const IndicatorSettings &settings = {}) const;
    [[nodiscard]] Core::Result<qint64> caseCount() const;
    [[nodiscard]] Core::Result<qint64> eventCount() const;

    // 判决 → Judgment …, as the tables keep them (the exports' words).
    [[nodiscard]] static std::optional<ClosingMethod> closingFromWord(const QString &word);
    [[nodiscard]] static AppealOutcome outcomeFromWord(const QString &word);

private:
    Core::Database &m_db;
};

} // namespace GovDesk::Courts
