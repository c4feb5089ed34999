// HtmlView: an HTML document given as text (a portal page previewed), shown inert in the
// WebEngine host.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QWidget>

namespace GovDesk::Ui {

class HtmlBridge;
class WebHost;

// document.html receives the document over QWebChannel and shows its body in place of its own:
// scripts, frames, plugins and inline styles are left out, stylesheets are linked only from qrc:,
// images and other sources only from qrc: or data:, and links do not navigate. The page's CSP and
// the host's URL policy (WebUrlPolicy.h) stand behind that filter.
class HtmlView : public QWidget
{
    Q_OBJECT
public:
    explicit HtmlView(QWidget *parent = nullptr);
    ~HtmlView() override;

    // Shows `html`. May be called before the view is ever shown.
    Q_INVOKABLE void setHtml(const QString &html);

    [[nodiscard]] bool isReady() const;
    // The last rendered document's report: "stylesheets" (qrc: stylesheets applied) and "removed"
    // (elements and attributes left out). Empty until rendered().
    [[nodiscard]] QJsonObject summary() const;
    [[nodiscard]] WebHost *host() const { return m_host; }

    // Where the page lives, for tests and the screenshot tool.
    [[nodiscard]] static QUrl pageUrl();

Q_SIGNALS:
    void ready();
    // The latest document is in the page, its stylesheets loaded.
    void rendered(const QJsonObject &summary);

private:
    HtmlBridge *m_bridge;
    WebHost *m_host;
};

} // namespace GovDesk::Ui
