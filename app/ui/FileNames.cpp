#include "FileNames.h"

namespace GovDesk::Ui {

QString fileSafeName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    return name;
}

} // namespace GovDesk::Ui
