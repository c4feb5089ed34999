#include "InterfaceFont.h"

#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QStringList>
#include <QThread>

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

InterfaceFontWarmer::InterfaceFontWarmer()
    // Text may be laid out off the UI thread (as for a QImage); the font database is shared and
    // guarded by Qt, so what the worker loads is what the UI thread's first label finds.
    : m_thread(QThread::create([font = QApplication::font()] {
        (void)QFontMetrics(font).horizontalAdvance(QStringLiteral("政务桌面 GovDesk 2026"));
    }))
{
    m_thread->setObjectName(QStringLiteral("font warm-up"));
    m_thread->start();
}

InterfaceFontWarmer::~InterfaceFontWarmer()
{
    m_thread->wait();
}

} // namespace GovDesk::Ui
