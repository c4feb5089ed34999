// LazyHtmlView: an HTML document (e.g. a page of the public portal, previewed) shown in the
// WebEngine host, at no cost until it is first shown.
#pragma once

#include "LazyWebWidget.h"

#include <QJsonObject>
#include <QString>

namespace GovDesk::Ui {

// Holds the document as text; the view (govdesk-web-html) is loaded the first time the widget
// becomes visible (see LazyWebWidget). The document is shown inert: its scripts never run, only
// its qrc: stylesheets apply, nothing outside qrc: is loaded and its links go nowhere (HtmlView).
class LazyHtmlView : public LazyWebWidget
{
    Q_OBJECT
public:
    explicit LazyHtmlView(QWidget *parent = nullptr);
    ~LazyHtmlView() override;

    // May be called at any time; the view shows the latest document once it exists.
    void setHtml(const QString &html);
    [[nodiscard]] QString html() const { return m_html; }
    // The HtmlView once created (tests, screenshots); null before the first show.
    [[nodiscard]] QWidget *view() const { return content(); }
    // What the last render reported (see HtmlView::summary()); empty before rendered().
    [[nodiscard]] QJsonObject summary() const { return m_summary; }
    [[nodiscard]] static QString pluginPath();

Q_SIGNALS:
    // The latest document is in the page, its stylesheets applied.
    void rendered(const QJsonObject &summary);

protected:
    void attach(QWidget *view) override;
    [[nodiscard]] QString unavailableText(const QString &reason) const override;

private:
    QString m_html;
    QJsonObject m_summary;
};

} // namespace GovDesk::Ui
