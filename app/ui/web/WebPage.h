// WebPage: a QWebEnginePage that stays on qrc: content and never opens windows.
#pragma once

#include <QWebEnginePage>

namespace GovDesk::Ui::Internal {

class WebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    WebPage(QWebEngineProfile *profile, QObject *parent);

    // Navigations refused so far on this page.
    [[nodiscard]] int blockedNavigationCount() const { return m_blockedNavigations; }

Q_SIGNALS:
    void navigationBlocked(const QUrl &url);

protected:
    // Links, redirects, form posts and location changes alike: the request filter would stop
    // the load too, but refusing here keeps the current page (and its URL) instead of an error.
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    // window.open() and target=_blank: a second window would escape the host's policy and layout.
    QWebEnginePage *createWindow(WebWindowType type) override;
    // No file picker: page content must not read the user's files.
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceId) override;

private:
    int m_blockedNavigations = 0;
};

} // namespace GovDesk::Ui::Internal
