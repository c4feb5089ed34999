#include "BulletinExport.h"

#include "CsvWriter.h"
#include "HtmlPdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace GovDesk::Courts {

using Core::ErrorCode;
using Core::fail;

namespace {

// libxlsxwriter writes to a path; the workbook goes to a temporary file first, renamed when whole.
class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_book(workbook_new(QFile::encodeName(path).constData()))
    {
        if (!m_book)
            return;
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDDE4EE);
        format_set_border(m_header, LXW_BORDER_THIN);
        m_cell = bordered(0);
        m_top = bordered(0xE2F0D9);
        m_bottom = bordered(0xFADBD8);
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_wrap = workbook_add_format(m_book);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    }
    ~Workbook()
    {
        if (m_book)
            lxw_workbook_free(m_book); // given up: only close() saves
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    [[nodiscard]] bool isOpen() const { return m_book != nullptr; }

    lxw_worksheet *sheet(const QString &name) { return workbook_add_worksheet(m_book, name.toUtf8().constData()); }

    void write(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format = nullptr)
    {
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
    }

    // The table at `row`; returns the row after it.
    int table(lxw_worksheet *sheet, int row, const BulletinTable &table)
    {
        write(sheet, row++, 0, table.caption, m_title);
        for (int column = 0; column < table.columns.size(); ++column)
            write(sheet, row, column, table.columns.at(column), m_header);
        ++row;
        for (int i = 0; i < table.rows.size(); ++i, ++row) {
            const RowMark mark = table.marks.value(i);
            lxw_format *format = mark == RowMark::Top ? m_top : mark == RowMark::None ? m_cell : m_bottom;
            for (int column = 0; column < table.rows.at(i).size(); ++column)
                write(sheet, row, column, table.rows.at(i).at(column), format);
        }
        return row + 1;
    }

    lxw_format *title() const { return m_title; }
    lxw_format *wrap() const { return m_wrap; }

    [[nodiscard]] lxw_error close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        return error;
    }

private:
    lxw_format *bordered(lxw_color_t background)
    {
        lxw_format *format = workbook_add_format(m_book);
        format_set_border(format, LXW_BORDER_THIN);
        if (background)
            format_set_bg_color(format, background);
        return format;
    }

    lxw_workbook *m_book;
    lxw_format *m_header = nullptr;
    lxw_format *m_cell = nullptr;
    lxw_format *m_top = nullptr;
    lxw_format *m_bottom = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_wrap = nullptr;
};

QString tableHtml(const BulletinTable &table)
{
    QString html = QStringLiteral("<p align=\"center\">%1</p>").arg(table.caption.toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>");
    for (const QString &column : table.columns)
        html += QStringLiteral("<th>%1</th>").arg(column.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int i = 0; i < table.rows.size(); ++i) {
        const RowMark mark = table.marks.value(i);
        html += mark == RowMark::None  ? QStringLiteral("<tr>")
                : mark == RowMark::Top ? QStringLiteral("<tr style=\"background-color:#e2f0d9\">")
                                       : QStringLiteral("<tr style=\"background-color:#fadbd8\">");
        for (int column = 0; column < table.rows.at(i).size(); ++column)
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(column == 1 || table.columns.size() == 2 ? QStringLiteral("left") : QStringLiteral("center"),
                             table.rows.at(i).at(column).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

Core::Result<> BulletinExport::writeXlsx(const Bulletin &bulletin, const CourtDirectory &directory,
                                         const QString &path)
{
    QTemporaryDir staging(QFileInfo(path).absolutePath() + QStringLiteral("/.govdesk-XXXXXX"));
    if (!staging.isValid())
        //: 无法写入 %1：%2
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, staging.errorString()));
    const QString temporary = staging.filePath(QStringLiteral("bulletin.xlsx"));
    {
        Workbook book(temporary);
        if (!book.isOpen())
            return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, QStringLiteral("workbook_new")));
        lxw_worksheet *front = book.sheet(QStringLiteral("通报"));
        worksheet_set_column(front, 0, 0, 28, nullptr);
        worksheet_set_column(front, 1, 3, 16, nullptr);
        int row = 0;
        book.write(front, row++, 0, bulletin.title, book.title());
        book.write(front, row++, 0, QStringLiteral("%1　%2").arg(bulletin.issuer, bulletin.periodName));
        for (const QString &paragraph : bulletin.summary.split(QLatin1Char('\n'))) {
            worksheet_merge_range(front, lxw_row_t(row), 0, lxw_row_t(row), 6, "", book.wrap());
            book.write(front, row, 0, paragraph, book.wrap());
            worksheet_set_row(front, lxw_row_t(row++), 15.0 * (1 + paragraph.size() / 60), nullptr);
        }
        book.table(front, row + 1, BulletinTables::overview(bulletin));

        lxw_worksheet *ranks = book.sheet(QStringLiteral("排名"));
        worksheet_set_column(ranks, 1, 1, 30, nullptr);
        worksheet_set_column(ranks, 2, 6, 16, nullptr);
        row = 0;
        for (const BulletinTable &table : BulletinTables::rankings(bulletin, directory))
            row = book.table(ranks, row, table);

        lxw_worksheet *definitions = book.sheet(QStringLiteral("指标口径"));
        worksheet_set_column(definitions, 0, 0, 24, nullptr);
        worksheet_set_column(definitions, 1, 1, 90, nullptr);
        book.table(definitions, 0, BulletinTables::definitions(bulletin));
        if (const lxw_error error = book.close(); error != LXW_NO_ERROR)
            return fail(ErrorCode::Io,
                        tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, QStringLiteral("rename")));
    return {};
}

QList<QStringList> BulletinExport::csvRows(const Bulletin &bulletin, const CourtDirectory &directory)
{
    QList<QStringList> rows{{bulletin.title}, {bulletin.issuer, bulletin.periodName}, {}};
    const auto append = [&rows](const BulletinTable &table) {
        rows.append({table.caption});
        rows.append(table.columns);
        rows.append(table.rows);
        rows.append(QStringList());
    };
    append(BulletinTables::overview(bulletin));
    for (const BulletinTable &table : BulletinTables::rankings(bulletin, directory))
        append(table);
    append(BulletinTables::definitions(bulletin));
    return rows;
}

Core::Result<> BulletinExport::writeCsv(const Bulletin &bulletin, const CourtDirectory &directory,
                                        const QString &path)
{
    QString error;
    if (!Ui::CsvWriter::write(path, csvRows(bulletin, directory), &error))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, error));
    return {};
}

QString BulletinExport::html(const Bulletin &bulletin, const CourtDirectory &directory)
{
    using Print::HtmlPdf;
    QString html = QStringLiteral("<html><head>") + HtmlPdf::officialStyle(9) + QStringLiteral("</head><body>");
    html += HtmlPdf::title(bulletin.title);
    html += QStringLiteral("<p align=\"center\">%1　%2</p>").arg(bulletin.issuer.toHtmlEscaped(),
                                                               bulletin.periodName.toHtmlEscaped());
    html += HtmlPdf::heading(QStringLiteral("一、总体情况")) + HtmlPdf::paragraphs(bulletin.summary);
    html += tableHtml(BulletinTables::overview(bulletin));
    html += HtmlPdf::heading(QStringLiteral("二、各法院排名"));
    for (const BulletinTable &table : BulletinTables::rankings(bulletin, directory))
        html += tableHtml(table);
    html += HtmlPdf::heading(QStringLiteral("三、指标口径"));
    html += tableHtml(BulletinTables::definitions(bulletin));
    return html + QStringLiteral("</body></html>");
}

} // namespace GovDesk::Courts
