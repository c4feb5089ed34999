#include "TableImport.h"

#include "CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace GovDesk::Core {

// Rows of a file as text cells, the header first.
class TableImport::Source
{
public:
    virtual ~Source() = default;
    [[nodiscard]] virtual ImportFormat format() const = 0;
    [[nodiscard]] virtual QString encoding() const = 0;
    [[nodiscard]] virtual QStringList headers() const = 0;
    // false at the end; an error through `error`.
    [[nodiscard]] virtual bool next(qint64 &line, QStringList &cells, std::optional<Error> &error) = 0;
    [[nodiscard]] virtual qint64 bytesRead() const = 0;
};

class TableImport::CsvSource final : public Source
{
public:
    // `device` is open for reading.
    explicit CsvSource(std::unique_ptr<QIODevice> device)
        : m_device(std::move(device))
    {
    }

    [[nodiscard]] Result<> open()
    {
        m_reader.emplace(*m_device);
        CsvRecord header;
        switch (m_reader->next(header)) {
        case CsvReader::Step::Record:
            m_headers = header.fields;
            for (QString &name : m_headers)
                name = name.trimmed();
            return {};
        case CsvReader::Step::End:
            return fail(ErrorCode::InvalidArgument, TableImport::tr("The file is empty."));
        case CsvReader::Step::Error:
            break;
        }
        return fail(ErrorCode::InvalidArgument, m_reader->errorString());
    }

    ImportFormat format() const override { return ImportFormat::Csv; }
    QString encoding() const override { return TextDecoding::name(m_reader->encoding()); }
    QStringList headers() const override { return m_headers; }
    qint64 bytesRead() const override { return m_reader->bytesRead(); }

    bool next(qint64 &line, QStringList &cells, std::optional<Error> &error) override
    {
        CsvRecord record;
        switch (m_reader->next(record)) {
        case CsvReader::Step::Record:
            line = record.line;
            cells = std::move(record.fields);
            return true;
        case CsvReader::Step::End:
            return false;
        case CsvReader::Step::Error:
            error = Error{ErrorCode::InvalidArgument, m_reader->errorString(), {}};
            return false;
        }
        return false;
    }

private:
    std::unique_ptr<QIODevice> m_device;
    std::optional<CsvReader> m_reader;
    QStringList m_headers;
};

// An array of objects, one per row; the headers are the keys in the order they first appear.
class TableImport::JsonSource final : public Source
{
public:
    [[nodiscard]] Result<> open(QIODevice &device)
    {
        const QByteArray bytes = device.readAll();
        m_size = bytes.size();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(ErrorCode::InvalidArgument,
                        TableImport::tr("The JSON file does not read at byte %1: %2.")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        if (!document.isArray())
            return fail(ErrorCode::InvalidArgument,
                        TableImport::tr("The JSON file must hold an array of objects, one per row."));
        m_rows = document.array();
        for (const QJsonValue &row : std::as_const(m_rows)) {
            const QStringList keys = row.toObject().keys();
            for (const QString &key : keys) {
                if (!m_headers.contains(key))
                    m_headers.append(key);
            }
        }
        return {};
    }

    ImportFormat format() const override { return ImportFormat::Json; }
    QString encoding() const override { return QStringLiteral("UTF-8"); }
    QStringList headers() const override { return m_headers; }
    qint64 bytesRead() const override { return m_rows.isEmpty() ? m_size : m_size * m_next / m_rows.size(); }

    bool next(qint64 &line, QStringList &cells, std::optional<Error> &error) override
    {
        if (m_next >= m_rows.size())
            return false;
        const QJsonValue value = m_rows.at(m_next++);
        line = m_next;
        if (!value.isObject()) {
            error = Error{ErrorCode::InvalidArgument,
                          TableImport::tr("Element %1 of the JSON array is not an object.").arg(line),
                          {}};
            return false;
        }
        const QJsonObject object = value.toObject();
        cells.clear();
        for (const QString &header : std::as_const(m_headers)) {
            const QJsonValue cell = object.value(header);
            cells.append(cell.isDouble() ? QString::number(cell.toDouble(), 'g', 15)
                                         : cell.toVariant().toString());
        }
        return true;
    }

private:
    QJsonArray m_rows;
    QStringList m_headers;
    qsizetype m_next = 0;
    qint64 m_size = 0;
};

TableImport::TableImport(QString path, ImportSchema schema)
    : m_path(std::move(path))
    , m_name(QFileInfo(m_path).fileName())
    , m_schema(std::move(schema))
{
}

TableImport::TableImport(QByteArray contents, QString name, ImportSchema schema)
    : m_contents(std::move(contents))
    , m_name(std::move(name))
    , m_schema(std::move(schema))
{
}

qint64 TableImport::size() const
{
    return m_contents ? m_contents->size() : QFileInfo(m_path).size();
}

Result<std::unique_ptr<TableImport::Source>> TableImport::open() const
{
    std::unique_ptr<QIODevice> device;
    if (m_contents) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(*m_contents);
        device = std::move(buffer);
    } else {
        if (!QFileInfo(m_path).isFile())
            return fail(ErrorCode::NotFound, tr("%1 does not exist.").arg(m_path));
        device = std::make_unique<QFile>(m_path);
    }
    if (size() > MaxFileBytes)
        return fail(
            ErrorCode::InvalidArgument,
            tr("%1 has %2 MiB; one import takes at most %3 MiB. Split the file, for example by month.")
                .arg(m_name)
                .arg(size() / (1024 * 1024))
                .arg(MaxFileBytes / (1024 * 1024)));
    if (!device->open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2").arg(m_name, device->errorString()));
    if (m_name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        auto json = std::make_unique<JsonSource>();
        GD_TRY(json->open(*device));
        return std::unique_ptr<Source>(std::move(json));
    }
    auto csv = std::make_unique<CsvSource>(std::move(device));
    GD_TRY(csv->open());
    return std::unique_ptr<Source>(std::move(csv));
}

Result<ImportPreview> TableImport::preview(int rows) const
{
    auto source = open();
    if (!source)
        return std::unexpected(source.error());
    ImportPreview preview{.format = (*source)->format(),
                          .encoding = (*source)->encoding(),
                          .headers = (*source)->headers(),
                          .rows = {},
                          .suggested = ImportCells::suggestMapping(m_schema, (*source)->headers())};
    qint64 line = 0;
    QStringList cells;
    std::optional<Error> error;
    while (preview.rows.size() < rows && (*source)->next(line, cells, error))
        preview.rows.append(cells);
    if (error)
        return std::unexpected(*error);
    return preview;
}

Result<> TableImport::checkMapping(const ColumnMapping &mapping, const QStringList &headers) const
{
    QStringList missing;
    for (const ImportField &field : m_schema.fields) {
        const int column = mapping.value(field.key, -1);
        if (column >= headers.size())
            return fail(ErrorCode::InvalidArgument,
                        tr("%1 is mapped to a column the file does not have.").arg(field.label));
        if (column < 0 && field.required)
            missing << field.label;
    }
    if (!missing.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    tr("The file has no column for: %1. Choose the columns, or add them to the file.")
                        .arg(missing.join(tr(", "))));
    return {};
}

Result<ImportCheck> TableImport::pass(const ColumnMapping &mapping, const Progress &progress,
                                      const std::atomic_bool *cancel, const RowSink &onRow,
                                      const RowCheck &references) const
{
    auto opened = open();
    if (!opened)
        return std::unexpected(opened.error());
    Source &source = **opened;
    GD_TRY(checkMapping(mapping, source.headers()));
    const qint64 total = size();
    QList<int> columns;
    for (const ImportField &field : m_schema.fields)
        columns.append(mapping.value(field.key, -1));
    QList<qsizetype> keyIndexes;
    for (const QString &key : m_schema.keyFields)
        keyIndexes.append(m_schema.indexOf(key));

    ImportCheck check;
    QHash<QString, qint64> seenKeys; // key → the line it was first seen on
    const auto problem = [&check](ImportProblem found) {
        ++check.problemCount;
        if (check.problems.size() < MaxProblemsKept)
            check.problems.append(std::move(found));
    };
    qint64 line = 0;
    qint64 reported = -1;
    QStringList cells;
    std::optional<Error> error;
    QVariantList values;
    while (source.next(line, cells, error)) {
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was changed."));
        if (progress && source.bytesRead() != reported) {
            reported = source.bytesRead();
            progress(reported, total);
        }
        ++check.rows;
        values.clear();
        bool clean = true;
        for (qsizetype i = 0; i < m_schema.fields.size(); ++i) {
            const ImportField &field = m_schema.fields.at(i);
            const int column = columns.at(i);
            const QString cell = column >= 0 && column < cells.size() ? cells.at(column) : QString();
            QString reason;
            values.append(ImportCells::convert(field, cell, &reason));
            if (!reason.isEmpty()) {
                problem({line, field.label, cell, reason});
                clean = false;
            }
        }
        if (!clean)
            continue;
        if (!keyIndexes.isEmpty()) {
            QStringList parts;
            for (qsizetype index : std::as_const(keyIndexes))
                parts << values.at(index).toString();
            const QString key = parts.join(QChar(0x1F));
            if (const auto first = seenKeys.constFind(key); first != seenKeys.constEnd()) {
                QStringList labels;
                for (const QString &keyField : m_schema.keyFields)
                    labels << m_schema.field(keyField)->label;
                problem({line, labels.join(tr(", ")), parts.join(tr(", ")),
                         tr("The same %1 as line %2.").arg(labels.join(tr(", "))).arg(*first)});
                continue;
            }
            seenKeys.insert(key, line);
        }
        const auto refused = [&](const RowCheck &rowCheck) {
            const std::optional<RowRefusal> refusal = rowCheck ? rowCheck(values) : std::nullopt;
            if (!refusal)
                return false;
            const qsizetype index = m_schema.indexOf(refusal->field);
            const int column = index < 0 ? -1 : columns.at(index);
            problem({line, index < 0 ? refusal->field : m_schema.fields.at(index).label,
                     column >= 0 && column < cells.size() ? cells.at(column) : QString(), refusal->reason});
            return true;
        };
        if (refused(m_schema.rowCheck) || refused(references))
            continue;
        if (onRow && check.problemCount == 0)
            GD_TRY(onRow(values));
    }
    if (error)
        return std::unexpected(*error);
    if (progress)
        progress(total, total);
    return check;
}

Result<ImportCheck> TableImport::check(const ColumnMapping &mapping, const Progress &progress,
                                       const std::atomic_bool *cancel, const RowCheck &references) const
{
    return pass(mapping, progress, cancel, {}, references);
}

Result<qint64> TableImport::apply(const ColumnMapping &mapping, const RowSink &sink, const Progress &progress,
                                  const std::atomic_bool *cancel) const
{
    auto checked = pass(mapping, progress, cancel, sink);
    if (!checked)
        return std::unexpected(checked.error());
    if (!checked->isClean())
        return fail(
            ErrorCode::InvalidArgument,
            tr("The file changed since it was checked and now has %n problem(s); nothing was imported.",
               nullptr, int(checked->problemCount)));
    return checked->rows;
}

} // namespace GovDesk::Core
