#include "DatasetApplier.h"

#include "audit/AuditLog.h"
#include "import/DatasetImportJob.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "sync/BlobCache.h"
#include "sync/BlobReferences.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

namespace GovDesk::Core {

namespace {
Q_LOGGING_CATEGORY(lcApplier, "govdesk.core.datasets", QtWarningMsg)
} // namespace

struct DatasetApplier::Job
{
    DatasetStatus status;
    ColumnMapping mapping;
    std::unique_ptr<Database> db; // the worker's; closed on the worker before it ends
    std::atomic_bool cancel = false;
    bool byUser = false; // UI thread only
    Result<std::optional<DatasetStatus>> outcome = std::optional<DatasetStatus>();
};

DatasetApplier::DatasetApplier(ModuleContext &context, DatasetSource source, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_source(std::move(source))
{
    connect(&m_context, &ModuleContext::blobsArrived, this, [this] {
        m_skipped.clear();
        schedule();
    });
    connect(&m_context, &ModuleContext::sessionUnlocked, this, [this] {
        m_skipped.clear();
        schedule();
    });
    connect(&m_context, &ModuleContext::sessionLocked, this, &DatasetApplier::stop);
}

DatasetApplier::~DatasetApplier()
{
    stop();
}

DatasetStatusStore DatasetApplier::store() const
{
    return DatasetStatusStore(m_context.database(), m_context.moduleId());
}

QString DatasetApplier::importing() const
{
    return m_job ? m_job->status.recordId : QString();
}

Projection DatasetApplier::projection()
{
    return {.name = QStringLiteral("datasets"),
            .collections = {m_source.collection},
            .version = m_source.version,
            .apply = [this](const ProjectedRecord &record) { return this->record(record); },
            .reset =
                [this] {
                    return reset();
                }};
}

Result<> DatasetApplier::reset()
{
    stop();
    for (const QString &table : std::as_const(m_source.tables))
        GD_TRY(m_context.database().execute(QStringLiteral("DELETE FROM main.%1").arg(table)));
    return store().removeAll();
}

Result<> DatasetApplier::removeRows(const QString &recordId)
{
    for (const QString &table : std::as_const(m_source.tables)) {
        auto statement = m_context.database().prepare(
            QStringLiteral("DELETE FROM main.%1 WHERE dataset_id = ?").arg(table));
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, recordId);
        GD_TRY(statement->exec());
    }
    return {};
}

Result<> DatasetApplier::audit(const DatasetStatus &status)
{
    const bool applied = status.state == DatasetState::Applied;
    QJsonObject details{{QStringLiteral("kind"), status.kind},
                        {QStringLiteral("file"), status.fileName},
                        {QStringLiteral("sha256"), status.sha256}};
    if (applied) {
        details.insert(QStringLiteral("rows"), status.rows);
    } else {
        details.insert(QStringLiteral("problems"), status.problemCount);
        details.insert(QStringLiteral("reason"), status.problems.section(QLatin1Char('\n'), 0, 0));
    }
    QString event = applied ? m_source.appliedEvent : m_source.rejectedEvent;
    if (event.isEmpty())
        event = m_source.collection + (applied ? QStringLiteral(".applied") : QStringLiteral(".rejected"));
    auto logged = m_context.audit().append(event, status.recordId, details);
    if (!logged)
        return std::unexpected(logged.error());
    return {};
}

Result<> DatasetApplier::changed(const QString &recordId, const std::optional<DatasetStatus> &status)
{
    return m_source.changed ? m_source.changed(recordId, status) : Result<>();
}

Result<> DatasetApplier::record(const ProjectedRecord &projected)
{
    DatasetStatusStore statuses = store();
    const auto stale = [&](const QString &sha256) {
        // Replaced or gone: what the worker imports is stale (and this is not the user's 取消).
        if (m_job && m_job->status.recordId == projected.recordId && m_job->status.sha256 != sha256)
            m_job->cancel = true;
    };
    if (projected.isGone()) {
        stale({});
        GD_TRY(removeRows(projected.recordId));
        GD_TRY(statuses.remove(projected.recordId));
        return changed(projected.recordId, std::nullopt);
    }
    const QJsonObject &payload = projected.record->payload;
    DatasetStatus status{.recordId = projected.recordId,
                         .kind = payload.value(QLatin1String("kind")).toString(),
                         .title = payload.value(QLatin1String("title")).toString(),
                         .fileName = payload.value(QLatin1String("fileName")).toString(),
                         .updatedAt = QDateTime::currentDateTimeUtc(),
                         .loadedAt = payload.value(QLatin1String("loadedAt")).toString()};
    const QList<AttachmentRef> files = BlobReferences::of(payload);
    if (!files.isEmpty()) {
        status.sha256 = files.first().sha256;
        if (status.fileName.isEmpty())
            status.fileName = files.first().name;
    }
    if (status.title.isEmpty())
        status.title = status.fileName;
    stale(status.sha256);

    auto stored = statuses.status(projected.recordId);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored && (*stored)->sha256 == status.sha256 && !status.sha256.isEmpty()
        && (*stored)->state != DatasetState::Waiting) {
        // Imported locally (on the import dialog's worker), or seen again after a crash: the same
        // file has the same outcome, and a user's 取消 stands.
        return changed(projected.recordId, **stored);
    }
    const auto reject = [&](const QString &reason) -> Result<> {
        status.state = DatasetState::Rejected;
        status.problemCount = 1;
        status.problems = reason;
        GD_TRY(statuses.write(status)); // rows an earlier file of it brought stay, as for a bad file

        GD_TRY(audit(status));
        return changed(status.recordId, status);
    };
    if (!m_source.schema(status.kind))
        //: 数据集的数据类型「%1」未知
        return reject(tr("Unknown table kind “%1”.").arg(status.kind));
    if (files.isEmpty() || !BlobCache::isValidId(status.sha256))
        //: 数据集没有附带文件
        return reject(tr("The dataset names no file."));
    status.state = DatasetState::Waiting;
    GD_TRY(statuses.write(status));
    m_skipped.remove(status.recordId);
    schedule();
    return changed(status.recordId, status);
}

void DatasetApplier::schedule()
{
    if (std::exchange(m_scheduled, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            pickUp();
        },
        Qt::QueuedConnection);
}

void DatasetApplier::pickUp()
{
    if (m_thread || !m_context.isSessionOpen())
        return;
    auto waiting = store().inState(DatasetState::Waiting);
    if (!waiting) {
        qCWarning(lcApplier) << m_context.moduleId() << "waiting datasets:" << waiting.error().fullText();
        return;
    }
    BlobCache blobs(m_context.database());
    for (const DatasetStatus &status : std::as_const(*waiting)) {
        if (m_skipped.contains(status.recordId))
            continue;
        auto here = blobs.has(status.sha256);
        if (!here || !*here)
            continue; // blobsArrived() brings us back
        auto started = start(status);
        if (!started)
            qCWarning(lcApplier) << m_context.moduleId() << "dataset" << status.recordId
                                 << "not started:" << started.error().fullText();
        return;
    }
}

Result<> DatasetApplier::start(const DatasetStatus &status)
{
    auto job = std::make_shared<Job>();
    job->status = status;
    auto record = m_context.records().get(m_source.collection, status.recordId);
    if (!record)
        return std::unexpected(record.error());
    if (*record) {
        const QJsonObject columns = (*record)->payload.value(QLatin1String("mapping")).toObject();
        for (auto it = columns.begin(); it != columns.end(); ++it)
            job->mapping.insert(it.key(), it.value().toInt(-1));
    }
    auto worker = m_context.openWorkerDatabase();
    if (!worker)
        return std::unexpected(worker.error());
    job->db = std::move(*worker);
    const std::optional<ImportSchema> schema = m_source.schema(status.kind);
    if (!schema)
        return fail(ErrorCode::InvalidArgument, tr("The dataset cannot be imported."), status.kind);

    m_job = job;
    m_percent = 0;
    // The destructor and stop() wait for the thread: `applier` outlives it.
    DatasetApplier *applier = this;
    m_thread = QThread::create(
        [job, fileSchema = *schema, source = m_source, moduleId = m_context.moduleId(), applier] {
            Database &db = *job->db;
            const QString recordId = job->status.recordId;
            job->outcome = [&]() -> Result<std::optional<DatasetStatus>> {
                // In memory from the encrypted cache: the decrypted file never touches the disk.
                auto bytes = BlobCache(db).read(job->status.sha256);
                if (!bytes)
                    return std::unexpected(bytes.error());
                const TableImport import(std::move(*bytes), job->status.fileName, fileSchema);
                const DatasetImportJob importJob(source, moduleId);
                return importJob.run(
                    db, import, job->status, job->mapping, DatasetImportJob::Expect::Recorded,
                    [applier, recordId](int percent) {
                        QMetaObject::invokeMethod(applier, [applier, recordId, percent] {
                            applier->reportProgress(recordId, percent);
                        });
                    },
                    &job->cancel);
            }();
            job->db.reset(); // closed on the thread that used it
        });
    m_thread->setObjectName(QStringLiteral("datasets-") + m_context.moduleId());
    connect(m_thread, &QThread::finished, this, [this, job] { finished(job); });
    m_thread->start(QThread::LowPriority);
    Q_EMIT progressChanged(status.recordId, 0);
    return {};
}

void DatasetApplier::reportProgress(const QString &recordId, int percent)
{
    if (!m_job || m_job->status.recordId != recordId || percent <= m_percent)
        return;
    m_percent = percent;
    Q_EMIT progressChanged(recordId, percent);
}

void DatasetApplier::finished(const std::shared_ptr<Job> &job, bool quiet)
{
    if (job != m_job)
        return; // stop() dealt with it
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
    }
    m_thread = nullptr;
    m_job.reset();
    m_percent = 0;
    const DatasetStatus &started = job->status;
    if (!quiet)
        Q_EMIT progressChanged({}, 0);
    if (!m_context.isSessionOpen())
        return; // locked: the worker's commit (if any) stands; otherwise it waits for the unlock
    const auto done = [&]() -> Result<> {
        if (!job->outcome) {
            if (job->outcome.error().code != ErrorCode::Cancelled) {
                // A damaged blob or a database failure: tried again after the next sync or unlock.
                m_skipped.insert(started.recordId);
                return std::unexpected(job->outcome.error());
            }
            if (!job->byUser)
                return {};
            auto stored = store().status(started.recordId);
            if (!stored)
                return std::unexpected(stored.error());
            if (!*stored || (*stored)->sha256 != started.sha256 || (*stored)->state != DatasetState::Waiting)
                return {};
            DatasetStatus cancelled = **stored;
            cancelled.state = DatasetState::Cancelled;
            cancelled.updatedAt = QDateTime::currentDateTimeUtc();
            GD_TRY(store().write(cancelled));
            return changed(cancelled.recordId, cancelled);
        }
        if (!*job->outcome)
            return {}; // replaced or removed meanwhile
        const DatasetStatus &status = **job->outcome;
        // The audit entry and what derives from the rows (warnings, to-dos, search) together.
        auto transaction = Transaction::begin(m_context.database());
        if (!transaction)
            return std::unexpected(transaction.error());
        GD_TRY(audit(status));
        GD_TRY(changed(status.recordId, status));
        return transaction->commit();
    }();
    if (!done)
        qCWarning(lcApplier) << m_context.moduleId() << "dataset" << started.recordId << ":"
                             << done.error().fullText();
    if (quiet)
        return;
    Q_EMIT datasetChanged(started.recordId);
    Q_EMIT m_context.projected(QStringLiteral("datasets"), 1);
    schedule();
}

void DatasetApplier::cancel(const QString &recordId)
{
    if (!m_job || m_job->status.recordId != recordId)
        return;
    m_job->byUser = true;
    m_job->cancel = true;
}

void DatasetApplier::retry(const QString &recordId)
{
    if (!m_context.isSessionOpen())
        return;
    auto stored = store().status(recordId);
    if (!stored || !*stored || (*stored)->state == DatasetState::Waiting
        || (*stored)->state == DatasetState::Applied)
        return;
    DatasetStatus status = **stored;
    status.state = DatasetState::Waiting;
    status.problemCount = 0;
    status.problems.clear();
    status.updatedAt = QDateTime::currentDateTimeUtc();
    if (auto written = store().write(status); !written) {
        qCWarning(lcApplier) << "retry:" << written.error().fullText();
        return;
    }
    m_skipped.remove(recordId);
    Q_EMIT datasetChanged(recordId);
    schedule();
}

void DatasetApplier::stop()
{
    if (!m_job)
        return;
    const std::shared_ptr<Job> job = m_job;
    job->cancel = true;
    if (m_thread)
        m_thread->wait();
    // Not the user's 取消: the dataset stays waiting (or is applied, if the move had committed:
    // then it is audited now, while the session is still open).
    job->byUser = false;
    finished(job, true);
}

} // namespace GovDesk::Core
