#include "ForestryDatasets.h"

#include "ForestryWarningSync.h"
#include "audit/AuditLog.h"
#include "import/DatasetImportJob.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/BlobReferences.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace GovDesk::Forestry {

using Core::Result;

namespace {

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::Io,
                          ForestryDatasets::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Core::fail(Core::ErrorCode::Io, ForestryDatasets::tr("%1 cannot be read.").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}

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

Result<qint64> ForestryDatasets::applyLocalFile(Core::Database &db, LocalImport &import,
                                                const Core::ColumnMapping &mapping,
                                                const Core::TableImport::Progress &progress,
                                                const std::atomic_bool *cancel)
{
    auto sha256 = fileSha256(import.path);
    if (!sha256)
        return std::unexpected(sha256.error());
    import.sha256 = *sha256;
    const DatasetStatus base{.recordId = import.datasetId,
                             .kind = DatasetKinds::code(import.kind),
                             .title = import.title,
                             .fileName = QFileInfo(import.path).fileName(),
                             .sha256 = import.sha256,
                             .loadedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    const Core::DatasetSource datasets = importSource();
    const Core::DatasetImportJob job(datasets, QStringLiteral("forestry"));
    auto status = job.run(
        db, Core::TableImport(import.path, DatasetKinds::schema(import.kind)), base, mapping,
        Core::DatasetImportJob::Expect::New,
        [&progress](int percent) {
            if (progress)
                progress(percent, 100);
        },
        cancel);
    if (!status)
        return std::unexpected(status.error());
    if (!*status)
        return Core::fail(Core::ErrorCode::AlreadyExists, tr("The dataset was changed meanwhile."));
    if ((*status)->state != DatasetState::Applied)
        return Core::fail(Core::ErrorCode::InvalidArgument, (*status)->problems);
    return (*status)->rows;
}

Result<> ForestryDatasets::publishLocalImport(Core::ModuleContext &context, const LocalImport &import)
{
    const auto undo = [&context, &import] {
        (void)ForestryTables(context.database()).removeRows(import.datasetId);
        (void)Core::DatasetStatusStore(context.database(), context.moduleId()).remove(import.datasetId);
    };
    auto sha256 = Core::BlobCache(context.database()).addFile(import.path);
    if (!sha256) {
        undo();
        return std::unexpected(sha256.error());
    }
    const DatasetRecord record{.kind = DatasetKinds::code(import.kind),
                               .title = import.title,
                               .fileName = QFileInfo(import.path).fileName(),
                               .loadedAt = QDateTime::currentDateTimeUtc(),
                               .sha256 = *sha256,
                               .size = QFileInfo(import.path).size()};
    auto put
        = context.records().put(QString::fromLatin1(DatasetCollection), import.datasetId, record.toPayload());
    if (!put) {
        undo();
        return put;
    }
    auto status = ForestryTables(context.database()).status(import.datasetId);
    if (!status)
        return std::unexpected(status.error());
    auto logged = context.audit().append(QStringLiteral("forestry.dataset.import"), import.datasetId,
                                         {{QStringLiteral("kind"), record.kind},
                                          {QStringLiteral("file"), record.fileName},
                                          {QStringLiteral("sha256"), record.sha256},
                                          {QStringLiteral("rows"), *status ? (*status)->rows : 0},
                                          {QStringLiteral("local"), true}});
    if (!logged)
        return std::unexpected(logged.error());
    return {};
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
