#include "ForestryDatasets.h"

#include "ForestryWarningSync.h"
#include "audit/AuditLog.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "store/Database.h"
#include "store/Transaction.h"
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

QString problemSummary(const Core::ImportCheck &check)
{
    QStringList lines;
    for (const Core::ImportProblem &problem : check.problems.mid(0, 5)) {
        //: 第 %1 行「%2」：%3
        lines.append(
            ForestryDatasets::tr("line %1, %2: %3").arg(problem.line).arg(problem.column, problem.reason));
    }
    if (check.problemCount > lines.size())
        //: 等 %n 处问题
        lines.append(ForestryDatasets::tr("… %n problem(s) in all", nullptr, int(check.problemCount)));
    return lines.join(QLatin1Char('\n'));
}

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
         .recordId = status.datasetId,
         .title = status.title,
         .body = QStringList{kind ? DatasetKinds::name(*kind) : status.kind, status.fileName,
                             ForestryTables::stateName(status.state), status.message}
                     .join(QLatin1Char('\n')),
         .updatedAt = status.updatedAt});
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

Result<DatasetStatus> ForestryDatasets::importFile(Core::Database &db, DatasetKind kind, DatasetStatus status,
                                                   const QString &path, Core::ColumnMapping mapping,
                                                   const Core::TableImport::Progress &progress,
                                                   const std::atomic_bool *cancel)
{
    return importTable(db, kind, Core::TableImport(path, DatasetKinds::schema(kind)), std::move(status),
                       std::move(mapping), progress, cancel);
}

Result<DatasetStatus> ForestryDatasets::importTable(Core::Database &db, DatasetKind kind,
                                                    const Core::TableImport &import, DatasetStatus status,
                                                    Core::ColumnMapping mapping,
                                                    const Core::TableImport::Progress &progress,
                                                    const std::atomic_bool *cancel)
{
    ForestryTables tables(db);
    const auto refuse = [&](qint64 problems, const QString &message) -> Result<DatasetStatus> {
        status.state = DatasetState::Failed;
        status.rows = 0;
        status.problems = problems;
        status.message = message;
        status.updatedAt = QDateTime::currentDateTimeUtc();
        auto transaction = Core::Transaction::begin(db);
        if (!transaction)
            return std::unexpected(transaction.error());
        GD_TRY(tables.removeRows(status.datasetId));
        GD_TRY(tables.setStatus(status));
        GD_TRY(transaction->commit());
        return status;
    };
    if (mapping.isEmpty()) {
        auto preview = import.preview(1);
        if (!preview)
            return refuse(1, preview.error().message);
        mapping = preview->suggested;
    }
    auto check = import.check(mapping, progress, cancel);
    if (!check) {
        if (check.error().code == Core::ErrorCode::Cancelled)
            return std::unexpected(check.error());
        return refuse(1, check.error().message);
    }
    if (!check->isClean())
        return refuse(check->problemCount, problemSummary(*check));

    auto transaction = Core::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(tables.removeRows(status.datasetId));
    auto rows = import.apply(
        mapping, [&](const QVariantList &values) { return tables.insert(kind, status.datasetId, values); },
        progress, cancel);
    if (!rows) {
        transaction->rollback();
        if (rows.error().code == Core::ErrorCode::Cancelled)
            return std::unexpected(rows.error());
        return refuse(1, rows.error().message);
    }
    status.state = DatasetState::Applied;
    status.rows = *rows;
    status.problems = 0;
    status.message.clear();
    status.updatedAt = QDateTime::currentDateTimeUtc();
    GD_TRY(tables.setStatus(status));
    GD_TRY(transaction->commit());
    return status;
}

Result<> ForestryDatasets::apply(Core::ModuleContext &context, const Core::ProjectedRecord &projected)
{
    Core::Database &db = context.database();
    ForestryTables tables(db);
    if (projected.isGone()) {
        GD_TRY(tables.removeRows(projected.recordId));
        GD_TRY(tables.removeStatus(projected.recordId));
        GD_TRY(context.search().remove(projected.recordId));
        return ForestryWarningSync::refresh(context);
    }
    const DatasetRecord record = DatasetRecord::fromPayload(projected.record->payload);
    auto known = tables.status(projected.recordId);
    if (!known)
        return std::unexpected(known.error());
    if (*known && (*known)->state == DatasetState::Applied && (*known)->sha256 == record.sha256) {
        // A local import (applied on the worker connection), or a record seen again after a crash.
        GD_TRY(indexDataset(context, **known));
        return ForestryWarningSync::refresh(context);
    }

    DatasetStatus status{.datasetId = projected.recordId,
                         .kind = record.kind,
                         .title = record.title,
                         .fileName = record.fileName,
                         .sha256 = record.sha256,
                         .updatedAt = QDateTime::currentDateTimeUtc()};
    const auto kind = DatasetKinds::fromCode(record.kind);
    Core::BlobCache blobs(db);
    auto present = record.sha256.isEmpty() ? Result<bool>(false) : blobs.has(record.sha256);
    if (!present)
        return std::unexpected(present.error());
    if (!kind || record.sha256.isEmpty()) {
        status.state = DatasetState::Failed;
        //: 数据集类型「%1」未知，或没有附带文件
        status.message = tr("The dataset's kind \"%1\" is unknown, or it names no file.").arg(record.kind);
        GD_TRY(tables.removeRows(status.datasetId));
        GD_TRY(tables.setStatus(status));
    } else if (!*present) {
        status.state = DatasetState::Waiting; // the sync downloads it after the records
        GD_TRY(tables.removeRows(status.datasetId));
        GD_TRY(tables.setStatus(status));
    } else {
        // Read into memory from the encrypted cache: the decrypted file never touches the disk.
        auto bytes = blobs.read(record.sha256);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto imported = importTable(
            db, *kind, Core::TableImport(*bytes, record.fileName, DatasetKinds::schema(*kind)), status);
        if (!imported)
            return std::unexpected(imported.error());
        status = *imported;
        auto logged = context.audit().append(QStringLiteral("forestry.dataset.import"), status.datasetId,
                                             {{QStringLiteral("kind"), status.kind},
                                              {QStringLiteral("file"), status.fileName},
                                              {QStringLiteral("sha256"), status.sha256},
                                              {QStringLiteral("rows"), status.rows},
                                              {QStringLiteral("problems"), status.problems}});
        if (!logged)
            return std::unexpected(logged.error());
    }
    GD_TRY(indexDataset(context, status));
    return ForestryWarningSync::refresh(context);
}

Core::Projection ForestryDatasets::projection(Core::ModuleContext &context)
{
    return {.name = QStringLiteral("datasets"),
            .collections = {QString::fromLatin1(DatasetCollection)},
            .version = 1,
            .apply = [&context](const Core::ProjectedRecord &record) { return apply(context, record); },
            .reset = [&context]() -> Result<> {
                GD_TRY(ForestryTables(context.database()).clear());
                return ForestryWarningSync::refresh(context);
            }};
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
    const DatasetStatus base{.datasetId = import.datasetId,
                             .kind = DatasetKinds::code(import.kind),
                             .title = import.title,
                             .fileName = QFileInfo(import.path).fileName(),
                             .sha256 = import.sha256};
    auto status = importFile(db, import.kind, base, import.path, mapping, progress, cancel);
    if (!status)
        return std::unexpected(status.error());
    if (status->state != DatasetState::Applied) {
        // Nothing of a refused file stays, not even its status: the dialog shows the problems.
        GD_TRY(ForestryTables(db).removeStatus(import.datasetId));
        return Core::fail(Core::ErrorCode::InvalidArgument, status->message);
    }
    return status->rows;
}

Result<> ForestryDatasets::publishLocalImport(Core::ModuleContext &context, const LocalImport &import)
{
    const auto undo = [&context, &import] {
        ForestryTables tables(context.database());
        (void)tables.removeRows(import.datasetId);
        (void)tables.removeStatus(import.datasetId);
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

Result<int> ForestryDatasets::retryWaiting(Core::ModuleContext &context)
{
    auto waiting = ForestryTables(context.database()).waitingDatasets();
    if (!waiting)
        return std::unexpected(waiting.error());
    int tried = 0;
    Core::BlobCache blobs(context.database());
    for (const QString &id : *waiting) {
        auto record = context.records().get(QString::fromLatin1(DatasetCollection), id);
        if (!record)
            return std::unexpected(record.error());
        if (!*record)
            continue; // the projection removes it when it sees the deletion
        const DatasetRecord dataset = DatasetRecord::fromPayload((*record)->payload);
        auto present = blobs.has(dataset.sha256);
        if (!present || !*present)
            continue;
        auto transaction = Core::Transaction::begin(context.database());
        if (!transaction)
            return std::unexpected(transaction.error());
        GD_TRY(apply(context, {QString::fromLatin1(DatasetCollection), id, **record}));
        GD_TRY(transaction->commit());
        ++tried;
    }
    return tried;
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
