// ImportSchema: what a module accepts from a spreadsheet — its fields with their types, ranges
// and patterns, the header names each is known by (SL 323's STCD and 测站编码 alike) and the
// fields that make a row's key — and the conversion of one cell, with the reason when it fails.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace GovDesk::Core {

enum class ImportFieldType {
    Text,
    Integer,
    Decimal,
    Date,     // 2026-06-18, 2026/6/18, 2026年6月18日
    DateTime, // 2026-06-18 08:00[:00], 2026-06-18T08:00, 2026/6/18 8:00 — Beijing time
};

struct ImportField
{
    QString key;   // the module's name for it, e.g. "STCD"
    QString label; // what the person sees, translated, e.g. 测站编码
    ImportFieldType type = ImportFieldType::Text;
    bool required = true;
    std::optional<double> minimum; // numbers: the plausible range, bounds included
    std::optional<double> maximum;
    QString pattern;     // text: a regular expression the whole value must match
    QString patternHint; // text: what the pattern means, for the reason (「8位字母或数字」)
    QStringList headers; // header names that map to it without asking (besides key and label)
    // The module's own check of a converted value (a 案号 parsed by its rules): a non-empty return
    // is the reason it is refused; it may write the value back in its canonical form.
    std::function<QString(QVariant &value)> check;
};

// A row the module refuses as a whole, though each cell converted: the field to name and why.
struct RowRefusal
{
    QString field; // a field key
    QString reason;
};
// Checks one converted row (schema order); empty when the row is fine.
using RowCheck = std::function<std::optional<RowRefusal>(const QVariantList &values)>;

struct ImportSchema
{
    QList<ImportField> fields;
    QStringList keyFields; // a second row with the same values here is a duplicate
    RowCheck rowCheck;     // what only the row as a whole tells (a closing date before the filing date)

    [[nodiscard]] const ImportField *field(const QString &key) const;
    [[nodiscard]] qsizetype indexOf(const QString &key) const;
};

// Field key → column index in the file.
using ColumnMapping = QHash<QString, int>;

class ImportCells
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::ImportCells)
public:
    // The cell as the field's type: a QString, qlonglong, double, QDate or QDateTime (UTC+8); an
    // empty optional field is a null QVariant. On failure, the reason in words.
    [[nodiscard]] static QVariant convert(const ImportField &field, const QString &cell, QString *reason);
    // Each field to the first column whose header names it (case and spaces ignored).
    [[nodiscard]] static ColumnMapping suggestMapping(const ImportSchema &schema, const QStringList &headers);

private:
    [[nodiscard]] static QVariant convertType(const ImportField &field, const QString &cell, QString *reason);
};

} // namespace GovDesk::Core
