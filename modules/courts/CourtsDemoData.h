// CourtsDemoData: the demo's 审判 data — 海南's courts (the 高院, four 中院, twenty 基层法院; names
// and 代字 after the real ones) and two years of cases ending at a given day, generated from a fixed seed:
// seasonal filing (quiet at 春节, busy in spring), a year-end closing push, 简易程序 and ordinary 审限,
// approved extensions and deducted periods (公告, 鉴定), varied 结案方式, appeals with their
// outcomes, execution amounts, the usage facts and each case's events with their entry dates.
// Each court has its own diligence that drifts from one year to the next, so every indicator
// spreads across courts and has a previous period to compare with; a few courts lag. Written as
// datasets (the directory, the cases and the events as files), so the same import builds it all.
#pragma once

#include "CourtsSchema.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Courts {

struct DemoFile
{
    DatasetKind kind;
    QString title;
    QString fileName;
    QByteArray bytes; // UTF-8: CSV with Chinese headers, or the directory's JSON
};

class CourtsDemoData
{
public:
    // Two years of cases filed up to `end`; `scale` multiplies the courts' yearly intake (1: about
    // 50,000 cases in all).
    [[nodiscard]] static QList<DemoFile> generate(QDate end, double scale = 1.0);
    // Stores each file as a blob and puts its dataset record (the directory, cases, then events).
    [[nodiscard]] static Core::Result<> seed(Core::ModuleContext &context, const QList<DemoFile> &files);
};

} // namespace GovDesk::Courts
