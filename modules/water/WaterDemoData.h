// WaterDemoData: the demo's 水务 data — about 30 stations on two fictional rivers of a fictional
// basin (plainly invented names; 行政区划码 under the unused prefix 99), a year of hourly readings
// with seasonal and diurnal patterns and rain events, and at the end a storm on the upper 云溪河
// that lifts two downstream stations over 警戒 and fires the fused warning. Written as datasets
// (a file per table, as blobs, and water.dataset records), so the same projection builds it all.
#pragma once

#include "Result.h"
#include "WaterSchema.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Water {

struct DemoFile
{
    DatasetKind kind;
    QString title;
    QString fileName;
    QByteArray csv; // UTF-8, SL 323 or Chinese headers
};

class WaterDemoData
{
public:
    // The station codes whose level the storm lifts over 警戒 (for tests and the guide).
    static const QStringList StormStations;

    // `end`: the last reading's hour; `days` of hourly data before it (365 for the demo).
    [[nodiscard]] static QList<DemoFile> generate(const QDateTime &end, int days = 365);
    // Stores each file as a blob and puts its dataset record.
    [[nodiscard]] static Core::Result<> seed(Core::ModuleContext &context, const QList<DemoFile> &files);
};

} // namespace GovDesk::Water
