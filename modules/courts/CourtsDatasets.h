// CourtsDatasets: the 审判 data arrives as datasets, as the 水务 data does — a record of
// courts.dataset naming one CSV or JSON file (its attachment) and what it holds (`kind`: CASES,
// CASE_EVENTS or COURTS). Core::DatasetApplier imports each dataset's file off the UI thread:
// checked first (every 案号 by CaseNumbers, dates in order, an event's 案号 among the stored cases),
// applied only when clean, all or nothing; rows carry the dataset's id, so applying it again or
// deleting it replaces them. A local import applies the file on a worker connection and then puts
// the record. An events file refused because its cases had not come yet is tried again when a
// cases dataset is applied. The indicator settings (口径) are the profile's module settings.
#pragma once

#include "CaseIndicators.h"
#include "CourtDirectory.h"
#include "CourtsSchema.h"
#include "Result.h"
#include "import/DatasetSource.h"
#include "import/DatasetStatus.h"
#include "import/TableImport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <atomic>
#include <optional>

namespace GovDesk::Core {
class Database;
class ModuleContext;
} // namespace GovDesk::Core

namespace GovDesk::Courts {

using DatasetState = Core::DatasetState;
using DatasetStatus = Core::DatasetStatus;

class CourtsDatasets
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::CourtsDatasets)
public:
    static constexpr int Version = 1;

    // What the module sets up in initialize(): tables, collection, datasets.
    [[nodiscard]] static Core::Result<> install(Core::ModuleContext &context);
    [[nodiscard]] static Core::DatasetSource source(Core::ModuleContext &context);

    // A local file as the dataset `status` names (recordId, kind, title, fileName, sha256), on a
    // worker connection: applied with its status when clean; otherwise nothing is written and the
    // status says why (Rejected). Errors are the database's or a cancel.
    [[nodiscard]] static Core::Result<DatasetStatus>
    importLocal(Core::Database &db, const DatasetStatus &status, const QString &path,
                const Core::ColumnMapping &mapping = {}, const Core::TableImport::Progress &progress = {},
                const std::atomic_bool *cancel = nullptr);

    // The record's payload for a file: kind, title, fileName, loadedAt, attachments, mapping.
    [[nodiscard]] static QJsonObject payload(DatasetKind kind, const QString &title, const QString &fileName,
                                             const QString &sha256, qint64 size,
                                             const std::optional<Core::ColumnMapping> &mapping = {});
    // Stores `bytes` as a blob and puts a dataset record naming it (the demo, a directory set here).
    [[nodiscard]] static Core::Result<QString> put(Core::ModuleContext &context, DatasetKind kind,
                                                   const QString &title, const QString &fileName,
                                                   const QByteArray &bytes);
    // The directory set on this desk: a COURTS dataset of its JSON, synced like any other.
    [[nodiscard]] static Core::Result<QString>
    setDirectory(Core::ModuleContext &context, const CourtDirectory &directory, const QString &title);

    [[nodiscard]] static Core::Result<QList<DatasetStatus>> statuses(Core::Database &db);
    [[nodiscard]] static Core::Result<int> waitingCount(Core::Database &db);
    // Takes a dataset's rows and status out (a local import whose record could not be written).
    [[nodiscard]] static Core::Result<> forget(Core::Database &db, const QString &recordId);

    // The province's 口径 for the indicators (defaults until set).
    [[nodiscard]] static Core::Result<IndicatorSettings>
    indicatorSettings(const Core::ModuleContext &context);
    [[nodiscard]] static Core::Result<> setIndicatorSettings(Core::ModuleContext &context,
                                                             const IndicatorSettings &settings);
};

} // namespace GovDesk::Courts
