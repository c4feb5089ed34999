#include "EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace GovDesk::Ui {

EmptyState::EmptyState(const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch();
    setText(title, hint);
}

void EmptyState::setText(const QString &title, const QString &hint)
{
    m_title->setText(title);
    m_hint->setText(hint);
}

} // namespace GovDesk::Ui
