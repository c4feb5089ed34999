// DatasetFileImport: a file a person chose, brought into a module as one of its datasets. The
// ImportDialog checks it and the module's importLocal applies it on a worker connection, all or
// nothing; then, on the UI thread, the file becomes the dataset record's blob (colleagues receive
// it by sync), the record is put and the import audited. Without its record the rows would belong
// to nothing, so they are taken out again (forget). Every module whose data arrive as datasets
// imports local files through this, so each keeps only what differs: its schema and its tables.
#pragma once

#include "Result.h"
#include "import/DatasetStatus.h"
#include "import/ImportSchema.h"
#include "import/TableImport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <atomic>
#include <functional>

class QWidget;

namespace GovDesk::Core {
class Database;
class ModuleContext;
} // namespace GovDesk::Core

namespace GovDesk::Ui {

class ImportDialog;

class DatasetFileImport
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Ui::DatasetFileImport)
public:
    struct Dataset
    {
        QString collection;  // water.dataset
        QString kindCode;    // as the record's `kind` says it
        QString auditAction; // water.dataset.imported
        Core::ImportSchema schema;
        // Worker thread: applies the file with the status given (Applied) or refuses it (Rejected).
        std::function<Core::Result<Core::DatasetStatus>(
            Core::Database &db, const Core::DatasetStatus &status, const QString &path,
            const Core::ColumnMapping &mapping, const Core::TableImport::Progress &progress,
            const std::atomic_bool *cancel)>
            importLocal;
        // The record's payload: title, file name, sha256, size, the mapping used.
        std::function<QJsonObject(const QString &title, const QString &fileName, const QString &sha256,
                                  qint64 size, const Core::ColumnMapping &mapping)>
            payload;
        std::function<Core::Result<>(Core::Database &db, const QString &recordId)> forget;
    };

    // What became of it: the record's id once it is written, or why not.
    using Finished = std::function<void(const Core::Result<QString> &datasetId)>;

    // Opens the dialog (deleted on close) for `path`; `finished` is called on the UI thread after
    // a successful import, never when it was cancelled or refused (the dialog shows why).
    [[nodiscard]] static Core::Result<ImportDialog *> open(Core::ModuleContext &context, const QString &path,
                                                           Dataset dataset, QWidget *parent,
                                                           Finished finished);
};

} // namespace GovDesk::Ui
