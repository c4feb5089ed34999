#include "LazyChart.h"

#include "WebEnginePlugin.h"

namespace GovDesk::Ui {

namespace {
const QString PluginFile = QStringLiteral("libgovdesk-web-charts.so");
} // namespace

LazyChart::LazyChart(QWidget *parent)
    : LazyWebWidget(PluginFile, parent)
{
}

LazyChart::~LazyChart() = default;

QString LazyChart::pluginPath()
{
    return WebEnginePlugin::path(PluginFile);
}

void LazyChart::setOption(const QJsonObject &option)
{
    m_option = option;
    if (QWidget *view = chart())
        QMetaObject::invokeMethod(view, "setOption", Q_ARG(QJsonObject, m_option));
}

bool LazyChart::requestImage()
{
    QWidget *view = chart();
    if (!view)
        return false;
    int requestId = 0;
    return QMetaObject::invokeMethod(view, "requestImage", Q_RETURN_ARG(int, requestId));
}

void LazyChart::forwardImage(int requestId, const QByteArray &png)
{
    Q_UNUSED(requestId)
    Q_EMIT imageReady(png);
}

QString LazyChart::unavailableText(const QString &reason) const
{
    return tr("Charts are not available on this computer: %1").arg(reason);
}

void LazyChart::attach(QWidget *chart)
{
    connect(chart, SIGNAL(rendered()), this, SIGNAL(rendered()));
    connect(chart, SIGNAL(pointClicked(QString, QString, QJsonValue)), this,
            SIGNAL(pointClicked(QString, QString, QJsonValue)));
    connect(chart, SIGNAL(imageReady(int, QByteArray)), this, SLOT(forwardImage(int, QByteArray)));
    if (!m_option.isEmpty())
        QMetaObject::invokeMethod(chart, "setOption", Q_ARG(QJsonObject, m_option));
}

} // namespace GovDesk::Ui
