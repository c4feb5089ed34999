// Screenshots of GUI tests for the user guide: in Chinese with the application's interface font
// when GOVDESK_SCREENSHOT_QM names the zh_CN .qm, saved under GOVDESK_SCREENSHOT_DIR when it is set
// (a test run without them takes none and changes nothing).
#pragma once

#include "InterfaceFont.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace GovDesk::Test {

// Installs the release translation and the interface font as the application does; keep it alive
// for the test's duration.
class ScreenshotLanguage
{
public:
    void install()
    {
        Ui::useInterfaceFont();
        const QString qm = qEnvironmentVariable("GOVDESK_SCREENSHOT_QM");
        if (qm.isEmpty() || !m_release.load(qm))
            return;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(&m_release);
        // Qt's own buttons (保存, 关闭) as the application shows them.
        if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }

private:
    QTranslator m_release;
    QTranslator m_qt;
};

// Saves `widget` as `name`.png when screenshots are asked for; false only when saving failed.
[[nodiscard]] inline bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QCoreApplication::processEvents(); // pending layouts settle before the grab
    return QDir().mkpath(dir) && widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace GovDesk::Test
