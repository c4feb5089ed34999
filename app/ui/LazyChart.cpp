#include "LazyChart.h"

#include "ChartFactory.h"
#include "WebEnginePlugin.h"

#include <QLabel>
#include <QLoggingCategory>
#include <QVBoxLayout>

namespace GovDesk::Ui {

Q_LOGGING_CATEGORY(lcLazyChart, "govdesk.ui.chart", QtWarningMsg)

namespace {
const QString PluginFile = QStringLiteral("libgovdesk-web-charts.so");

ChartFactory *loadFactory(QString *error)
{
    QObject *instance = WebEnginePlugin::instance(PluginFile, error);
    auto *factory = qobject_cast<ChartFactory *>(instance);
    if (instance && !factory)
        *error = QStringLiteral("not a chart engine");
    return factory;
}
} // namespace

LazyChart::LazyChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

LazyChart::~LazyChart() = default;

QString LazyChart::pluginPath()
{
    return WebEnginePlugin::path(PluginFile);
}

void LazyChart::setOption(const QJsonObject &option)
{
    m_option = option;
    if (m_chart)
        QMetaObject::invokeMethod(m_chart, "setOption", Q_ARG(QJsonObject, m_option));
}

bool LazyChart::requestImage()
{
    if (!m_chart)
        return false;
    int requestId = 0;
    return QMetaObject::invokeMethod(m_chart, "requestImage", Q_RETURN_ARG(int, requestId));
}

void LazyChart::forwardImage(int requestId, const QByteArray &png)
{
    Q_UNUSED(requestId)
    Q_EMIT imageReady(png);
}

void LazyChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_tried)
        create();
}

void LazyChart::create()
{
    m_tried = true;
    QString error;
    ChartFactory *factory = loadFactory(&error);
    if (factory)
        m_chart = factory->createChart(this);
    if (!m_chart) {
        qCWarning(lcLazyChart) << "chart engine unavailable:" << pluginPath() << error;
        m_message = new QLabel(tr("Charts are not available on this computer: %1").arg(error), this);
        m_message->setWordWrap(true);
        m_message->setAlignment(Qt::AlignCenter);
        layout()->addWidget(m_message);
        Q_EMIT unavailable(error);
        return;
    }
    layout()->addWidget(m_chart);
    // By name: this library must not know ChartView's class (it lives in govdesk-web).
    connect(m_chart, SIGNAL(rendered()), this, SIGNAL(rendered()));
    connect(m_chart, SIGNAL(pointClicked(QString, QString, QJsonValue)), this,
            SIGNAL(pointClicked(QString, QString, QJsonValue)));
    connect(m_chart, SIGNAL(imageReady(int, QByteArray)), this, SLOT(forwardImage(int, QByteArray)));
    if (!m_option.isEmpty())
        QMetaObject::invokeMethod(m_chart, "setOption", Q_ARG(QJsonObject, m_option));
}

} // namespace GovDesk::Ui
