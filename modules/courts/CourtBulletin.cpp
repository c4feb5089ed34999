#include "CourtBulletin.h"

#include <QHash>

namespace GovDesk::Courts {

using Core::ErrorCode;
using Core::fail;

namespace {

QString courtLabel(const CourtDirectory &directory, const QString &code)
{
    return directory.nameOf(code);
}

// 「琼01（90.12%）、琼02（88.00%）」
QString listCourts(const CourtDirectory &directory, const IndicatorDefinition &definition,
                   const QList<RankedCourt> &courts)
{
    QStringList names;
    for (const RankedCourt &court : courts)
        names << QStringLiteral("%1（%2）")
                     .arg(courtLabel(directory, court.court), CourtBulletin::formatValue(definition, court.value));
    return names.join(QStringLiteral("、"));
}

// Courts sharing one figure (the best or the worst of a level): all of them when a few, else the
// first three and how many — 「甲、乙、丙等18个法院（0件）」, as a 通报 would say it.
QString tiedCourts(const CourtDirectory &directory, const IndicatorDefinition &definition,
                   const QList<RankedCourt> &courts)
{
    constexpr qsizetype Named = 3;
    if (courts.size() <= Named + 1)
        return listCourts(directory, definition, courts);
    QStringList names;
    for (qsizetype i = 0; i < Named; ++i)
        names << courtLabel(directory, courts.at(i).court);
    return QStringLiteral("%1等%2个法院（%3）")
        .arg(names.join(QStringLiteral("、")))
        .arg(courts.size())
        .arg(CourtBulletin::formatValue(definition, courts.constFirst().value));
}

} // namespace

QString CourtBulletin::formatValue(const IndicatorDefinition &definition, double value)
{
    const int decimals = definition.ranking.decimals;
    const QString number = QString::number(CourtRanking::rounded(value, decimals), 'f', decimals);
    return definition.unit == QLatin1String("%") ? number + QStringLiteral("%") : number + definition.unit;
}

QString CourtBulletin::formatChange(const IndicatorDefinition &definition, double change)
{
    const int decimals = definition.ranking.decimals;
    const double rounded = CourtRanking::rounded(change, decimals);
    if (rounded == 0)
        return QStringLiteral("持平");
    const QString amount = QString::number(std::abs(rounded), 'f', decimals);
    if (definition.unit == QLatin1String("%"))
        return QStringLiteral("%1%2个百分点").arg(rounded > 0 ? QStringLiteral("上升") : QStringLiteral("下降"), amount);
    return QStringLiteral("%1%2%3").arg(rounded > 0 ? QStringLiteral("增加") : QStringLiteral("减少"), amount,
                                        definition.unit);
}

Core::Result<Bulletin> CourtBulletin::compose(const CourtDirectory &directory, const QList<CourtCase> &cases,
                                              const BulletinOptions &options)
{
    if (!options.period.from.isValid() || !options.period.to.isValid() || options.period.from > options.period.to)
        //: 通报期间无效。
        return fail(ErrorCode::InvalidArgument, tr("The period of the bulletin is not valid."), QStringLiteral("period"));
    if (directory.courts().isEmpty())
        //: 法院名录为空，无法排名。
        return fail(ErrorCode::InvalidArgument, tr("The court directory is empty: nothing to rank."),
                    QStringLiteral("directory"));

    Bulletin bulletin;
    bulletin.periodName = options.periodName;
    bulletin.issuer = options.issuer;
    bulletin.title = QStringLiteral("关于%1全省法院审判执行工作主要指标和系统应用情况的通报").arg(options.periodName);

    QHash<QString, QList<CourtCase>> byCourt;
    for (const CourtCase &c : cases) {
        if (!directory.contains(c.court())) {
            ++bulletin.unknownCourtCases;
            continue;
        }
        byCourt[c.court()].append(c);
        bulletin.received += options.period.contains(c.filedOn);
        bulletin.closed += c.closedOn && options.period.contains(*c.closedOn);
    }
    QHash<QString, QMap<Indicator, Figure>> now;
    QHash<QString, QMap<Indicator, Figure>> before;
    for (const Court &court : directory.courts()) {
        now.insert(court.code, CaseIndicators::compute(byCourt.value(court.code), options.period, options.settings));
        if (options.previous.from.isValid())
            before.insert(court.code,
                          CaseIndicators::compute(byCourt.value(court.code), options.previous, options.settings));
    }

    for (Indicator indicator : options.indicators) {
        BulletinSection section;
        section.definition = CaseIndicators::definition(indicator, options.settings);
        if (options.settings.thresholds.contains(indicator))
            section.threshold = options.settings.thresholds.value(indicator);
        QList<Figure> all;
        QList<Figure> allBefore;
        for (const Court &court : directory.courts()) {
            all.append(now.value(court.code).value(indicator));
            if (before.contains(court.code))
                allBefore.append(before.value(court.code).value(indicator));
        }
        section.province = CaseIndicators::value(indicator, CaseIndicators::combine(indicator, all));
        if (!allBefore.isEmpty())
            section.previousProvince = CaseIndicators::value(indicator, CaseIndicators::combine(indicator, allBefore));
        for (CourtLevel level : options.levels) {
            QList<RankingInput> inputs;
            for (const Court &court : directory.atLevel(level)) {
                RankingInput input{court.code, CaseIndicators::value(indicator, now.value(court.code).value(indicator)),
                                   std::nullopt};
                if (before.contains(court.code))
                    input.previous = CaseIndicators::value(indicator, before.value(court.code).value(indicator));
                inputs.append(input);
            }
            if (inputs.isEmpty())
                continue;
            RankingOptions ranking = section.definition.ranking;
            ranking.threshold = section.threshold;
            section.levels.append({level, CourtRanking::rank(inputs, ranking)});
        }
        bulletin.sections.append(section);
    }
    bulletin.summary = summarise(bulletin, directory);
    return bulletin;
}

QString CourtBulletin::summarise(const Bulletin &bulletin, const CourtDirectory &directory)
{
    QStringList paragraphs;
    paragraphs << QStringLiteral("%1，全省法院新收案件%2件，审结%3件。").arg(bulletin.periodName).arg(bulletin.received).arg(bulletin.closed);
    for (const BulletinSection &section : bulletin.sections) {
        const IndicatorDefinition &definition = section.definition;
        QString text = QStringLiteral("【%1】").arg(definition.name);
        if (section.province) {
            text += QStringLiteral("全省为%1").arg(formatValue(definition, *section.province));
            if (section.previousProvince)
                text += QStringLiteral("，较上期%1").arg(formatChange(definition, *section.province - *section.previousProvince));
            text += QStringLiteral("。");
        } else {
            text += QStringLiteral("本期无可计算的数据。");
        }
        for (const LevelRanking &level : section.levels) {
            const QList<RankedCourt> &courts = level.ranking.courts;
            if (courts.size() < 2)
                continue;
            QList<RankedCourt> best;
            QList<RankedCourt> worst;
            for (const RankedCourt &court : courts) {
                if (court.rank == 1)
                    best << court;
                if (court.value == courts.constLast().value)
                    worst << court;
            }
            if (best.constFirst().value == worst.constFirst().value)
                continue; // all level: nothing to single out
            text += QStringLiteral("%1中，%2最好，%3最差。")
                        .arg(CourtDirectory::levelName(level.level), tiedCourts(directory, definition, best),
                             tiedCourts(directory, definition, worst));
            // The biggest climb against the previous period's rank.
            const RankedCourt *climber = nullptr;
            for (const RankedCourt &court : courts)
                if (court.previousRank && *court.previousRank > court.rank
                    && (!climber || *court.previousRank - court.rank > *climber->previousRank - climber->rank))
                    climber = &court;
            if (climber)
                text += QStringLiteral("进步最大的是%1，排名由第%2位升至第%3位。")
                            .arg(courtLabel(directory, climber->court))
                            .arg(*climber->previousRank)
                            .arg(climber->rank);
        }
        QList<RankedCourt> past;
        for (const LevelRanking &level : section.levels)
            for (const RankedCourt &court : level.ranking.courts)
                if (court.belowThreshold)
                    past << court;
        if (!past.isEmpty() && section.threshold)
            text += QStringLiteral("未达到%1的法院：%2，请认真分析原因，限期整改。")
                        .arg(formatValue(definition, *section.threshold), listCourts(directory, definition, past));
        paragraphs << text;
    }
    if (bulletin.unknownCourtCases > 0)
        paragraphs << QStringLiteral("另有%1件案件的法院不在名录中，未纳入统计。").arg(bulletin.unknownCourtCases);
    return paragraphs.join(QLatin1Char('\n'));
}

} // namespace GovDesk::Courts
