#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace GovDesk::Ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_detail(new QPlainTextEdit(this))
    , m_close(new QToolButton(this))
{
    // A palette tint rather than a style sheet, so the banner follows the platform style and a
    // dark theme still gets readable text.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    pal.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x1c));
    setPalette(pal);
    setAutoFillBackground(true);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setText(tr("Details…"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);

    m_close->setObjectName(QStringLiteral("close"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAutoRaise(true);

    // Read-only but selectable, so support staff can copy it into a ticket.
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setReadOnly(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_detail->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addWidget(m_detailsToggle);
    top->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_detail);

    connect(m_detailsToggle, &QToolButton::toggled, m_detail, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT dismissed();
    });

    hide();
}

void ErrorBanner::showError(const QString &message, const QString &detail)
{
    if (message.isEmpty() && detail.isEmpty()) {
        clear();
        return;
    }
    m_message->setText(message);
    m_detail->setPlainText(detail);
    // A new error starts collapsed: the previous one's expanded state says nothing about this one.
    m_detailsToggle->setChecked(false);
    m_detailsToggle->setVisible(!detail.isEmpty());
    show();
}

void ErrorBanner::clear()
{
    m_message->clear();
    m_detail->clear();
    m_detailsToggle->setChecked(false);
    m_detailsToggle->hide();
    hide();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}

QString ErrorBanner::detail() const
{
    return m_detail->toPlainText();
}

} // namespace GovDesk::Ui
