#include "LazyChart.h"

#include "ChartFactory.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QVBoxLayout>

#include <dlfcn.h>

namespace GovDesk::Ui {

Q_LOGGING_CATEGORY(lcLazyChart, "govdesk.ui.chart", QtWarningMsg)

namespace {
// The folder of libgovdesk-ui itself: the build tree (app/ui) or the installation (lib/govdesk).
QString ownLibraryDir()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&ownLibraryDir), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
}

ChartFactory *loadFactory(QString *error)
{
    static QPluginLoader loader(LazyChart::pluginPath());
    QObject *instance = loader.instance();
    auto *factory = qobject_cast<ChartFactory *>(instance);
    if (!factory)
        *error = instance ? QStringLiteral("not a chart engine") : loader.errorString();
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
    return QDir(ownLibraryDir()).filePath(QStringLiteral("web/libgovdesk-web-charts.so"));
}

void LazyChart::setOption(const QJsonObject &option)
{
    m_option = option;
    if (m_chart)
        QMetaObject::invokeMethod(m_chart, "setOption", Q_ARG(QJsonObject, m_option));
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
    if (!m_option.isEmpty())
        QMetaObject::invokeMethod(m_chart, "setOption", Q_ARG(QJsonObject, m_option));
}

} // namespace GovDesk::Ui
