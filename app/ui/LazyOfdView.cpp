#include "LazyOfdView.h"

#include "WebEnginePlugin.h"

namespace GovDesk::Ui {

namespace {
const QString PluginFile = QStringLiteral("libgovdesk-web-ofd.so");
}

LazyOfdView::LazyOfdView(QWidget *parent)
    : LazyWebWidget(PluginFile, parent)
{
    // Connected first, so that whoever hears rendered() can already read summary().
    connect(this, &LazyOfdView::rendered, this, [this](const QJsonObject &summary) { m_summary = summary; });
}

LazyOfdView::~LazyOfdView() = default;

QString LazyOfdView::pluginPath()
{
    return WebEnginePlugin::path(PluginFile);
}

void LazyOfdView::load(const QByteArray &ofd)
{
    m_ofd = ofd;
    m_summary = {};
    if (QWidget *viewer = view())
        QMetaObject::invokeMethod(viewer, "load", Q_ARG(QByteArray, m_ofd));
}

QString LazyOfdView::unavailableText(const QString &reason) const
{
    return tr("OFD documents cannot be shown on this computer: %1").arg(reason);
}

void LazyOfdView::attach(QWidget *viewer)
{
    connect(viewer, SIGNAL(rendered(QJsonObject)), this, SIGNAL(rendered(QJsonObject)));
    connect(viewer, SIGNAL(renderFailed(QString)), this, SIGNAL(renderFailed(QString)));
    if (!m_ofd.isEmpty())
        QMetaObject::invokeMethod(viewer, "load", Q_ARG(QByteArray, m_ofd));
}

} // namespace GovDesk::Ui
