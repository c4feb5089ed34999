#include "DatasetImportJob.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <algorithm>

namespace GovDesk::Core {

namespace {

Q_LOGGING_CATEGORY(lcDatasets, "govdesk.core.datasets", QtWarningMsg)

constexpr int CheckedPercent = 50;
constexpr int StagedPercent = 95;

// Table names come from the module's source, never from a file; still, only plain identifiers.
bool isPlainName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

} // namespace

DatasetImportJob::DatasetImportJob(const DatasetSource &source, QString moduleId)
    : m_source(source)
    , m_moduleId(std::move(moduleId))
{
}

QString DatasetImportJob::problemLines(const ImportCheck &check)
{
    QStringList lines;
    for (const ImportProblem &problem : check.problems) {
        if (lines.size() >= ProblemsKept)
            break;
        //: A bad row of a dataset: 第N行，列：值 — 原因
        lines << tr("Line %1, %2: %3 — %4")
                     .arg(problem.line)
                     .arg(problem.column, problem.value, problem.reason);
    }
    if (check.problemCount > lines.size())
        //: 共 %n 处问题
        lines << tr("… %n problem(s) in all", nullptr, int(check.problemCount));
    return lines.join(QLatin1Char('\n'));
}

Result<> DatasetImportJob::stage(Database &db) const
{
    // Decrypted rows must not reach a temporary file; in memory they are as safe as the blob.
    GD_TRY(db.execute(QStringLiteral("PRAGMA temp_store = MEMORY")));
    for (const QString &table : m_source.tables) {
        if (!isPlainName(table))
            return fail(ErrorCode::InvalidArgument, tr("The dataset cannot be imported."),
                        QStringLiteral("not a table name: %1").arg(table));
        // Same name, same columns, no constraints: the module's unqualified INSERTs land here.
        GD_TRY(db.execute(QStringLiteral("DROP TABLE IF EXISTS temp.%1; "
                                         "CREATE TEMP TABLE %1 AS SELECT * FROM main.%1 WHERE 0;")
                              .arg(table)));
    }
    return {};
}

Result<> DatasetImportJob::dropStaged(Database &db) const
{
    for (const QString &table : m_source.tables)
        GD_TRY(db.execute(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(table)));
    return {};
}

Result<bool> DatasetImportJob::stillExpected(Database &db, const DatasetStatus &status, Expect expect) const
{
    auto stored = DatasetStatusStore(db, m_moduleId).status(status.recordId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return expect == Expect::New;
    return (*stored)->sha256 == status.sha256
           && (expect == Expect::New || (*stored)->state == DatasetState::Waiting);
}

Result<std::optional<DatasetStatus>> DatasetImportJob::finish(Database &db, DatasetStatus status,
                                                              Expect expect, bool moveStaged) const
{
    if (expect == Expect::New && !moveStaged)
        return status; // a local file with problems: the dialog shows them, nothing is kept
    QElapsedTimer held;
    held.start();
    auto transaction = Transaction::begin(db, Transaction::Mode::Immediate);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto expected = stillExpected(db, status, expect);
    if (!expected)
        return std::unexpected(expected.error());
    if (!*expected) {
        qCInfo(lcDatasets) << "dataset" << status.recordId << "changed while it was imported";
        return std::nullopt;
    }
    // A rejected file changes no row: the dataset keeps what an earlier file of it brought.
    for (const QString &table : m_source.tables) {
        if (!moveStaged)
            break;
        auto removed = db.prepare(QStringLiteral("DELETE FROM main.%1 WHERE dataset_id = ?").arg(table));
        if (!removed)
            return std::unexpected(removed.error());
        removed->bind(1, status.recordId);
        GD_TRY(removed->exec());
        // A later dataset's row for the same key replaces an earlier one, as a direct write did.
        GD_TRY(db.execute(QStringLiteral("INSERT OR REPLACE INTO main.%1 SELECT * FROM temp.%1").arg(table)));
    }
    status.updatedAt = QDateTime::currentDateTimeUtc();
    GD_TRY(DatasetStatusStore(db, m_moduleId).write(status));
    GD_TRY(transaction->commit());
    // The only time the profile's write lock is held for the dataset: worth knowing for large ones.
    qCInfo(lcDatasets) << m_moduleId << "dataset" << status.recordId << "with" << status.rows
                       << "rows: write lock held for" << held.elapsed() << "ms";
    return status;
}

Result<std::optional<DatasetStatus>> DatasetImportJob::run(Database &db, const TableImport &import,
                                                           DatasetStatus status, ColumnMapping mapping,
                                                           Expect expect, const Progress &progress,
                                                           const std::atomic_bool *cancel) const
{
    int reported = -1;
    const auto report = [&](int percent) {
        if (progress && percent > reported) {
            reported = percent;
            progress(percent);
        }
    };
    const auto scaled = [&](int from, int to) -> TableImport::Progress {
        return [&report, from, to](qint64 done, qint64 total) {
            if (total > 0)
                report(from + int((to - from) * std::min(done, total) / total));
        };
    };
    const auto reject = [&](qint64 problemCount, const QString &problems) {
        status.state = DatasetState::Rejected;
        status.rows = 0;
        status.problemCount = problemCount;
        status.problems = problems;
        return finish(db, status, expect, false);
    };
    const auto cancelledOrReject = [&](const Error &error) -> Result<std::optional<DatasetStatus>> {
        if (error.code == ErrorCode::Cancelled)
            return std::unexpected(error);
        return reject(1, error.message);
    };
    report(0);
    if (mapping.isEmpty()) {
        auto preview = import.preview(1);
        if (!preview)
            return cancelledOrReject(preview.error());
        mapping = preview->suggested;
    }
    auto check = import.check(mapping, scaled(0, CheckedPercent), cancel,
                              m_source.references ? m_source.references(db, status.kind) : RowCheck());
    if (!check)
        return cancelledOrReject(check.error());
    if (!check->isClean())
        return reject(check->problemCount, problemLines(*check));

    GD_TRY(stage(db));
    const auto staged = [&]() -> Result<std::optional<DatasetStatus>> {
        // The staging transaction writes only the TEMP schema: no lock on the profile's file.
        auto transaction = Transaction::begin(db, Transaction::Mode::Deferred);
        if (!transaction)
            return std::unexpected(transaction.error());
        TableImport::RowSink sink = m_source.rowWriter(db, status.kind, status.recordId);
        auto rows = import.apply(mapping, sink, scaled(CheckedPercent, StagedPercent), cancel);
        if (!rows) {
            transaction->rollback();
            // InvalidArgument: the file changed between the passes.
            if (rows.error().code == ErrorCode::Cancelled || rows.error().code != ErrorCode::InvalidArgument)
                return std::unexpected(rows.error());
            return reject(1, rows.error().message);
        }
        GD_TRY(transaction->commit());
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("The import was cancelled."));
        status.state = DatasetState::Applied;
        status.rows = *rows;
        status.problemCount = 0;
        status.problems.clear();
        auto finished = finish(db, status, expect, true);
        if (finished && *finished)
            report(100);
        return finished;
    }();
    if (auto dropped = dropStaged(db); !dropped)
        qCWarning(lcDatasets) << "staging tables left:" << dropped.error().detail;
    return staged;
}

} // namespace GovDesk::Core
