#include "OfdView.h"

#include "OfdBridge.h"
#include "WebHost.h"

#include <QJsonArray>
#include <QVBoxLayout>

namespace GovDesk::Ui {

namespace {
QJsonArray fontsOf(const QJsonObject &summary)
{
    return summary.value(QStringLiteral("fonts")).toArray();
}
} // namespace

OfdView::OfdView(QWidget *parent)
    : QWidget(parent)
    , m_bridge(new OfdBridge(this))
    , m_host(new WebHost(m_bridge, this))
{
    setObjectName(QStringLiteral("ofdView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_host);
    connect(m_bridge, &OfdBridge::ready, this, &OfdView::ready);
    connect(m_bridge, &OfdBridge::rendered, this, &OfdView::rendered);
    connect(m_bridge, &OfdBridge::failed, this, &OfdView::renderFailed);
    // Only remembered until the view is first shown (see WebHost::load); a qrc: URL is accepted.
    [[maybe_unused]] const bool accepted = m_host->load(pageUrl());
    Q_ASSERT(accepted);
}

// The page goes before the bridge it talks to (children would go in creation order: bridge first).
OfdView::~OfdView()
{
    delete m_host;
}

void OfdView::load(const QByteArray &ofd)
{
    m_bridge->show(ofd, m_scale, m_embeddedFonts);
}

bool OfdView::isReady() const
{
    return m_bridge->isReady();
}

QJsonObject OfdView::summary() const
{
    return m_bridge->summary();
}

int OfdView::pageCount() const
{
    return summary().value(QStringLiteral("pages")).toInt();
}

QStringList OfdView::embeddedFonts() const
{
    QStringList names;
    for (const QJsonValue &value : fontsOf(summary())) {
        if (value[QStringLiteral("embedded")].toBool())
            names << value[QStringLiteral("name")].toString();
    }
    return names;
}

QStringList OfdView::missingFonts() const
{
    QStringList fonts;
    for (const QJsonValue &value : fontsOf(summary())) {
        const QString problem = value[QStringLiteral("problem")].toString();
        if (!value[QStringLiteral("embedded")].toBool())
            fonts << QStringLiteral("%1: %2").arg(value[QStringLiteral("name")].toString(),
                                                  problem.isEmpty() ? QStringLiteral("embedded font not used")
                                                                    : problem);
    }
    return fonts;
}

QStringList OfdView::incompleteFonts() const
{
    QStringList fonts;
    for (const QJsonValue &value : fontsOf(summary())) {
        const QString glyphs = value[QStringLiteral("missingGlyphs")].toString();
        if (!glyphs.isEmpty())
            fonts << QStringLiteral("%1: %2").arg(value[QStringLiteral("name")].toString(), glyphs);
    }
    return fonts;
}

QUrl OfdView::pageUrl()
{
    return QUrl(QStringLiteral("qrc:/govdesk/web/ofd.html"));
}

} // namespace GovDesk::Ui
