// BulletinTables: a 通报's figures as the tables every output shares — PDF, spreadsheet, CSV and the
// page — so that they never disagree: the province's figures, one ranking per indicator and level
// (排名 with 并列, 法院, 本期, 上期, 增减, 上期排名, 备注: 前三 / 后三 / 未达标), and the definitions.
#pragma once

#include "CourtBulletin.h"

namespace GovDesk::Courts {

// Why a row stands out.
enum class RowMark { None, Top, Bottom, BelowThreshold };

struct BulletinTable
{
    QString caption;
    QStringList columns;
    QList<QStringList> rows;
    QList<RowMark> marks; // one per row
};

class BulletinTables
{
public:
    // 指标, 全省本期, 全省上期, 增减.
    [[nodiscard]] static BulletinTable overview(const Bulletin &bulletin);
    [[nodiscard]] static QList<BulletinTable> rankings(const Bulletin &bulletin, const CourtDirectory &directory);
    // 指标, 口径: what each figure means in this 通报.
    [[nodiscard]] static BulletinTable definitions(const Bulletin &bulletin);
};

} // namespace GovDesk::Courts
