// DatasetApplier: datasets a module receives by sync, imported off the UI thread.
//
// The module's projection of the dataset collection only records each dataset (status waiting,
// inside the projection's transaction: cheap). The applier then imports waiting datasets whose
// file (the record's attachment, in the encrypted BlobCache) is here, one at a time, on a worker
// thread with its own connection (DatasetImportJob: checked, staged, moved in one short
// transaction). It looks for work when a dataset is recorded, when the sync has downloaded
// blobs (ModuleContext::blobsArrived), at unlock and when it is created.
//
// Interruptions lose nothing: locking the profile, quitting, or a crash (kill -9) leaves the
// dataset waiting with nothing applied, and it is imported again at the next unlock or start.
// The user's 取消 is different: the dataset becomes Cancelled and stays so until retry().
#pragma once

#include "Result.h"
#include "import/DatasetSource.h"
#include "import/DatasetStatus.h"
#include "module/Projection.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <atomic>
#include <memory>

namespace GovDesk::Core {

class ModuleContext;

class DatasetApplier : public QObject
{
    Q_OBJECT
public:
    // Made by ModuleContext::addDatasets(), which also registers projection().
    DatasetApplier(ModuleContext &context, DatasetSource source, QObject *parent = nullptr);
    ~DatasetApplier() override;

    [[nodiscard]] const DatasetSource &source() const { return m_source; }
    [[nodiscard]] DatasetStatusStore store() const;

    // Records the datasets of source().collection; reset() empties the module's tables.
    [[nodiscard]] Projection projection();

    // The dataset being imported now (empty when none) and how far it is, 0–100.
    [[nodiscard]] QString importing() const;
    [[nodiscard]] int percent() const { return m_percent; }
    [[nodiscard]] bool isBusy() const { return m_thread != nullptr; }

public Q_SLOTS:
    // Looks for waiting datasets whose file is here (from the event loop, once however often asked).
    void schedule();
    // The user's 取消: the import in progress stops, nothing applied, the dataset is Cancelled.
    void cancel(const QString &recordId);
    // A cancelled (or rejected) dataset is tried again.
    void retry(const QString &recordId);
    // Stops the import in progress and waits for its thread: the dataset stays waiting (lock, quit).
    void stop();

Q_SIGNALS:
    // An import started (percent 0), moved on, or ended (recordId empty).
    void progressChanged(const QString &recordId, int percent);
    // A dataset's status changed (applied, rejected, cancelled, recorded): views re-read.
    void datasetChanged(const QString &recordId);

private:
    struct Job;

    [[nodiscard]] Result<> record(const ProjectedRecord &record);
    [[nodiscard]] Result<> reset();
    [[nodiscard]] Result<> removeRows(const QString &recordId);
    [[nodiscard]] Result<> audit(const DatasetStatus &status);
    [[nodiscard]] Result<> changed(const QString &recordId, const std::optional<DatasetStatus> &status);
    void pickUp();
    [[nodiscard]] Result<> start(const DatasetStatus &status);
    // On this thread once the worker has ended; `quiet` (stop()): no signals, nothing scheduled.
    void finished(const std::shared_ptr<Job> &job, bool quiet = false);
    void reportProgress(const QString &recordId, int percent);

    ModuleContext &m_context;
    DatasetSource m_source;
    QPointer<QThread> m_thread;
    std::shared_ptr<Job> m_job;
    int m_percent = 0;
    bool m_scheduled = false;
    QSet<QString> m_skipped; // failed for a reason other than their file: until the next sync or unlock
};

} // namespace GovDesk::Core
