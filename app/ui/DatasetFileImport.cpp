#include "DatasetFileImport.h"

#include "ImportDialog.h"
#include "audit/AuditLog.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

namespace GovDesk::Ui {

namespace {

struct Outcome
{
    QString sha256;
    Core::ColumnMapping mapping;
    qint64 rows = 0;
};

Core::Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: 文件无法读取。
        return Core::fail(Core::ErrorCode::Io, DatasetFileImport::tr("The file could not be read."),
                          file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// On the UI thread, once the rows are in: the blob, the record, the audit entry.
Core::Result<> publish(Core::ModuleContext &context, const DatasetFileImport::Dataset &dataset,
                       const QString &datasetId, const QString &path, const Outcome &outcome)
{
    const QFileInfo info(path);
    auto stored = Core::BlobCache(context.database()).addFile(path);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored != outcome.sha256)
        //: 文件在导入过程中被修改。
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          DatasetFileImport::tr("The file changed while it was imported."));
    GD_TRY(context.records().put(dataset.collection, datasetId,
                                 dataset.payload(info.completeBaseName(), info.fileName(), outcome.sha256,
                                                 info.size(), outcome.mapping)));
    auto audited = context.audit().append(dataset.auditAction, datasetId,
                                          {{QStringLiteral("kind"), dataset.kindCode},
                                           {QStringLiteral("file"), info.fileName()},
                                           {QStringLiteral("sha256"), outcome.sha256},
                                           {QStringLiteral("rows"), outcome.rows}});
    if (!audited)
        return std::unexpected(audited.error());
    return {};
}

} // namespace

Core::Result<ImportDialog *> DatasetFileImport::open(Core::ModuleContext &context, const QString &path,
                                                     Dataset dataset, QWidget *parent, Finished finished)
{
    auto worker = context.openWorkerDatabase();
    if (!worker)
        return std::unexpected(worker.error());
    // The rows are written on the dialog's worker thread on this connection; the blob and the
    // record on the UI thread afterwards, so the projection finds the dataset already applied.
    auto database = std::make_shared<std::unique_ptr<Core::Database>>(std::move(*worker));
    const QString datasetId = Core::RecordStore::newRecordId();
    auto outcome = std::make_shared<Outcome>();
    const auto importLocal = dataset.importLocal;
    const QString kindCode = dataset.kindCode;
    auto apply = [database, datasetId, kindCode, path, outcome, importLocal](
                     const Core::ColumnMapping &mapping, const Core::TableImport::Progress &progress,
                     const std::atomic_bool *cancel) -> Core::Result<qint64> {
        auto sha256 = sha256Of(path);
        if (!sha256)
            return std::unexpected(sha256.error());
        auto imported = importLocal(**database,
                                    {.recordId = datasetId,
                                     .kind = kindCode,
                                     .title = QFileInfo(path).completeBaseName(),
                                     .fileName = QFileInfo(path).fileName(),
                                     .sha256 = *sha256,
                                     .loadedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                    path, mapping, progress, cancel);
        if (!imported)
            return std::unexpected(imported.error());
        if (imported->state != Core::DatasetState::Applied)
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              imported->problems.isEmpty()
                                  //: 文件有误，未导入任何数据。
                                  ? tr("The file has errors; nothing was imported.")
                                  : imported->problems);
        *outcome = {*sha256, mapping, imported->rows};
        database->reset(); // closed before the result goes back
        return imported->rows;
    };
    auto *dialog = new ImportDialog(path, dataset.schema, apply, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Core::ModuleContext> guard(&context);
    QObject::connect(dialog, &ImportDialog::importFinished, dialog,
                     [guard, dataset, datasetId, path, outcome, finished](bool succeeded) {
                         if (!succeeded || !guard || !guard->isSessionOpen())
                             return;
                         if (auto published = publish(*guard, dataset, datasetId, path, *outcome);
                             !published) {
                             auto removed = dataset.forget(guard->database(), datasetId);
                             Q_UNUSED(removed) // the refusal reported is the publishing's
                             finished(std::unexpected(published.error()));
                             return;
                         }
                         finished(datasetId);
                     });
    QObject::connect(dialog, &QObject::destroyed, [database] { database->reset(); });
    dialog->open();
    return dialog;
}

} // namespace GovDesk::Ui
