// ForestryQueries: what the dashboards and the warnings read from the module's tables, in SQL on
// their indexes. Where two datasets give the same key (a county's year, an area's day), the one
// applied last counts: a corrected file replaces the figures without deleting the first.
#pragma once

#include "Afforestation.h"
#include "ForestFire.h"
#include "ForestIndicators.h"
#include "ForestryWarnings.h"
#include "PestMonitoring.h"
#include "Result.h"

#include <QDate>
#include <QList>

namespace GovDesk::Core {
class Database;
}

namespace GovDesk::Forestry {

struct DailyFireRisk
{
    QDate day;
    int highestLevel = 0;
    int highAreas = 0; // areas at level 4–5
    int areas = 0;
};

class ForestryQueries
{
public:
    explicit ForestryQueries(Core::Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Core::Result<QList<CountyIndicators>> indicators() const;
    // `year` 0: every year.
    [[nodiscard]] Core::Result<QList<AfforestationTask>> afforestation(int year = 0) const;
    [[nodiscard]] Core::Result<int> latestAfforestationYear() const; // 0 without data
    // Each area's latest day.
    [[nodiscard]] Core::Result<QList<FireRiskDay>> latestFireRisk() const;
    [[nodiscard]] Core::Result<QDate> latestFireRiskDay() const; // invalid without data
    // Every area on each day of [from, to], by day then county and area.
    [[nodiscard]] Core::Result<QList<FireRiskDay>> fireRisk(const QDate &from, const QDate &to) const;
    [[nodiscard]] Core::Result<QList<DailyFireRisk>> dailyFireRisk(const QDate &from, const QDate &to) const;
    // Newest first; `year` 0: all.
    [[nodiscard]] Core::Result<QList<FireIncident>> fireIncidents(int year = 0) const;
    [[nodiscard]] Core::Result<QList<PestReport>> pests() const;
    // The warnings in force (ForestryWarningSync keeps them), ranked.
    [[nodiscard]] Core::Result<QList<ForestryWarning>> warnings() const;

private:
    Core::Database &m_db;
};

} // namespace GovDesk::Forestry
