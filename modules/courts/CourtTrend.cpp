#include "CourtTrend.h"

#include <QHash>

namespace GovDesk::Courts {

QList<TrendPeriod> CourtTrend::periods(QDate from, QDate to, Step step)
{
    QList<TrendPeriod> list;
    if (!from.isValid() || !to.isValid() || from > to)
        return list;
    static const QStringList Quarters{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                      QStringLiteral("四")};
    QDate start = step == Step::Year      ? QDate(from.year(), 1, 1)
                  : step == Step::Quarter ? QDate(from.year(), (from.month() - 1) / 3 * 3 + 1, 1)
                                          : QDate(from.year(), from.month(), 1);
    while (start <= to) {
        const QDate next
            = step == Step::Year ? start.addYears(1) : start.addMonths(step == Step::Quarter ? 3 : 1);
        QString label;
        switch (step) {
        case Step::Month:
            label = QStringLiteral("%1年%2月").arg(start.year()).arg(start.month());
            break;
        case Step::Quarter:
            label
                = QStringLiteral("%1年第%2季度").arg(start.year()).arg(Quarters.at((start.month() - 1) / 3));
            break;
        case Step::Year:
            label = QStringLiteral("%1年").arg(start.year());
            break;
        }
        list.append({label, {start, next.addDays(-1)}});
        start = next;
    }
    return list;
}

QList<TrendPeriod> CourtTrend::yearToDate(const QList<TrendPeriod> &months)
{
    QList<TrendPeriod> list;
    for (const TrendPeriod &month : months) {
        const QDate end = month.period.to;
        const QString label = end.month() == 1
                                  ? QStringLiteral("%1年1月").arg(end.year())
                                  : QStringLiteral("%1年1—%2月").arg(end.year()).arg(end.month());
        list.append({label, {QDate(end.year(), 1, 1), end}});
    }
    return list;
}

QList<TrendPoint> CourtTrend::compute(const CourtDirectory &directory, const QList<CourtCase> &cases,
                                      Indicator indicator, const QList<TrendPeriod> &periods,
                                      const IndicatorSettings &settings)
{
    QHash<QString, QList<CourtCase>> byCourt;
    for (const CourtCase &c : cases)
        if (directory.contains(c.court()))
            byCourt[c.court()].append(c);
    QList<TrendPoint> points;
    for (const TrendPeriod &period : periods) {
        TrendPoint point{period, std::nullopt, {}};
        QList<Figure> all;
        for (const Court &court : directory.courts()) {
            const Figure figure = CaseIndicators::compute(byCourt.value(court.code), period.period, settings)
                                      .value(indicator);
            all.append(figure);
            point.courts.insert(court.code, CaseIndicators::value(indicator, figure));
        }
        point.province = CaseIndicators::value(indicator, CaseIndicators::combine(indicator, all));
        points.append(point);
    }
    return points;
}

} // namespace GovDesk::Courts
