// WebRequestFilter: blocks every request of the WebEngine host that does not stay inside qrc:.
#pragma once

#include <QWebEngineUrlRequestInterceptor>
#include <atomic>

namespace GovDesk::Ui::Internal {

// The second line of defence behind the pages' Content-Security-Policy: it also covers pages
// without one (previews of module content) and requests CSP does not govern (navigations,
// redirects, favicons).
class WebRequestFilter : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit WebRequestFilter(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // Requests blocked so far (tests prove with it that a request was stopped here, not elsewhere).
    [[nodiscard]] int blockedCount() const { return m_blocked.load(); }

private:
    // Qt 6 calls interceptRequest() on the UI thread; atomic anyway, as Qt 5 used the IO thread.
    std::atomic<int> m_blocked{0};
};

} // namespace GovDesk::Ui::Internal
