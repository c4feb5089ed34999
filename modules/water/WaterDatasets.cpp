#include "WaterDatasets.h"

#include "WaterWarnings.h"
#include "import/DatasetImportJob.h"
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

QString WaterDatasets::stateName(DatasetState state)
{
    return Core::DatasetStatusStore::stateName(state);
}

QJsonObject WaterDatasets::payload(DatasetKind kind, const QString &title, const QString &fileName,
                                   const QString &sha256, qint64 size,
                                   const std::optional<Core::ColumnMapping> &mapping)
{
    QJsonObject payload{
        {QStringLiteral("kind"), WaterSchema::kindCode(kind)},
        {QStringLiteral("title"), title},
        {QStringLiteral("fileName"), fileName},
        {QStringLiteral("loadedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha256},
                                                               {QStringLiteral("name"), fileName},
                                                               {QStringLiteral("size"), size}}}},
    };
    if (mapping) {
        QJsonObject columns;
        for (auto it = mapping->cbegin(); it != mapping->cend(); ++it)
            columns.insert(it.key(), it.value());
        payload.insert(QStringLiteral("mapping"), columns);
    }
    return payload;
}

Core::Result<DatasetStatus> WaterDatasets::importLocal(Core::Database &db, const DatasetStatus &status,
                                                       const QString &path,
                                                       const Core::ColumnMapping &mapping,
                                                       const Core::TableImport::Progress &progress,
                                                       const std::atomic_bool *cancel)
{
    const auto kind = WaterSchema::kindFromCode(status.kind);
    if (!kind)
        return Core::fail(Core::ErrorCode::InvalidArgument, tr("Unknown table kind “%1”.").arg(status.kind));
    const Core::DatasetSource source = importSource();
    auto imported = Core::DatasetImportJob(source, ModuleId)
                        .run(
                            db, Core::TableImport(path, WaterSchema::importSchema(*kind)), status, mapping,
                            Core::DatasetImportJob::Expect::New,
                            [&progress](int percent) {
                                if (progress)
                                    progress(percent, 100);
                            },
                            cancel);
    if (!imported)
        return std::unexpected(imported.error());
    if (!*imported)
        //: 导入期间该数据集已被更改
        return Core::fail(Core::ErrorCode::AlreadyExists, tr("The dataset was changed meanwhile."));
    return **imported;
}

Core::Result<QList<DatasetStatus>> WaterDatasets::statuses(Core::Database &db)
{
    return Core::DatasetStatusStore(db, ModuleId).statuses();
}

Core::Result<int> WaterDatasets::waitingCount(Core::Database &db)
{
    auto waiting = Core::DatasetStatusStore(db, ModuleId).inState(DatasetState::Waiting);
    if (!waiting)
        return std::unexpected(waiting.error());
    return int(waiting->size());
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
