#include "CourtDrillDown.h"

#include "CasesBehind.h"
#include "ListTable.h"

#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace GovDesk::Courts {

namespace {

void setRow(QTableWidget *table, int row, const QStringList &cells, const QString &key = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, key);
        table->setItem(row, column, item);
    }
}

QString day(const std::optional<QDate> &date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

QString yesNo(bool value)
{
    //: 是 / 否
    return value ? CourtDrillDown::tr("yes") : CourtDrillDown::tr("no");
}

} // namespace

CourtDrillDown::CourtDrillDown(QWidget *parent)
    : QWidget(parent)
    , m_courtSummary(new QLabel(this))
    //: Columns of the ranked courts: 排名 法院 本期 上期 备注
    , m_courts(
          Ui::makeListTable({tr("Rank"), tr("Court"), tr("This period"), tr("Previous"), tr("Note")}, this))
    //: Columns of the cases behind a figure: 案号 立案日期 结案日期 原因
    , m_cases(Ui::makeListTable({tr("Case number"), tr("Filed"), tr("Closed"), tr("Reason")}, this))
    , m_caseSummary(new QLabel(this))
    //: Columns of a case's events: 节点 发生日期 录入日期 录入用时
    , m_events(Ui::makeListTable({tr("Event"), tr("Occurred"), tr("Entered"), tr("Days to enter")}, this))
{
    m_courts->setObjectName(QStringLiteral("courtsRanked"));
    m_cases->setObjectName(QStringLiteral("courtsCasesBehind"));
    m_events->setObjectName(QStringLiteral("courtsCaseEvents"));
    m_courtSummary->setWordWrap(true);
    m_caseSummary->setWordWrap(true);
    m_caseSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *casesPane = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(casesPane);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_courtSummary);
    casesLayout->addWidget(m_cases, 1);
    auto *casePane = new QWidget(this);
    auto *caseLayout = new QVBoxLayout(casePane);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->addWidget(m_caseSummary);
    caseLayout->addWidget(m_events, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(casesPane);
    right->addWidget(casePane);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_courts);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    // Rank, court, both periods' figures and the marks without scrolling.
    m_courts->setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_courts, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const QTableWidgetItem *item = m_courts->item(m_courts->currentRow(), 0))
            showCourt(item->data(Qt::UserRole).toString());
    });
    connect(m_cases, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const QTableWidgetItem *item = m_cases->item(m_cases->currentRow(), 0))
            showCase(item->data(Qt::UserRole).toString());
    });
}

void CourtDrillDown::setAnalysis(const CourtsAnalysisResult &analysis, Indicator indicator, CourtLevel level)
{
    m_analysis = analysis;
    m_indicator = indicator;
    m_level = level;
    if (!analysis.data || !analysis.data->directory.court(m_court)
        || analysis.data->directory.court(m_court)->level != level)
        m_court.clear();
    loadCourts();
    loadCases();
}

void CourtDrillDown::loadCourts()
{
    const QSignalBlocker blocker(m_courts);
    m_courts->setRowCount(0);
    if (!m_analysis.data)
        return;
    const CourtDirectory &directory = m_analysis.data->directory;
    for (const BulletinSection &section : std::as_const(m_analysis.bulletin.sections)) {
        if (section.definition.indicator != m_indicator)
            continue;
        for (const LevelRanking &level : section.levels) {
            if (level.level != m_level)
                continue;
            for (const RankedCourt &court : level.ranking.courts) {
                const int row = m_courts->rowCount();
                m_courts->insertRow(row);
                QStringList notes;
                //: Marks of a ranked court: 前列 后列 未达标
                if (court.top)
                    notes << tr("top");
                if (court.bottom)
                    notes << tr("bottom");
                if (court.belowThreshold)
                    notes << tr("below the threshold");
                const QString previous
                    = court.change
                          ? CourtBulletin::formatValue(section.definition, court.value - *court.change)
                          : QString();
                setRow(m_courts, row,
                       {court.tied ? tr("%1 (tied)").arg(court.rank) : QString::number(court.rank),
                        directory.nameOf(court.court),
                        CourtBulletin::formatValue(section.definition, court.value), previous,
                        notes.join(QStringLiteral("、"))},
                       court.court);
                const QColor colour = court.top                              ? QColor(0xe8, 0xf5, 0xe9)
                                      : court.bottom || court.belowThreshold ? QColor(0xfd, 0xec, 0xea)
                                                                             : QColor();
                for (int column = 0; colour.isValid() && column < m_courts->columnCount(); ++column)
                    m_courts->item(row, column)->setBackground(colour);
            }
            for (const QString &code : level.ranking.unranked) {
                const int row = m_courts->rowCount();
                m_courts->insertRow(row);
                //: A court with no figure this period: 无数据
                setRow(m_courts, row, {QString(), directory.nameOf(code), tr("no cases")}, code);
            }
        }
    }
    m_courts->resizeColumnsToContents();
    if (m_court.isEmpty()
        && m_courts->rowCount() > 0) // the worst ranked first: that is what a leader asks about
        for (int row = m_courts->rowCount() - 1; row >= 0 && m_court.isEmpty(); --row)
            if (!m_courts->item(row, 0)->text().isEmpty())
                m_court = m_courts->item(row, 0)->data(Qt::UserRole).toString();
    for (int row = 0; row < m_courts->rowCount(); ++row)
        if (m_courts->item(row, 0)->data(Qt::UserRole).toString() == m_court)
            m_courts->selectRow(row);
}

void CourtDrillDown::showCourt(const QString &code)
{
    if (code.isEmpty() || !m_analysis.data || !m_analysis.data->directory.contains(code))
        return;
    m_court = code;
    {
        const QSignalBlocker blocker(m_courts);
        for (int row = 0; row < m_courts->rowCount(); ++row)
            if (m_courts->item(row, 0)->data(Qt::UserRole).toString() == code)
                m_courts->selectRow(row);
    }
    loadCases();
}

void CourtDrillDown::loadCases()
{
    const QSignalBlocker blocker(m_cases);
    m_cases->setRowCount(0);
    m_events->setRowCount(0);
    m_caseSummary->clear();
    m_behind.clear();
    if (!m_analysis.data || m_court.isEmpty()) {
        m_courtSummary->clear();
        return;
    }
    const IndicatorDefinition definition = CaseIndicators::definition(m_indicator, m_analysis.data->settings);
    m_behind = CasesBehind::of(m_analysis.data->casesOf(m_court), m_indicator, m_analysis.choice.period,
                               m_analysis.data->settings);
    for (const BehindCase &behind : std::as_const(m_behind)) {
        const int row = m_cases->rowCount();
        m_cases->insertRow(row);
        const CourtCase &c = behind.courtCase;
        setRow(m_cases, row, {c.number.toString(), day(c.filedOn), day(c.closedOn), behind.reason},
               c.number.toString());
    }
    m_cases->resizeColumnsToContents();
    const QString court = m_analysis.data->directory.nameOf(m_court);
    m_courtSummary->setText(
        m_indicator == Indicator::EvenClosingRate
            //: 均衡结案率 is a property of months, not of cases
            ? tr("%1, %2: an evenness over months — no case pulls it down alone.").arg(court, definition.name)
            //: 「某法院 · 法定审限内结案率：N 件案件拉低了该指标」
            : tr("%1, %2 (%3): %n case(s) pull it down.", nullptr, int(m_behind.size()))
                  .arg(court, definition.name, m_analysis.choice.name));
    if (!m_behind.isEmpty()) {
        m_cases->selectRow(0);
        showCase(m_behind.first().courtCase.number.toString());
    }
}

void CourtDrillDown::showCase(const QString &caseNumber)
{
    const auto found = std::find_if(m_behind.cbegin(), m_behind.cend(), [&](const BehindCase &behind) {
        return behind.courtCase.number.toString() == caseNumber;
    });
    m_events->setRowCount(0);
    if (found == m_behind.cend()) {
        m_caseSummary->clear();
        return;
    }
    const CourtCase &c = found->courtCase;
    //: A case's facts: 案号 立案 结案 审限 延长 扣除 结案方式 …
    m_caseSummary->setText(
        tr("%1 — filed %2, closed %3; time limit %4 month(s) + %5 extended, %6 day(s) deducted, due %7; "
           "entry complete: %8, electronic file: %9.")
            .arg(c.number.toString(), day(c.filedOn),
                 //: Instead of the closing date: 未结
                 c.closedOn ? day(c.closedOn) : tr("open"))
            .arg(c.limitMonths)
            .arg(c.extensionMonths)
            .arg(c.deductedDays)
            .arg(day(c.dueDate()), yesNo(c.mandatoryFieldsComplete), yesNo(c.electronicFile)));
    for (const CaseEvent &event : c.events) {
        const int row = m_events->rowCount();
        m_events->insertRow(row);
        const bool entered = event.enteredOn.isValid();
        const qint64 days = entered ? event.occurredOn.daysTo(event.enteredOn) : 0;
        setRow(m_events, row,
               {event.kind, day(event.occurredOn),
                //: An event never entered in the system: 未录入
                entered ? day(event.enteredOn) : tr("not entered"),
                entered ? QString::number(days) : QString()});
        // What makes the 录入及时率 low: the events entered later than the office allows.
        if (!entered || days > m_analysis.data->settings.timelyEntryDays)
            for (int column = 0; column < m_events->columnCount(); ++column)
                m_events->item(row, column)->setBackground(QColor(0xfd, 0xec, 0xea));
    }
    m_events->resizeColumnsToContents();
}

QString CourtDrillDown::caseSummary() const
{
    return m_caseSummary->text();
}

} // namespace GovDesk::Courts
