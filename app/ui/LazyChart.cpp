#include "LazyChart.h"

#include "ChartFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QPluginLoader>
#include <QVBoxLayout>
#include <dlfcn.h>
#include <utility>

// Exported by QtGui for Qt WebEngine, which declares it the same way.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);

QT_END_NAMESPACE

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

// Qt WebEngine renders through an OpenGL context shared with the widgets'. The usual way,
// Qt::AA_ShareOpenGLContexts before QApplication, makes QtGui create that context at start-up:
// with Mesa that maps swrast_dri and libLLVM and costs ~58 MB of RSS in every session, chart or
// not (docs/benchmarks.md). So it is made here, just before the engine loads — what Qt
// WebEngine's own initialize() does from Qt 6.5 on, which 6.4 lacks (it crashes without one).
void ensureSharedOpenGLContext()
{
    if (QOpenGLContext::globalShareContext())
        return;
    static QOpenGLContext *context = nullptr;
    context = new QOpenGLContext;
    context->setFormat(QSurfaceFormat::defaultFormat());
    if (!context->create())
        qCWarning(lcLazyChart) << "no OpenGL context to share (charts draw in software)";
    qt_gl_set_global_share_context(context);
    // Gone with the application, while QtGui still exists (a static would outlive it).
    qAddPostRoutine([] {
        qt_gl_set_global_share_context(nullptr);
        delete std::exchange(context, nullptr);
    });
    // Read by QOpenGLWidget and QQuickWidget (WebEngine's view) when they are created.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

ChartFactory *loadFactory(QString *error)
{
    ensureSharedOpenGLContext();
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
