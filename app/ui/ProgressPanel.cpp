#include "ProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace GovDesk::Ui {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_label->setObjectName(QStringLiteral("status"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(QStringLiteral("progress"));
    m_cancel->setObjectName(QStringLiteral("cancel"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(row);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        // Guard against a second emission: workers may not be re-entrant about cancellation.
        if (m_cancelling)
            return;
        m_cancelling = true;
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });

    hide();
}

void ProgressPanel::start(const QString &what, int maximum)
{
    m_cancelling = false;
    m_label->setText(what);
    m_bar->setRange(0, qMax(0, maximum));
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    show();
}

void ProgressPanel::setProgress(int value, const QString &text)
{
    m_bar->setValue(value);
    // While cancelling the label keeps saying so; progress reports still arriving from the worker
    // must not make it look as if the click was ignored.
    if (!text.isEmpty() && !m_cancelling)
        m_label->setText(text);
}

void ProgressPanel::finish()
{
    m_cancelling = false;
    m_cancel->setEnabled(true);
    m_bar->reset();
    m_label->clear();
    hide();
}

} // namespace GovDesk::Ui
