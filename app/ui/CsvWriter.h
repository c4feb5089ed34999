// CsvWriter: turns rows of text into a CSV file that Excel on Chinese Windows opens correctly.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace GovDesk::Ui {

class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Ui::CsvWriter)
public:
    // RFC 4180 (fields with comma, quote or line break quoted, quotes doubled, CRLF row ends),
    // encoded as UTF-8 with a BOM: without the BOM Excel on Chinese Windows reads the file as GBK.
    static QByteArray encode(const QList<QStringList> &rows);

    // Writes atomically (QSaveFile), so a failed export never leaves a half-written file behind.
    [[nodiscard]] static bool write(const QString &path, const QList<QStringList> &rows, QString *error);
};

} // namespace GovDesk::Ui
