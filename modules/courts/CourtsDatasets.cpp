#include "CourtsDatasets.h"

#include "CourtsSearch.h"
#include "import/DatasetApplier.h"
#include "import/DatasetFiles.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace GovDesk::Courts {

namespace {

const QString ModuleId = QStringLiteral("courts");
const QString SettingsKey = QStringLiteral("indicatorSettings");

// What the applier and a local import share: no context needed.
Core::DatasetSource importSource()
{
    QStringList tables;
    for (DatasetKind kind : CourtsSchema::kinds())
        tables.append(CourtsSchema::tableName(kind));
    return {.collection = QString::fromLatin1(DatasetCollection),
            .tables = tables,
            .schema = [](const QString &kind) -> std::optional<Core::ImportSchema> {
                const auto known = CourtsSchema::kindFromCode(kind);
                if (!known)
                    return std::nullopt;
                return CourtsSchema::importSchema(*known);
            },
            .rowWriter = [](Core::Database &db, const QString &kind,
                            const QString &recordId) -> Core::TableImport::RowSink {
                auto writer = std::make_shared<RowWriter>(
                    db, CourtsSchema::kindFromCode(kind).value_or(DatasetKind::Cases), recordId);
                return [writer](const QVariantList &values) {
                    return writer->write(values);
                };
            },
            .references = [](Core::Database &db, const QString &kind) -> Core::RowCheck {
                const auto known = CourtsSchema::kindFromCode(kind);
                return known ? CourtsSchema::references(db, *known) : Core::RowCheck();
            },
            .version = CourtsDatasets::Version,
            .appliedEvent = QStringLiteral("courts.dataset.applied"),
            .rejectedEvent = QStringLiteral("courts.dataset.rejected")};
}

// Events refused while their cases had not come: waiting again, now that cases have.
Core::Result<> retryRefusedEvents(Core::Database &db)
{
    Core::DatasetStatusStore store(db, ModuleId);
    auto rejected = store.inState(DatasetState::Rejected);
    if (!rejected)
        return std::unexpected(rejected.error());
    for (DatasetStatus status : std::as_const(*rejected)) {
        if (CourtsSchema::kindFromCode(status.kind) != DatasetKind::Events)
            continue;
        status.state = DatasetState::Waiting;
        status.problemCount = 0;
        status.problems.clear();
        status.updatedAt = QDateTime::currentDateTimeUtc();
        GD_TRY(store.write(status));
    }
    return {};
}

} // namespace

QJsonObject CourtsDatasets::payload(DatasetKind kind, const QString &title, const QString &fileName,
                                    const QString &sha256, qint64 size,
                                    const std::optional<Core::ColumnMapping> &mapping)
{
    return Core::DatasetFiles::payload(CourtsSchema::kindCode(kind), title, fileName, sha256, size, mapping);
}

Core::Result<QString> CourtsDatasets::put(Core::ModuleContext &context, DatasetKind kind,
                                          const QString &title, const QString &fileName,
                                          const QByteArray &bytes)
{
    auto sha256 = Core::BlobCache(context.database()).addBytes(bytes);
    if (!sha256)
        return std::unexpected(sha256.error());
    const QString recordId = Core::RecordStore::newRecordId();
    GD_TRY(context.records().put(QString::fromLatin1(DatasetCollection), recordId,
                                 payload(kind, title, fileName, *sha256, bytes.size())));
    return recordId;
}

Core::Result<QString> CourtsDatasets::setDirectory(Core::ModuleContext &context,
                                                   const CourtDirectory &directory, const QString &title)
{
    const QByteArray json = QJsonDocument(directory.toJson()).toJson(QJsonDocument::Compact);
    return put(context, DatasetKind::Courts, title, QStringLiteral("courts.json"), json);
}

Core::Result<DatasetStatus> CourtsDatasets::importLocal(Core::Database &db, const DatasetStatus &status,
                                                        const QString &path,
                                                        const Core::ColumnMapping &mapping,
                                                        const Core::TableImport::Progress &progress,
                                                        const std::atomic_bool *cancel)
{
    return Core::DatasetFiles::importLocal(importSource(), ModuleId, db, status, path, mapping, progress,
                                           cancel);
}

Core::Result<QList<DatasetStatus>> CourtsDatasets::statuses(Core::Database &db)
{
    return Core::DatasetStatusStore(db, ModuleId).statuses();
}

Core::Result<int> CourtsDatasets::waitingCount(Core::Database &db)
{
    return Core::DatasetFiles::waitingCount(db, ModuleId);
}

Core::Result<> CourtsDatasets::forget(Core::Database &db, const QString &recordId)
{
    GD_TRY(CourtsSchema::removeRows(db, recordId));
    return Core::DatasetStatusStore(db, ModuleId).remove(recordId);
}

Core::Result<IndicatorSettings> CourtsDatasets::indicatorSettings(const Core::ModuleContext &context)
{
    auto stored = context.setting(SettingsKey);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->isNull())
        return IndicatorSettings{};
    return IndicatorSettings::fromJson(QJsonDocument::fromJson(stored->toByteArray()).object());
}

Core::Result<> CourtsDatasets::setIndicatorSettings(Core::ModuleContext &context,
                                                    const IndicatorSettings &settings)
{
    return context.setSetting(
        SettingsKey, QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
}

Core::DatasetSource CourtsDatasets::source(Core::ModuleContext &context)
{
    Core::DatasetSource source = importSource();
    source.changed
        = [&context](const QString &, const std::optional<DatasetStatus> &status) -> Core::Result<> {
        // A directory applied or replaced, or any dataset removed (it may have been the directory).
        if (!status || CourtsSchema::kindFromCode(status->kind) == DatasetKind::Courts)
            GD_TRY(CourtsSearch::refresh(context));
        if (status && status->state == DatasetState::Applied
            && CourtsSchema::kindFromCode(status->kind) == DatasetKind::Cases) {
            GD_TRY(retryRefusedEvents(context.database()));
            if (Core::DatasetApplier *applier = context.datasets(); applier != nullptr)
                applier->schedule();
        }
        return {};
    };
    return source;
}

Core::Result<> CourtsDatasets::install(Core::ModuleContext &context)
{
    GD_TRY(context.migrate(CourtsSchema::migrations()));
    GD_TRY(CourtsSearch::registerTypes(context));
    // A dataset replaced by the 审管办 is replaced: the latest word is right.
    GD_TRY(context.records().declareCollection(
        {.name = QString::fromLatin1(DatasetCollection), .policy = Core::ConflictPolicy::LastWriterWins}));
    return context.addDatasets(source(context));
}

} // namespace GovDesk::Courts
