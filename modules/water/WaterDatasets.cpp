#include "WaterDatasets.h"

#include "WaterWarnings.h"
#include "import/DatasetFiles.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>

namespace GovDesk::Water {

namespace {

const QString ModuleId = QStringLiteral("water");

// What the applier and a local import share: no context needed.
Core::DatasetSource importSource()
{
    QStringList tables;
    for (DatasetKind kind : WaterSchema::kinds())
        tables.append(WaterSchema::tableName(kind));
    return {.collection = QString::fromLatin1(DatasetCollection),
            .tables = tables,
            .schema = [](const QString &kind) -> std::optional<Core::ImportSchema> {
                const auto known = WaterSchema::kindFromCode(kind);
                if (!known)
                    return std::nullopt;
                return WaterSchema::importSchema(*known);
            },
            .rowWriter = [](Core::Database &db, const QString &kind,
                            const QString &recordId) -> Core::TableImport::RowSink {
                auto writer = std::make_shared<RowWriter>(
                    db, WaterSchema::kindFromCode(kind).value_or(DatasetKind::Stations), recordId);
                return [writer](const QVariantList &values) {
                    return writer->write(values);
                };
            },
            .version = WaterDatasets::Version,
            .appliedEvent = QStringLiteral("water.dataset.applied"),
            .rejectedEvent = QStringLiteral("water.dataset.rejected")};
}

} // namespace

QJsonObject WaterDatasets::payload(DatasetKind kind, const QString &title, const QString &fileName,
                                   const QString &sha256, qint64 size,
                                   const std::optional<Core::ColumnMapping> &mapping)
{
    return Core::DatasetFiles::payload(WaterSchema::kindCode(kind), title, fileName, sha256, size, mapping);
}

Core::Result<DatasetStatus> WaterDatasets::importLocal(Core::Database &db, const DatasetStatus &status,
                                                       const QString &path,
                                                       const Core::ColumnMapping &mapping,
                                                       const Core::TableImport::Progress &progress,
                                                       const std::atomic_bool *cancel)
{
    return Core::DatasetFiles::importLocal(importSource(), ModuleId, db, status, path, mapping, progress,
                                           cancel);
}

Core::Result<QList<DatasetStatus>> WaterDatasets::statuses(Core::Database &db)
{
    return Core::DatasetStatusStore(db, ModuleId).statuses();
}

Core::Result<int> WaterDatasets::waitingCount(Core::Database &db)
{
    return Core::DatasetFiles::waitingCount(db, ModuleId);
}

Core::Result<> WaterDatasets::forget(Core::Database &db, const QString &recordId)
{
    GD_TRY(WaterSchema::removeRows(db, recordId));
    return Core::DatasetStatusStore(db, ModuleId).remove(recordId);
}

Core::DatasetSource WaterDatasets::source(Core::ModuleContext &context)
{
    Core::DatasetSource source = importSource();
    source.changed
        = [&context](const QString &, const std::optional<DatasetStatus> &status) -> Core::Result<> {
        // Only rows that came or went change the warnings.
        if (status && status->state != DatasetState::Applied)
            return {};
        auto refreshed = WaterWarnings::refresh(context);
        if (!refreshed)
            return std::unexpected(refreshed.error());
        return {};
    };
    return source;
}

Core::Result<> WaterDatasets::install(Core::ModuleContext &context)
{
    GD_TRY(context.migrate(WaterSchema::migrations()));
    //: Search filter for flood warnings: 水情预警
    GD_TRY(context.search().registerType(QString::fromLatin1(WarningSearchType), tr("Flood warning")));
    // A dataset replaced by the administrator is replaced: the latest word is right.
    GD_TRY(context.records().declareCollection(
        {.name = QString::fromLatin1(DatasetCollection), .policy = Core::ConflictPolicy::LastWriterWins}));
    return context.addDatasets(source(context));
}

} // namespace GovDesk::Water
