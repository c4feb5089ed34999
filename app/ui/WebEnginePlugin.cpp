#include "WebEnginePlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QPluginLoader>
#include <dlfcn.h>
#include <utility>

// Exported by QtGui for Qt WebEngine, which declares it the same way.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);

QT_END_NAMESPACE

namespace GovDesk::Ui::WebEnginePlugin {

Q_LOGGING_CATEGORY(lcWebEnginePlugin, "govdesk.ui.webplugin", QtWarningMsg)

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
        qCWarning(lcWebEnginePlugin) << "no OpenGL context to share (web views draw in software)";
    qt_gl_set_global_share_context(context);
    // Gone with the application, while QtGui still exists (a static would outlive it).
    qAddPostRoutine([] {
        qt_gl_set_global_share_context(nullptr);
        delete std::exchange(context, nullptr);
    });
    // Read by QOpenGLWidget and QQuickWidget (WebEngine's view) when they are created.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}
} // namespace

QString path(const QString &fileName)
{
    return QDir(ownLibraryDir()).filePath(QStringLiteral("web/") + fileName);
}

QObject *instance(const QString &fileName, QString *error)
{
    ensureSharedOpenGLContext();
    // Loaded for the rest of the process: the widgets they make may live until the end.
    static QHash<QString, QPluginLoader *> loaders;
    QPluginLoader *&loader = loaders[fileName];
    if (!loader)
        loader = new QPluginLoader(path(fileName));
    QObject *root = loader->instance();
    if (!root) {
        *error = loader->errorString();
        qCWarning(lcWebEnginePlugin).noquote() << "cannot load" << loader->fileName() << *error;
    }
    return root;
}

} // namespace GovDesk::Ui::WebEnginePlugin
