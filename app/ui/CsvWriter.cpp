#include "CsvWriter.h"

#include <QDir>
#include <QSaveFile>

namespace GovDesk::Ui {

namespace {
QString quoted(const QString &field)
{
    static const QString specials = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (specials.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}
} // namespace

QByteArray CsvWriter::encode(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &field : row)
            fields.append(quoted(field));
        text += fields.join(QLatin1Char(','));
        text += QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool CsvWriter::write(const QString &path, const QList<QStringList> &rows, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = encode(rows);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace GovDesk::Ui
