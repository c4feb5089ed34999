// ForestryTableViews: the dashboards' tables filled from the query results — warnings, the
// fire-danger week with levels 4–5 highlighted, fires, pests with their rates, the comparison
// across counties, the datasets — and any of them read back as rows for CSV and PDF.
#pragma once

#include "ForestryQueries.h"
#include "ForestryTables.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QTableWidget;

namespace GovDesk::Forestry {

class ForestryTableViews
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Forestry::ForestryTableViews)
public:
    static void fillWarnings(QTableWidget *table, const QList<ForestryWarning> &warnings);
    // One row per area, one column per day of `days` (ascending); cells at 4–5 highlighted.
    static void fillFireRisk(QTableWidget *table, const QList<FireRiskDay> &risk, const QList<QDate> &days);
    static void fillIncidents(QTableWidget *table, const QList<FireIncident> &fires, AreaUnit unit);
    // The latest report of each county and species.
    static void fillPests(QTableWidget *table, const QList<PestReport> &reports,
                          const QList<CountyIndicators> &indicators, AreaUnit unit);
    struct Comparison
    {
        QList<CountyIndicators> indicators;
        QList<AfforestationTask> afforestation;
        QList<PestReport> pests;
        QList<FireRiskDay> latestRisk;
    };
    static void fillComparison(QTableWidget *table, const Comparison &data, AreaUnit unit);

    // Header and cells as shown.
    [[nodiscard]] static QList<QStringList> rows(const QTableWidget *table);
    // 「63.4%」, 「1,234.5」 …
    [[nodiscard]] static QString percent(double fraction, int decimals = 1);
    [[nodiscard]] static QString area(double hectares, AreaUnit unit);
};

} // namespace GovDesk::Forestry
