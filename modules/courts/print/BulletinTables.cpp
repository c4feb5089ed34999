#include "BulletinTables.h"

namespace GovDesk::Courts {

BulletinTable BulletinTables::overview(const Bulletin &bulletin)
{
    BulletinTable table{
        QStringLiteral("全省法院主要指标"),
        {QStringLiteral("指标"), QStringLiteral("本期"), QStringLiteral("上期"), QStringLiteral("增减")},
        {},
        {}};
    for (const BulletinSection &section : bulletin.sections) {
        const IndicatorDefinition &definition = section.definition;
        const auto shown = [&definition](const std::optional<double> &value) {
            return value ? CourtBulletin::formatValue(definition, *value) : QStringLiteral("—");
        };
        table.rows.append({definition.name, shown(section.province), shown(section.previousProvince),
                           section.province && section.previousProvince ? CourtBulletin::formatChange(
                               definition, *section.province - *section.previousProvince)
                                                                        : QStringLiteral("—")});
        table.marks.append(RowMark::None);
    }
    return table;
}

QList<BulletinTable> BulletinTables::rankings(const Bulletin &bulletin, const CourtDirectory &directory)
{
    QList<BulletinTable> tables;
    for (const BulletinSection &section : bulletin.sections) {
        const IndicatorDefinition &definition = section.definition;
        for (const LevelRanking &level : section.levels) {
            BulletinTable table{
                QStringLiteral("%1%2排名").arg(CourtDirectory::levelName(level.level), definition.name),
                {QStringLiteral("排名"), QStringLiteral("法院"), QStringLiteral("本期"),
                 QStringLiteral("上期"), QStringLiteral("增减"), QStringLiteral("上期排名"),
                 QStringLiteral("备注")},
                {},
                {}};
            // 前三 / 后三, or 前二 … when the level has few courts.
            const QString count = QStringLiteral("零一二三四五六七八九").mid(level.ranking.marked, 1);
            for (const RankedCourt &court : level.ranking.courts) {
                QStringList notes;
                RowMark mark = RowMark::None;
                if (court.top) {
                    notes << QStringLiteral("前") + count;
                    mark = RowMark::Top;
                }
                if (court.bottom) {
                    notes << QStringLiteral("后") + count;
                    mark = RowMark::Bottom;
                }
                if (court.belowThreshold) {
                    notes << QStringLiteral("未达到%1")
                                 .arg(CourtBulletin::formatValue(definition, *section.threshold));
                    mark = RowMark::BelowThreshold;
                }
                const bool hadPrevious = court.change.has_value();
                table.rows.append(
                    {court.tied ? QStringLiteral("%1（并列）").arg(court.rank) : QString::number(court.rank),
                     directory.nameOf(court.court), CourtBulletin::formatValue(definition, court.value),
                     hadPrevious ? CourtBulletin::formatValue(definition, court.value - *court.change)
                                 : QStringLiteral("—"),
                     hadPrevious ? CourtBulletin::formatChange(definition, *court.change)
                                 : QStringLiteral("—"),
                     court.previousRank ? QString::number(*court.previousRank) : QStringLiteral("—"),
                     notes.join(QStringLiteral("；"))});
                table.marks.append(mark);
            }
            for (const QString &code : level.ranking.unranked) {
                table.rows.append({QStringLiteral("—"), directory.nameOf(code), QStringLiteral("—"),
                                   QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—"),
                                   QStringLiteral("本期无数据，不参与排名")});
                table.marks.append(RowMark::None);
            }
            tables.append(table);
        }
    }
    return tables;
}

BulletinTable BulletinTables::definitions(const Bulletin &bulletin)
{
    BulletinTable table{QStringLiteral("指标口径"),
                        {QStringLiteral("指标"), QStringLiteral("口径"), QStringLiteral("达标线")},
                        {},
                        {}};
    for (const BulletinSection &section : bulletin.sections) {
        const IndicatorDefinition &definition = section.definition;
        QString line = QStringLiteral("—");
        if (section.threshold) {
            line = (definition.ranking.direction == Direction::HigherIsBetter ? QStringLiteral("不低于%1")
                                                                              : QStringLiteral("不高于%1"))
                       .arg(CourtBulletin::formatValue(definition, *section.threshold));
        }
        table.rows.append({definition.name, definition.formula, line});
        table.marks.append(RowMark::None);
    }
    return table;
}

} // namespace GovDesk::Courts
