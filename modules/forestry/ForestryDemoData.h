// ForestryDemoData: the demo office's data, as datasets (a file in the BlobCache and its record),
// so the same projection builds everything: five fictional counties, three years of indicators,
// this year's afforestation plan and progress, a year of daily fire danger ending in a dry-season
// peak, a few fires, and monthly pest reports with one species spreading.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Forestry {

struct DemoFile
{
    QString kind; // DatasetKinds::code
    QString title;
    QString fileName;
    QByteArray csv; // UTF-8
};

// The files as of `today` (deterministic for a given day).
[[nodiscard]] QList<DemoFile> demoFiles(const QDate &today);
[[nodiscard]] Core::Result<> seedDemoDatasets(Core::ModuleContext &context, const QDate &today);

} // namespace GovDesk::Forestry
