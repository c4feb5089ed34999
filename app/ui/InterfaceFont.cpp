#include "InterfaceFont.h"

#include <QApplication>
#include <QFont>
#include <QStringList>

namespace GovDesk::Ui {

void useInterfaceFont()
{
    QFont font = QApplication::font();
    // The system's face first (its Latin letters and digits), then the sans CJK faces a
    // government desktop may have, best first: the first installed one draws the Han text.
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei")});
    QApplication::setFont(font);
}

} // namespace GovDesk::Ui
