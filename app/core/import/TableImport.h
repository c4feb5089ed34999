// TableImport: a CSV or JSON file brought into a module in two passes, never half applied —
// check() reads every row and reports each bad one (line, column, value, reason) and every
// duplicate key; apply() reads it again and hands the converted rows to the module, which writes
// them in one transaction (all or nothing). Both passes stream, report progress and stop when
// asked; files over MaxFileBytes are refused before reading.
#pragma once

#include "ImportSchema.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <atomic>
#include <functional>
#include <optional>

namespace GovDesk::Core {

enum class ImportFormat { Csv, Json };

struct ImportPreview
{
    ImportFormat format = ImportFormat::Csv;
    QString encoding; // "UTF-8", "GB18030" …
    QStringList headers;
    QList<QStringList> rows; // the first rows, as text
    ColumnMapping suggested;
};

struct ImportProblem
{
    qint64 line = 0; // CSV: the line the row starts on; JSON: the element's number, 1-based
    QString column;  // the field's label, or the header when no field applies
    QString value;
    QString reason;
};

struct ImportCheck
{
    qint64 rows = 0;
    qint64 problemCount = 0;
    QList<ImportProblem> problems; // the first MaxProblemsKept

    [[nodiscard]] bool isClean() const { return problemCount == 0; }
};

class TableImport
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::TableImport)
public:
    static constexpr qint64 MaxFileBytes = 100LL * 1024 * 1024;
    static constexpr int MaxProblemsKept = 1000;

    // done and total in bytes; called at most once per chunk read.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // A converted row, one QVariant per schema field in schema order (null for an absent optional one).
    using RowSink = std::function<Result<>(const QVariantList &values)>;

    TableImport(QString path, ImportSchema schema);
    // A file held in memory — an attachment read from the encrypted blob cache, so that its
    // decrypted bytes never touch the disk; `name` tells JSON (.json) from CSV, as a path's does.
    TableImport(QByteArray contents, QString name, ImportSchema schema);

    [[nodiscard]] Result<ImportPreview> preview(int rows = 20) const;
    // `references`: a further check of each clean row against what is already stored (an event's
    // 案号 among the cases), reported like any other problem.
    [[nodiscard]] Result<ImportCheck> check(const ColumnMapping &mapping, const Progress &progress = {},
                                            const std::atomic_bool *cancel = nullptr,
                                            const RowCheck &references = {}) const;
    // Rows are handed over only if the file is still clean (it is read again); returns their count.
    [[nodiscard]] Result<qint64> apply(const ColumnMapping &mapping, const RowSink &sink,
                                       const Progress &progress = {},
                                       const std::atomic_bool *cancel = nullptr) const;

private:
    class Source;
    class CsvSource;
    class JsonSource;

    [[nodiscard]] Result<std::unique_ptr<Source>> open() const;
    [[nodiscard]] qint64 size() const;
    [[nodiscard]] Result<> checkMapping(const ColumnMapping &mapping, const QStringList &headers) const;
    // Reads every row; `onRow` gets the converted values of each clean one.
    [[nodiscard]] Result<ImportCheck> pass(const ColumnMapping &mapping, const Progress &progress,
                                           const std::atomic_bool *cancel, const RowSink &onRow,
                                           const RowCheck &references = {}) const;

    QString m_path;
    std::optional<QByteArray> m_contents;
    QString m_name;
    ImportSchema m_schema;
};

} // namespace GovDesk::Core
