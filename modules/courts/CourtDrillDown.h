// CourtDrillDown: from a figure to the cases behind it — the courts of a level ranked on one
// indicator (rank with 并列, figure, the previous period's, the marks), the chosen court's cases
// that pull the indicator down with the reason for each (CasesBehind: the same counting as the
// figure, so the list explains it), and the chosen case's facts and events, with how long each
// took to be entered.
#pragma once

#include "CasesBehind.h"
#include "CourtsAnalysis.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace GovDesk::Courts {

class CourtDrillDown : public QWidget
{
    Q_OBJECT
public:
    explicit CourtDrillDown(QWidget *parent = nullptr);

    // What the page shows now; keeps the court chosen when it is still in the level.
    void setAnalysis(const CourtsAnalysisResult &analysis, Indicator indicator, CourtLevel level);
    void showCourt(const QString &code);
    void showCase(const QString &caseNumber);

    [[nodiscard]] QString court() const { return m_court; }
    [[nodiscard]] QTableWidget *courtTable() const { return m_courts; }
    [[nodiscard]] QTableWidget *caseTable() const { return m_cases; }
    [[nodiscard]] QTableWidget *eventTable() const { return m_events; }
    [[nodiscard]] QString caseSummary() const;

private:
    void loadCourts();
    void loadCases();

    CourtsAnalysisResult m_analysis;
    Indicator m_indicator = Indicator::ClosingRate;
    CourtLevel m_level = CourtLevel::Basic;
    QString m_court;
    QList<BehindCase> m_behind;
    QLabel *m_courtSummary;
    QTableWidget *m_courts;
    QTableWidget *m_cases;
    QLabel *m_caseSummary;
    QTableWidget *m_events;
};

} // namespace GovDesk::Courts
