#include "LazyHtmlView.h"

#include "WebEnginePlugin.h"

namespace GovDesk::Ui {

namespace {
const QString PluginFile = QStringLiteral("libgovdesk-web-html.so");
}

LazyHtmlView::LazyHtmlView(QWidget *parent)
    : LazyWebWidget(PluginFile, parent)
{
    // Connected first, so that whoever hears rendered() can already read summary().
    connect(this, &LazyHtmlView::rendered, this, [this](const QJsonObject &summary) { m_summary = summary; });
}

LazyHtmlView::~LazyHtmlView() = default;

QString LazyHtmlView::pluginPath()
{
    return WebEnginePlugin::path(PluginFile);
}

void LazyHtmlView::setHtml(const QString &html)
{
    m_html = html;
    m_summary = {};
    if (QWidget *htmlView = view())
        QMetaObject::invokeMethod(htmlView, "setHtml", Q_ARG(QString, m_html));
}

QString LazyHtmlView::unavailableText(const QString &reason) const
{
    //: Shown instead of a document preview (e.g. 门户预览) when the web engine cannot be loaded
    return tr("Documents cannot be previewed on this computer: %1").arg(reason);
}

void LazyHtmlView::attach(QWidget *htmlView)
{
    // By name: this library must not know HtmlView's class (it lives in govdesk-web).
    connect(htmlView, SIGNAL(rendered(QJsonObject)), this, SIGNAL(rendered(QJsonObject)));
    if (!m_html.isEmpty())
        QMetaObject::invokeMethod(htmlView, "setHtml", Q_ARG(QString, m_html));
}

} // namespace GovDesk::Ui
