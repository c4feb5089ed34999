// WebHost: a widget that shows one page of GovDesk's own web content (dashboards, previews) in
// Qt WebEngine, created only when first needed, with a QWebChannel bridge to C++.
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QStackedLayout;
class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineView;

namespace GovDesk::Ui {

namespace Internal {
class WebPage;
}

class WebHost : public QWidget
{
    Q_OBJECT
public:
    // `bridge` (may be null) is published to the page's QWebChannel as "govdesk"; it is not owned
    // and should outlive the host, so the page never talks to a half-destroyed object.
    explicit WebHost(QObject *bridge = nullptr, QWidget *parent = nullptr);
    ~WebHost() override;

    // Shows `url`, which must be qrc: (anything else is refused, logged, and returns false). While
    // the host is hidden the URL is only remembered: the engine starts when the host is first
    // shown, so a page that is built but never opened costs no Chromium process.
    [[nodiscard]] bool load(const QUrl &url);
    // The page's URL once it exists, else the URL waiting to be loaded.
    [[nodiscard]] QUrl url() const;
    // The last load finished successfully.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    // Null until the engine is created.
    [[nodiscard]] QWebEnginePage *page() const;
    [[nodiscard]] QWebEngineView *view() const { return m_view; }
    // Navigations this host's page refused.
    [[nodiscard]] int blockedNavigationCount() const;

    // True once any WebEngine object was created in this process. The shell's tests assert it stays
    // false at start-up: the engine costs a process and ~100 MB that most sessions never need.
    [[nodiscard]] static bool engineCreated();
    // Requests refused by the filter shared by all hosts in this process.
    [[nodiscard]] static int blockedRequestCount();

Q_SIGNALS:
    // The page asked for with load() finished loading, or failed (then the host shows a message).
    void loadFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createEngine();
    void onLoadingChanged(const QWebEngineLoadingInfo &info);

    QObject *m_bridge;
    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QWebEngineView *m_view = nullptr;
    Internal::WebPage *m_page = nullptr;
    QUrl m_requestedUrl;
    // load() was called before the engine existed: create it at the next show.
    bool m_pending = false;
    bool m_loaded = false;
};

} // namespace GovDesk::Ui
