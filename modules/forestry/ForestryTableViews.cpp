#include "ForestryTableViews.h"

#include "ForestFire.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QTableWidget>

namespace GovDesk::Forestry {

namespace {

// Orange and red as on the 火险 bulletins' 四级/五级.
const QColor HighColour(0xf5, 0xb0, 0x41);
const QColor ExtremeColour(0xd9, 0x3b, 0x2b);

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
}

QTableWidgetItem *numberItem(const QString &text)
{
    return item(text, Qt::AlignRight | Qt::AlignVCenter);
}

void reset(QTableWidget *table, const QStringList &headers, int rows)
{
    table->clearContents();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(rows);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

void finish(QTableWidget *table)
{
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

QString severityName(ForestryWarningSeverity severity)
{
    switch (severity) {
    case ForestryWarningSeverity::Danger:
        //: 危险
        return ForestryTableViews::tr("Danger");
    case ForestryWarningSeverity::Warning:
        //: 警示
        return ForestryTableViews::tr("Warning");
    case ForestryWarningSeverity::Attention:
        //: 关注
        return ForestryTableViews::tr("Attention");
    }
    return {};
}

} // namespace

QString ForestryTableViews::percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString ForestryTableViews::area(double hectares, AreaUnit unit)
{
    return QLocale().toString(fromHectares(hectares, unit), 'f', 1);
}

void ForestryTableViews::fillWarnings(QTableWidget *table, const QList<ForestryWarning> &warnings)
{
    //: 级别 / 事项 / 情况
    reset(table,
          {tr("Severity"), tr("Matter", "warnings table column"), tr("Situation", "warnings table column")},
          int(warnings.size()));
    for (int row = 0; row < warnings.size(); ++row) {
        const ForestryWarning &warning = warnings.at(row);
        auto *severity = item(severityName(warning.severity));
        if (warning.severity == ForestryWarningSeverity::Danger) {
            severity->setBackground(ExtremeColour);
            severity->setForeground(Qt::white);
        } else if (warning.severity == ForestryWarningSeverity::Warning) {
            severity->setBackground(HighColour);
        }
        severity->setData(Qt::UserRole, warning.key());
        table->setItem(row, 0, severity);
        table->setItem(row, 1, item(warning.title));
        table->setItem(row, 2, item(warning.reason));
    }
    finish(table);
}

void ForestryTableViews::fillFireRisk(QTableWidget *table, const QList<FireRiskDay> &risk,
                                      const QList<QDate> &days)
{
    QMap<std::pair<QString, QString>, QHash<QDate, int>> byArea;
    for (const FireRiskDay &day : risk)
        byArea[{day.county, day.area}].insert(day.day, day.level);
    //: 县 / 区域
    QStringList headers{tr("County"), tr("Area")};
    for (const QDate &day : days)
        headers.append(QLocale().toString(day, QStringLiteral("M-d")));
    reset(table, headers, int(byArea.size()));
    int row = 0;
    for (auto it = byArea.cbegin(); it != byArea.cend(); ++it, ++row) {
        table->setItem(row, 0, item(it.key().first));
        auto *area = item(it.key().second);
        area->setData(Qt::UserRole, QStringLiteral("fire:%1:%2").arg(it.key().first, it.key().second));
        table->setItem(row, 1, area);
        for (int column = 0; column < days.size(); ++column) {
            const int level = it.value().value(days.at(column), 0);
            auto *cell = item(level > 0 ? QString::number(level) : QStringLiteral("—"), Qt::AlignCenter);
            if (level >= 5) {
                cell->setBackground(ExtremeColour);
                cell->setForeground(Qt::white);
            } else if (level == 4) {
                cell->setBackground(HighColour);
            }
            if (level > 0)
                cell->setToolTip(FireDanger::name(level));
            table->setItem(row, 2 + column, cell);
        }
    }
    table->resizeColumnsToContents();
    // The days share the width evenly: a week reads across at a glance.
    table->horizontalHeader()->setStretchLastSection(false);
    for (int column = 2; column < table->columnCount(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void ForestryTableViews::fillIncidents(QTableWidget *table, const QList<FireIncident> &fires, AreaUnit unit)
{
    const QString unitName = AreaUnits::name(unit);
    //: 火灾编号 / 县 / 起火地点 / 起火时间 / 起火原因 / 过火面积 / 受害森林面积 / 伤亡 / 等级
    reset(table,
          {tr("Number"), tr("County"), tr("Place"), tr("Started"), tr("Cause"),
           tr("Burned (%1)").arg(unitName), tr("Forest damaged (%1)").arg(unitName), tr("Deaths / injuries"),
           tr("Class")},
          int(fires.size()));
    for (int row = 0; row < fires.size(); ++row) {
        const FireIncident &fire = fires.at(row);
        table->setItem(row, 0, item(fire.id));
        table->setItem(row, 1, item(fire.county));
        table->setItem(row, 2, item(fire.place));
        table->setItem(row, 3, item(QLocale().toString(fire.startedAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
        table->setItem(row, 4, item(fire.cause));
        table->setItem(row, 5, numberItem(area(fire.burnedHa, unit)));
        table->setItem(row, 6, numberItem(area(fire.damagedForestHa, unit)));
        table->setItem(row, 7,
                       numberItem(QStringLiteral("%1 / %2").arg(fire.deaths).arg(fire.seriousInjuries)));
        table->setItem(row, 8, item(FireClasses::name(fire.fireClass())));
    }
    finish(table);
}

void ForestryTableViews::fillPests(QTableWidget *table, const QList<PestReport> &reports,
                                   const QList<CountyIndicators> &indicators, AreaUnit unit)
{
    QMap<std::pair<QString, QString>, PestReport> latest;
    for (const PestReport &report : reports) {
        auto &kept = latest[{report.county, report.species}];
        if (!kept.reportedOn.isValid() || kept.reportedOn < report.reportedOn)
            kept = report;
    }
    const ForestIndicatorSeries series(indicators);
    const int year = series.latestYear();
    const QString unitName = AreaUnits::name(unit);
    //: 县 / 种类 / 统计日期 / 发生面积 / 成灾面积 / 防治面积 / 防治率 / 无公害防治率 / 成灾率（‰）
    reset(table,
          {tr("County"), tr("Species"), tr("Report date"), tr("Affected (%1)").arg(unitName),
           tr("Damaged (%1)").arg(unitName), tr("Treated (%1)").arg(unitName), tr("Treatment rate"),
           tr("Pollution-free rate"), tr("Damage rate (‰ of forest)")},
          int(latest.size()));
    int row = 0;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it, ++row) {
        const PestReport &report = it.value();
        table->setItem(row, 0, item(report.county));
        auto *species = item(report.species);
        species->setData(Qt::UserRole, QStringLiteral("pest:%1:%2").arg(report.county, report.species));
        table->setItem(row, 1, species);
        table->setItem(row, 2, item(report.reportedOn.toString(Qt::ISODate)));
        table->setItem(row, 3, numberItem(area(report.occurrenceHa, unit)));
        table->setItem(row, 4, numberItem(area(report.disasterHa, unit)));
        table->setItem(row, 5, numberItem(area(report.controlledHa, unit)));
        const auto rate = report.controlRate();
        table->setItem(row, 6, numberItem(rate ? percent(*rate) : QStringLiteral("—")));
        const auto clean = report.pollutionFreeRate();
        table->setItem(row, 7, numberItem(clean ? percent(*clean) : QStringLiteral("—")));
        const auto county = series.find(report.county, year);
        const auto perMille = county ? report.disasterPerMille(county->forestAreaHa) : std::nullopt;
        table->setItem(row, 8,
                       numberItem(perMille ? QLocale().toString(*perMille, 'f', 2) : QStringLiteral("—")));
    }
    finish(table);
}

void ForestryTableViews::fillComparison(QTableWidget *table, const Comparison &data, AreaUnit unit)
{
    const ForestIndicatorSeries series(data.indicators);
    const int year = series.latestYear();
    const QString unitName = AreaUnits::name(unit);
    const QStringList counties = series.counties();
    //: 县 / 林地面积 / 森林面积 / 森林覆盖率 / 覆盖率同比 / 森林蓄积量 / 每公顷蓄积 / 营造林完成率 /
    //: 有害生物发生面积 / 高火险区域
    reset(table,
          {tr("County"), tr("Forest land (%1)").arg(unitName), tr("Forest (%1)").arg(unitName),
           tr("Coverage"), tr("Coverage, year on year"), tr("Growing stock (m³)"), tr("Stock per ha (m³)"),
           tr("Afforestation done"), tr("Pests affected (%1)").arg(unitName), tr("Areas at level 4–5")},
          int(counties.size()));
    for (int row = 0; row < counties.size(); ++row) {
        const QString &county = counties.at(row);
        const CountyIndicators now = series.find(county, year).value_or(CountyIndicators{.county = county});
        table->setItem(row, 0, item(county));
        table->setItem(row, 1, numberItem(area(now.forestLandAreaHa, unit)));
        table->setItem(row, 2, numberItem(area(now.forestAreaHa, unit)));
        table->setItem(row, 3, numberItem(percent(now.coverage(), 2)));
        const auto change = series.change(county, year, ForestIndicatorSeries::Measure::Coverage);
        //: 个百分点
        table->setItem(
            row, 4,
            numberItem(change ? tr("%1 pt").arg(QLocale().toString(change->difference() * 100, 'f', 2))
                              : QStringLiteral("—")));
        table->setItem(row, 5, numberItem(QLocale().toString(now.stockM3, 'f', 0)));
        table->setItem(row, 6, numberItem(QLocale().toString(now.stockPerHectare(), 'f', 1)));
        double planned = 0, completed = 0;
        for (const AfforestationTask &task : data.afforestation) {
            if (task.county == county) {
                planned += task.plannedHa;
                completed += task.completedHa;
            }
        }
        table->setItem(row, 7, numberItem(planned > 0 ? percent(completed / planned) : QStringLiteral("—")));
        QMap<QString, PestReport> latest;
        for (const PestReport &report : data.pests) {
            if (report.county == county
                && (!latest.contains(report.species)
                    || latest[report.species].reportedOn < report.reportedOn))
                latest[report.species] = report;
        }
        double affected = 0;
        for (const PestReport &report : latest)
            affected += report.occurrenceHa;
        table->setItem(row, 8, numberItem(area(affected, unit)));
        int high = 0;
        for (const FireRiskDay &risk : data.latestRisk)
            high += risk.county == county && FireDanger::isHigh(risk.level) ? 1 : 0;
        auto *highItem = numberItem(QString::number(high));
        if (high > 0)
            highItem->setBackground(HighColour);
        table->setItem(row, 9, highItem);
    }
    finish(table);
}

QList<QStringList> ForestryTableViews::rows(const QTableWidget *table)
{
    QList<QStringList> result;
    QStringList header;
    for (int column = 0; column < table->columnCount(); ++column) {
        const QTableWidgetItem *cell = table->horizontalHeaderItem(column);
        header.append(cell ? cell->text() : QString());
    }
    result.append(header);
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *cell = table->item(row, column);
            cells.append(cell ? cell->text() : QString());
        }
        result.append(cells);
    }
    return result;
}

} // namespace GovDesk::Forestry
