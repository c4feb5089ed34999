#include "LockOverlay.h"

#include "session/Session.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace GovDesk::Shell {

using namespace GovDesk::Core;

LockOverlay::LockOverlay(Session &session, const QString &profileId, const QString &profileName, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_profileId(profileId)
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("lockOverlay"));
    setAutoFillBackground(true);
    auto *title = new QLabel(tr("Locked"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("%1 is locked. Enter the passphrase to continue; unsaved work is kept.").arg(profileName), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("lockPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setMaximumWidth(320);
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_status->setObjectName(QStringLiteral("lockStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_passphrase, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_unlock, &QPushButton::clicked, this, &LockOverlay::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockOverlay::unlock);
    parent->installEventFilter(this);
    hide();
}

void LockOverlay::activate()
{
    setGeometry(parentWidget()->rect());
    m_status->clear();
    m_passphrase->clear();
    m_passphrase->setEnabled(true);
    m_unlock->setEnabled(true);
    show();
    raise();
    m_passphrase->setFocus();
}

bool LockOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockOverlay::unlock()
{
    if (m_passphrase->text().isEmpty())
        return;
    SecureBytes passphrase = SecureBytes::fromUtf8(m_passphrase->text());
    m_passphrase->clear();
    m_passphrase->setEnabled(false);
    m_unlock->setEnabled(false);
    m_status->clear();
    m_session.unlockAsync(m_profileId, std::move(passphrase), [this, alive = QPointer<LockOverlay>(this)](Result<> result) {
        if (!alive)
            return;
        m_passphrase->setEnabled(true);
        m_unlock->setEnabled(true);
        if (result) {
            hide();
            return;
        }
        m_status->setText(result.error().message);
        m_passphrase->setFocus();
    });
}

} // namespace GovDesk::Shell
