// DatasetStatus: what became of each dataset a module receives by sync (see DatasetApplier) —
// kept in one core table for every module, so that both the applier (on its worker connection)
// and the module's pages read the same rows.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Core {

class Database;

enum class DatasetState {
    Waiting,   // recorded; its file is applied when it is here (and nothing else is importing)
    Applied,   // its rows are in the module's tables
    Rejected,  // its file has problems: nothing of it is applied
    Cancelled, // the user stopped its import: nothing applied until they ask again (retry)
};

struct DatasetStatus
{
    QString recordId; // the dataset record's id; the module's rows carry it as dataset_id
    QString kind;     // as the record says, even when unknown
    QString title;
    QString fileName;
    QString sha256;
    DatasetState state = DatasetState::Waiting;
    qint64 rows = 0;
    qint64 problemCount = 0;
    QString problems; // the first problems (or the reason), one per line
    QDateTime updatedAt;
    QString loadedAt; // the record's, ISO 8601
};

// Thin over a connection (the UI thread's or the applier's worker's), rows scoped to one module.
class DatasetStatusStore
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::DatasetStatusStore)
public:
    static constexpr const char *MigrationOwner = "core.datasets";
    [[nodiscard]] static QList<Migration> migrations();

    DatasetStatusStore(Database &db, QString moduleId);

    [[nodiscard]] Result<std::optional<DatasetStatus>> status(const QString &recordId) const;
    [[nodiscard]] Result<QList<DatasetStatus>> statuses() const;                  // newest first
    [[nodiscard]] Result<QList<DatasetStatus>> inState(DatasetState state) const; // oldest first
    [[nodiscard]] Result<> write(const DatasetStatus &status);
    [[nodiscard]] Result<> remove(const QString &recordId);
    [[nodiscard]] Result<> removeAll();

    [[nodiscard]] static QString stateName(DatasetState state); // translated

private:
    [[nodiscard]] Result<QList<DatasetStatus>> select(const QString &where, const QString &order,
                                                      const QString &argument) const;

    Database *m_db;
    QString m_moduleId;
};

} // namespace GovDesk::Core
