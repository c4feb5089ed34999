#include "InterfaceFont.h"

#include <QApplication>
#include <QBuffer>
#include <QDBusConnection>
#include <QFont>
#include <QFontDatabase>
#include <QImageReader>
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
    // Chinese and Latin interface text needs no OpenType shaping: without it Qt maps characters
    // to glyphs directly, which is most of the cost of laying out the first window's text. Qt
    // still shapes every script that requires it (Tibetan, Mongolian, the Arabic script of
    // Uyghur), whatever this hint says.
    font.setStyleStrategy(QFont::PreferNoShaping);
    QApplication::setFont(font);
}

InterfaceWarmer::InterfaceWarmer()
    // The font database is shared by all threads and guarded by Qt: what the worker loads is
    // what the UI thread's first label finds. The faces are not: Qt opens a font file with
    // FreeType once per thread, so opening them here would only be done again by the UI thread.
    : m_fonts(QThread::create([] {
        (void)QFontDatabase::families();
        // Images are read on any thread, and the plugins are loaded once per process: asking
        // whether an empty "png" can be read makes Qt ask (and so load) every plugin.
        QBuffer nothing;
        nothing.open(QIODevice::ReadOnly);
        (void)QImageReader(&nothing, "png").canRead();
    }))
    , m_sessionBus(QThread::create([] { (void)QDBusConnection::sessionBus().isConnected(); }))
{
    m_fonts->setObjectName(QStringLiteral("interface warm-up"));
    m_fonts->start();
    m_sessionBus->setObjectName(QStringLiteral("session bus warm-up"));
    m_sessionBus->start();
}

InterfaceWarmer::~InterfaceWarmer()
{
    m_fonts->wait();
    m_sessionBus->wait();
}

} // namespace GovDesk::Ui
