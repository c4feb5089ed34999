#include "WaterDatasets.h"

#include "WaterWarnings.h"
#include "audit/AuditLog.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/BlobCache.h"
#include "sync/BlobReferences.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

namespace GovDesk::Water {

namespace {

const QString AppliedEvent = QStringLiteral("water.dataset.applied");
const QString RejectedEvent = QStringLiteral("water.dataset.rejected");

QString stateCode(DatasetState state)
{
    switch (state) {
    case DatasetState::Applied:
        return QStringLiteral("applied");
    case DatasetState::Waiting:
        return QStringLiteral("waiting");
    case DatasetState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

DatasetState stateFromCode(const QString &code)
{
    if (code == QLatin1String("applied"))
        return DatasetState::Applied;
    if (code == QLatin1String("rejected"))
        return DatasetState::Rejected;
    return DatasetState::Waiting;
}

std::optional<Core::ColumnMapping> mappingOf(const QJsonObject &payload)
{
    const QJsonObject stored = payload.value(QLatin1String("mapping")).toObject();
    if (stored.isEmpty())
        return std::nullopt;
    Core::ColumnMapping mapping;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        mapping.insert(it.key(), it.value().toInt(-1));
    return mapping;
}

QString problemLines(const Core::ImportCheck &check)
{
    QStringList lines;
    for (const Core::ImportProblem &problem : check.problems) {
        if (lines.size() >= WaterDatasets::ProblemsKept)
            break;
        //: A bad row of a dataset: 第N行，列：值 — 原因
        lines << WaterDatasets::tr("Line %1, %2: %3 — %4")
                     .arg(problem.line)
                     .arg(problem.column, problem.value, problem.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

Core::Result<std::optional<DatasetStatus>> storedStatus(Core::Database &db, const QString &recordId)
{
    auto statement
        = db.prepareCached(QStringLiteral("SELECT state, sha256 FROM water_datasets WHERE record_id = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, recordId);
    std::optional<DatasetStatus> found;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        found
            = DatasetStatus{.recordId = recordId, .sha256 = row.text(1), .state = stateFromCode(row.text(0))};
    }));
    return found;
}

Core::Result<> refreshWarnings(Core::ModuleContext &context)
{
    auto refreshed = WaterWarnings::refresh(context);
    if (!refreshed)
        return std::unexpected(refreshed.error());
    return {};
}

} // namespace

QString WaterDatasets::stateName(DatasetState state)
{
    switch (state) {
    case DatasetState::Applied:
        //: A dataset's status: 已导入
        return tr("Imported");
    case DatasetState::Waiting:
        //: A dataset's status: 等待文件
        return tr("Waiting for the file");
    case DatasetState::Rejected:
        //: A dataset's status: 未导入（有错误）
        return tr("Not imported (errors)");
    }
    return {};
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

Core::Result<DatasetImportResult> WaterDatasets::importFile(Core::Database &db, const QString &datasetId,
                                                            DatasetKind kind, const QString &path,
                                                            const std::optional<Core::ColumnMapping> &mapping,
                                                            const Core::TableImport::Progress &progress,
                                                            const std::atomic_bool *cancel)
{
    const Core::ImportSchema schema = WaterSchema::importSchema(kind);
    const Core::TableImport import(path, schema);
    DatasetImportResult result;
    Core::ColumnMapping columns;
    if (mapping) {
        columns = *mapping;
    } else {
        auto preview = import.preview(0);
        if (!preview) {
            if (preview.error().code == Core::ErrorCode::Cancelled)
                return std::unexpected(preview.error());
            result.error = preview.error().message;
            return result;
        }
        columns = preview->suggested;
    }
    // Half the progress for each pass.
    const auto half = [&progress](int pass) -> Core::TableImport::Progress {
        if (!progress)
            return {};
        return [&progress, pass](qint64 done, qint64 total) {
            progress(pass * total + done, 2 * total);
        };
    };
    auto checked = import.check(columns, half(0), cancel);
    if (!checked) {
        if (checked.error().code == Core::ErrorCode::Cancelled)
            return std::unexpected(checked.error());
        result.error = checked.error().message;
        return result;
    }
    result.check = *checked;
    if (!result.check.isClean())
        return result;

    auto transaction = Core::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(WaterSchema::removeRows(db, datasetId));
    RowWriter writer(db, kind, datasetId);
    auto applied = import.apply(
        columns, [&writer](const QVariantList &values) { return writer.write(values); }, half(1), cancel);
    if (!applied) {
        transaction->rollback();
        // The file changed between the passes, or the database failed: either way nothing stays.
        if (applied.error().code == Core::ErrorCode::Cancelled
            || applied.error().code != Core::ErrorCode::InvalidArgument)
            return std::unexpected(applied.error());
        result.error = applied.error().message;
        return result;
    }
    GD_TRY(transaction->commit());
    result.rows = *applied;
    return result;
}

Core::Result<> WaterDatasets::writeStatus(Core::Database &db, const DatasetStatus &status)
{
    auto statement = db.prepareCached(QStringLiteral(
        "INSERT OR REPLACE INTO water_datasets (record_id, kind, title, file_name, sha256, state, rows, "
        "problem_count, problems, applied_at, loaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, status.recordId)
        .bind(2, status.kind)
        .bind(3, status.title)
        .bind(4, status.fileName)
        .bind(5, status.sha256)
        .bind(6, stateCode(status.state))
        .bind(7, status.rows)
        .bind(8, status.problemCount)
        .bind(9, status.problems);
    if (status.appliedAt.isValid())
        statement->bind(10, status.appliedAt.toSecsSinceEpoch());
    else
        statement->bindNull(10);
    statement->bind(11, status.loadedAt);
    return statement->exec();
}

Core::Result<QList<DatasetStatus>> WaterDatasets::statuses(Core::Database &db)
{
    auto statement = db.prepareCached(QStringLiteral(
        "SELECT record_id, kind, title, file_name, sha256, state, rows, problem_count, problems, "
        "applied_at, loaded_at FROM water_datasets ORDER BY loaded_at DESC, record_id"));
    if (!statement)
        return std::unexpected(statement.error());
    QList<DatasetStatus> list;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        list.append(
            {.recordId = row.text(0),
             .kind = row.text(1),
             .title = row.text(2),
             .fileName = row.text(3),
             .sha256 = row.text(4),
             .state = stateFromCode(row.text(5)),
             .rows = row.int64(6),
             .problemCount = row.int64(7),
             .problems = row.text(8),
             .appliedAt = row.isNull(9) ? QDateTime() : QDateTime::fromSecsSinceEpoch(row.int64(9), Qt::UTC),
             .loadedAt = row.text(10)});
    }));
    return list;
}

Core::Result<int> WaterDatasets::waitingCount(Core::Database &db)
{
    auto count = db.queryInt(QStringLiteral("SELECT count(*) FROM water_datasets WHERE state = 'waiting'"));
    if (!count)
        return std::unexpected(count.error());
    return int(*count);
}

Core::Result<> WaterDatasets::apply(Core::ModuleContext &context, const Core::ProjectedRecord &record)
{
    Core::Database &db = context.database();
    if (record.isGone()) {
        GD_TRY(WaterSchema::removeRows(db, record.recordId));
        auto statement = db.prepareCached(QStringLiteral("DELETE FROM water_datasets WHERE record_id = ?"));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, record.recordId);
        GD_TRY(statement->exec());
        return refreshWarnings(context);
    }
    const QJsonObject &payload = record.record->payload;
    DatasetStatus status{.recordId = record.recordId,
                         .kind = payload.value(QLatin1String("kind")).toString(),
                         .title = payload.value(QLatin1String("title")).toString(),
                         .fileName = payload.value(QLatin1String("fileName")).toString(),
                         .loadedAt = payload.value(QLatin1String("loadedAt")).toString()};
    const QList<Core::AttachmentRef> attachments = Core::BlobReferences::of(payload);
    if (!attachments.isEmpty())
        status.sha256 = attachments.first().sha256;
    const std::optional<DatasetKind> kind = WaterSchema::kindFromCode(status.kind);
    const auto reject = [&](const QString &reason) -> Core::Result<> {
        status.state = DatasetState::Rejected;
        status.problems = reason;
        GD_TRY(writeStatus(db, status));
        GD_TRY(context.audit().append(RejectedEvent, record.recordId,
                                      {{QStringLiteral("kind"), status.kind},
                                       {QStringLiteral("file"), status.fileName},
                                       {QStringLiteral("problems"), status.problemCount},
                                       {QStringLiteral("reason"), reason.section(QLatin1Char('\n'), 0, 0)}}));
        return {};
    };
    if (!kind)
        return reject(tr("Unknown table kind “%1”.").arg(status.kind));
    if (attachments.isEmpty())
        return reject(tr("The dataset names no file."));

    auto stored = storedStatus(db, record.recordId);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored && (*stored)->state == DatasetState::Applied && (*stored)->sha256 == status.sha256)
        return refreshWarnings(context); // imported locally

    Core::BlobCache blobs(db);
    auto here = blobs.has(status.sha256);
    if (!here)
        return std::unexpected(here.error());
    if (!*here) {
        status.state = DatasetState::Waiting;
        return writeStatus(db, status);
    }
    // TableImport reads files: the blob goes to a private temporary directory for the import.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Core::fail(Core::ErrorCode::Io, tr("No temporary directory for the import."),
                          dir.errorString());
    // TableImport tells JSON from CSV by the name's suffix.
    const bool json = status.fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QString path = dir.filePath(json ? QStringLiteral("dataset.json") : QStringLiteral("dataset.csv"));
    GD_TRY(blobs.exportTo(status.sha256, path));
    auto imported = importFile(db, record.recordId, *kind, path, mappingOf(payload));
    if (!imported)
        return std::unexpected(imported.error());
    status.problemCount = imported->check.problemCount;
    if (!imported->applied())
        return reject(imported->error.isEmpty() ? problemLines(imported->check) : imported->error);
    status.state = DatasetState::Applied;
    status.rows = imported->rows;
    status.appliedAt = QDateTime::currentDateTimeUtc();
    GD_TRY(writeStatus(db, status));
    GD_TRY(context.audit().append(AppliedEvent, record.recordId,
                                  {{QStringLiteral("kind"), status.kind},
                                   {QStringLiteral("file"), status.fileName},
                                   {QStringLiteral("sha256"), status.sha256},
                                   {QStringLiteral("rows"), status.rows}}));
    return refreshWarnings(context);
}

Core::Result<> WaterDatasets::install(Core::ModuleContext &context)
{
    GD_TRY(context.migrate(WaterSchema::migrations()));
    //: Search filter for flood warnings: 水情预警
    GD_TRY(context.search().registerType(QString::fromLatin1(WarningSearchType), tr("Flood warning")));
    // A dataset replaced by the administrator is replaced: the latest word is right.
    GD_TRY(context.records().declareCollection(
        {.name = QString::fromLatin1(DatasetCollection), .policy = Core::ConflictPolicy::LastWriterWins}));
    return context.addProjection(projection(context));
}

Core::Projection WaterDatasets::projection(Core::ModuleContext &context)
{
    return {.name = QStringLiteral("datasets"),
            .collections = {QString::fromLatin1(DatasetCollection)},
            .version = ProjectionVersion,
            .apply = [&context](const Core::ProjectedRecord &record) { return apply(context, record); },
            .reset = [&context]() -> Core::Result<> {
                return context.database().execute(QStringLiteral(
                    "DELETE FROM water_stations; DELETE FROM water_pptn; DELETE FROM water_river; "
                    "DELETE FROM water_rsvr; DELETE FROM water_quality; DELETE FROM water_datasets;"));
            }};
}

Core::Result<int> WaterDatasets::retryWaiting(Core::ModuleContext &context)
{
    Core::Database &db = context.database();
    QStringList waiting;
    {
        auto statement
            = db.prepare(QStringLiteral("SELECT record_id FROM water_datasets WHERE state = 'waiting'"));
        if (!statement)
            return std::unexpected(statement.error());
        GD_TRY(statement->forEachRow([&](const Core::Statement &row) { waiting << row.text(0); }));
    }
    int imported = 0;
    for (const QString &recordId : std::as_const(waiting)) {
        auto record = context.records().get(QString::fromLatin1(DatasetCollection), recordId, true);
        if (!record)
            return std::unexpected(record.error());
        const QList<Core::AttachmentRef> attachments
            = *record ? Core::BlobReferences::of((*record)->payload) : QList<Core::AttachmentRef>{};
        if (*record && !attachments.isEmpty()) {
            auto here = Core::BlobCache(db).has(attachments.first().sha256);
            if (!here)
                return std::unexpected(here.error());
            if (!*here)
                continue;
        }
        auto transaction = Core::Transaction::begin(db);
        if (!transaction)
            return std::unexpected(transaction.error());
        GD_TRY(apply(
            context,
            {.collection = QString::fromLatin1(DatasetCollection), .recordId = recordId, .record = *record}));
        GD_TRY(transaction->commit());
        ++imported;
    }
    return imported;
}

} // namespace GovDesk::Water
