#include "LazyOfdView.h"

#include "OfdViewFactory.h"
#include "WebEnginePlugin.h"

#include <QLabel>
#include <QLoggingCategory>
#include <QVBoxLayout>

namespace GovDesk::Ui {

Q_LOGGING_CATEGORY(lcLazyOfdView, "govdesk.ui.ofd", QtWarningMsg)

namespace {
const QString PluginFile = QStringLiteral("libgovdesk-web-ofd.so");
}

LazyOfdView::LazyOfdView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    if (m_view)
        QMetaObject::invokeMethod(m_view, "load", Q_ARG(QByteArray, m_ofd));
}

void LazyOfdView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_tried)
        create();
}

void LazyOfdView::create()
{
    m_tried = true;
    QString error;
    QObject *instance = WebEnginePlugin::instance(PluginFile, &error);
    auto *factory = qobject_cast<OfdViewFactory *>(instance);
    if (instance && !factory)
        error = QStringLiteral("not an OFD viewer");
    if (factory)
        m_view = factory->createOfdView(this);
    if (!m_view) {
        qCWarning(lcLazyOfdView) << "OFD viewer unavailable:" << pluginPath() << error;
        m_message = new QLabel(tr("OFD documents cannot be shown on this computer: %1").arg(error), this);
        m_message->setWordWrap(true);
        m_message->setAlignment(Qt::AlignCenter);
        layout()->addWidget(m_message);
        Q_EMIT unavailable(error);
        return;
    }
    layout()->addWidget(m_view);
    // By name: this library must not know OfdView's class (it lives in govdesk-web).
    connect(m_view, SIGNAL(rendered(QJsonObject)), this, SIGNAL(rendered(QJsonObject)));
    connect(m_view, SIGNAL(renderFailed(QString)), this, SIGNAL(renderFailed(QString)));
    if (!m_ofd.isEmpty())
        QMetaObject::invokeMethod(m_view, "load", Q_ARG(QByteArray, m_ofd));
}

} // namespace GovDesk::Ui
