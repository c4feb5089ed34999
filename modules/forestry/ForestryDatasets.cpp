#include "ForestryDatasets.h"

#include "ForestryWarningSync.h"
#include "audit/AuditLog.h"
#include "import/DatasetFiles.h"
#include "import/DatasetStatus.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "store/Database.h"
#include "sync/BlobReferences.h"

#include <QJsonArray>

namespace GovDesk::Forestry {

using Core::Result;

namespace {

Result<> indexDataset(Core::ModuleContext &context, const DatasetStatus &status)
{
    const auto kind = DatasetKinds::fromCode(status.kind);
    return context.search().index(
        {.type = QString::fromLatin1(DatasetSearchType),
         .recordId = status.recordId,
         .title = status.title,
         .body = QStringList{kind ? DatasetKinds::name(*kind) : status.kind, status.fileName,
                             ForestryTables::stateName(status.state), status.problems}
                     .join(QLatin1Char('\n')),
         .updatedAt = status.updatedAt});
}

// What the applier and a local import share: no context needed.
Core::DatasetSource importSource()
{
    return {.collection = QString::fromLatin1(DatasetCollection),
            .tables = ForestryTables::tableNames(),
            .schema = [](const QString &kind) -> std::optional<Core::ImportSchema> {
                const auto known = DatasetKinds::fromCode(kind);
                if (!known)
                    return std::nullopt;
                return DatasetKinds::schema(*known);
            },
            .rowWriter = [](Core::Database &db, const QString &kind,
                            const QString &recordId) -> Core::TableImport::RowSink {
                const DatasetKind known = DatasetKinds::fromCode(kind).value_or(DatasetKind::Indicators);
                return [tables = std::make_shared<ForestryTables>(db), known,
                        recordId](const QVariantList &values) {
                    return tables->insert(known, recordId, values);
                };
            },
            .version = ForestryDatasets::Version,
            // One event whether the file was clean or not, with its problems (as before the applier).
            .appliedEvent = QStringLiteral("forestry.dataset.import"),
            .rejectedEvent = QStringLiteral("forestry.dataset.import")};
}

} // namespace

QJsonObject DatasetRecord::toPayload() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("title"), title},
            {QStringLiteral("fileName"), fileName},
            {QStringLiteral("loadedAt"), loadedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha256},
                                                                   {QStringLiteral("name"), fileName},
                                                                   {QStringLiteral("size"), size}}}}};
}

DatasetRecord DatasetRecord::fromPayload(const QJsonObject &payload)
{
    DatasetRecord record{
        .kind = payload.value(QStringLiteral("kind")).toString(),
        .title = payload.value(QStringLiteral("title")).toString(),
        .fileName = payload.value(QStringLiteral("fileName")).toString(),
        .loadedAt = QDateTime::fromString(payload.value(QStringLiteral("loadedAt")).toString(), Qt::ISODate)};
    const QList<Core::AttachmentRef> files = Core::BlobReferences::of(payload);
    if (!files.isEmpty()) {
        record.sha256 = files.first().sha256;
        record.size = files.first().size;
        if (record.fileName.isEmpty())
            record.fileName = files.first().name;
    }
    if (record.title.isEmpty())
        record.title = record.fileName;
    return record;
}

Core::DatasetSource ForestryDatasets::source(Core::ModuleContext &context)
{
    Core::DatasetSource source = importSource();
    source.changed
        = [&context](const QString &recordId, const std::optional<DatasetStatus> &status) -> Result<> {
        if (!status) {
            GD_TRY(context.search().remove(recordId));
            return ForestryWarningSync::refresh(context);
        }
        GD_TRY(indexDataset(context, *status));
        if (status->state == DatasetState::Waiting || status->state == DatasetState::Cancelled)
            return {};
        return ForestryWarningSync::refresh(context);
    };
    return source;
}

Result<DatasetStatus> ForestryDatasets::importLocal(Core::Database &db, const DatasetStatus &status,
                                                    const QString &path, const Core::ColumnMapping &mapping,
                                                    const Core::TableImport::Progress &progress,
                                                    const std::atomic_bool *cancel)
{
    return Core::DatasetFiles::importLocal(importSource(), QStringLiteral("forestry"), db, status, path,
                                           mapping, progress, cancel);
}

QJsonObject ForestryDatasets::payload(DatasetKind kind, const QString &title, const QString &fileName,
                                      const QString &sha256, qint64 size,
                                      const std::optional<Core::ColumnMapping> &mapping)
{
    return Core::DatasetFiles::payload(DatasetKinds::code(kind), title, fileName, sha256, size, mapping);
}

Result<> ForestryDatasets::forget(Core::Database &db, const QString &recordId)
{
    GD_TRY(ForestryTables(db).removeRows(recordId));
    return Core::DatasetStatusStore(db, QStringLiteral("forestry")).remove(recordId);
}

Result<> ForestryDatasets::remove(Core::ModuleContext &context, const QString &datasetId)
{
    GD_TRY(context.records().remove(QString::fromLatin1(DatasetCollection), datasetId));
    auto logged = context.audit().append(QStringLiteral("forestry.dataset.remove"), datasetId);
    if (!logged)
        return std::unexpected(logged.error());
    return {};
}

} // namespace GovDesk::Forestry
