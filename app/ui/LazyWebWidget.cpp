#include "LazyWebWidget.h"

#include "WebEnginePlugin.h"
#include "WebWidgetFactory.h"

#include <QLabel>
#include <QLoggingCategory>
#include <QVBoxLayout>

namespace GovDesk::Ui {

Q_LOGGING_CATEGORY(lcLazyWebWidget, "govdesk.ui.lazyweb", QtWarningMsg)

LazyWebWidget::LazyWebWidget(const QString &pluginFile, QWidget *parent)
    : QWidget(parent)
    , m_pluginFile(pluginFile)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

LazyWebWidget::~LazyWebWidget() = default;

void LazyWebWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_tried)
        create();
}

void LazyWebWidget::create()
{
    m_tried = true;
    QString error;
    if (QObject *plugin = WebEnginePlugin::instance(m_pluginFile, &error)) {
        if (auto *factory = qobject_cast<WebWidgetFactory *>(plugin))
            m_content = factory->createWidget(this);
        else
            error = QStringLiteral("not a GovDesk web view plugin");
    }
    if (!m_content) {
        qCWarning(lcLazyWebWidget) << metaObject()->className()
                                   << "unavailable:" << WebEnginePlugin::path(m_pluginFile) << error;
        m_message = new QLabel(unavailableText(error), this);
        m_message->setWordWrap(true);
        m_message->setAlignment(Qt::AlignCenter);
        layout()->addWidget(m_message);
        Q_EMIT unavailable(error);
        return;
    }
    layout()->addWidget(m_content);
    attach(m_content);
}

} // namespace GovDesk::Ui
