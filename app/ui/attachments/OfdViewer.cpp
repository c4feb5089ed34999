#include "OfdViewer.h"

#include "LazyOfdView.h"

#include <QBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLoggingCategory>

namespace GovDesk::Ui {

Q_LOGGING_CATEGORY(lcOfdViewer, "govdesk.ui.attachments", QtWarningMsg)

OfdViewer::OfdViewer(QWidget *parent)
    : QDialog(parent)
    , m_view(new LazyOfdView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ofdViewer"));
    m_status->setObjectName(QStringLiteral("ofdStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    //: While an OFD attachment is being drawn
    m_status->setText(tr("Opening the OFD document…"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_view, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(9, 0, 9, 0);
    statusRow->addWidget(m_status);
    layout->addLayout(statusRow);
    connect(m_view, &LazyOfdView::rendered, this, &OfdViewer::showSummary);
    connect(m_view, &LazyOfdView::renderFailed, this, &OfdViewer::showFailure);
    connect(m_view, &LazyOfdView::unavailable, this, &OfdViewer::showFailure);
    resize(900, 1000);
}

void OfdViewer::load(const QByteArray &bytes, const QString &title)
{
    setWindowTitle(title);
    m_view->load(bytes);
}

int OfdViewer::pageCount() const
{
    return m_view->summary().value(QStringLiteral("pages")).toInt();
}

QString OfdViewer::statusText() const
{
    return m_status->text();
}

void OfdViewer::showSummary(const QJsonObject &summary)
{
    QStringList missing;
    QStringList incomplete;
    for (const QJsonValue &font : summary.value(QStringLiteral("fonts")).toArray()) {
        const QString name = font[QStringLiteral("name")].toString();
        if (!font[QStringLiteral("embedded")].toBool())
            missing << name;
        if (const QString glyphs = font[QStringLiteral("missingGlyphs")].toString(); !glyphs.isEmpty())
            //: A font embedded in an OFD and the characters it has no glyph for
            incomplete << tr("%1 (%2)").arg(name, glyphs);
    }
    QStringList lines;
    //: Status line of the OFD viewer
    lines << tr("%n page(s).", nullptr, pageCount());
    if (missing.isEmpty() && incomplete.isEmpty())
        lines << tr("Every font the document uses is embedded in it.");
    if (!missing.isEmpty())
        //: Fonts an OFD names without embedding them: the viewer draws those texts with a system font
        lines << tr("Fonts not embedded in the document, shown with a substitute: %1.")
                     .arg(missing.join(QStringLiteral(", ")));
    if (!incomplete.isEmpty())
        lines << tr("Characters missing from the embedded fonts, shown with a substitute: %1.")
                     .arg(incomplete.join(QStringLiteral(", ")));
    m_status->setText(lines.join(QLatin1Char(' ')));
    if (!missing.isEmpty() || !incomplete.isEmpty()) {
        qCWarning(lcOfdViewer).noquote()
            << "OFD" << windowTitle() << "fonts not embedded:" << missing << "incomplete:" << incomplete;
        m_status->setStyleSheet(QStringLiteral("color: #a15c00;"));
    } else {
        m_status->setStyleSheet({});
    }
    Q_EMIT rendered();
}

void OfdViewer::showFailure(const QString &reason)
{
    //: A received attachment that the OFD viewer cannot show; %1 is the technical reason
    m_status->setText(tr("This file cannot be shown as an OFD document (%1).").arg(reason));
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    Q_EMIT failed(reason);
}

} // namespace GovDesk::Ui
