#include "DialogTestSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace GovDesk::Test {

namespace {
QString screenshotDir()
{
    return qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
}
} // namespace

void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

bool screenshotsWanted()
{
    return !screenshotDir().isEmpty();
}

void useChineseForScreenshots()
{
    if (!screenshotsWanted())
        return;
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(chinese);
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("govdesk"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &[name, directory] : catalogues) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(chinese, name, QStringLiteral("_"), directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

bool saveScreenshot(QWidget *widget, const QString &name)
{
    if (!screenshotsWanted())
        return true;
    // Let pending layout requests and resizes (a message that just appeared) take effect first.
    QTest::qWait(100);
    const QDir dir(screenshotDir());
    return dir.mkpath(QStringLiteral("."))
           && widget->grab().save(dir.filePath(name + QStringLiteral(".png")));
}

} // namespace GovDesk::Test
