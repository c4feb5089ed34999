#include "CsvWriter.h"

#include <QDir>
#include <QSaveFile>

namespace GovDesk::Ui {

namespace {
// A text field that Excel or WPS would run as a formula (=, +, -, @ first) gets a leading
// apostrophe: an exported petition or request text must not execute when an office opens it.
// Plain numbers such as -12.5 stay numbers.
QString neutralised(const QString &field)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (field.isEmpty() || !triggers.contains(field.front()))
        return field;
    bool isNumber = false;
    field.toDouble(&isNumber);
    return isNumber ? field : QLatin1Char('\'') + field;
}

QString quoted(const QString &input)
{
    const QString field = neutralised(input);
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
