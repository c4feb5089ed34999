#include "SignInDialog.h"

#include "sync/SyncService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace GovDesk::Shell {

SignInDialog::SignInDialog(Core::SyncService &sync, const QString &serverUrl, const QString &suggestedUser,
                           QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the sync server"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setText(suggestedUser);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    auto *server = new QLabel(serverUrl, this);
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), server);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Sign in with your real-name account to send and receive changes."), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (suggestedUser.isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::signIn()
{
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your user name and password."));
        m_message->show();
        return;
    }
    setBusy(true);
    const QPointer<SignInDialog> self(this);
    m_sync.signIn(m_user->text().trimmed(), m_password->text(), [self](Core::SyncResult<Core::SyncAccount> account) {
        if (!self)
            return;
        self->setBusy(false);
        if (account) {
            self->accept();
            return;
        }
        self->m_password->clear();
        self->m_password->setFocus();
        self->m_message->setText(account.error().message);
        self->m_message->show();
    });
    m_password->clear();
}

void SignInDialog::setBusy(bool busy)
{
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_message->setText(tr("Signing in…"));
        m_message->setStyleSheet(QString());
        m_message->show();
    } else {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->hide();
    }
}

} // namespace GovDesk::Shell
