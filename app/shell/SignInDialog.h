// SignInDialog: the real-name sign-in to the profile's sync server (user name and password).
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace GovDesk::Core {
class SyncService;
}

namespace GovDesk::Shell {

// The password goes to the sync worker and is not kept: the server answers with tokens, which
// the profile stores encrypted. The dialog stays responsive while the server is asked.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(Core::SyncService &sync, const QString &serverUrl, const QString &suggestedUser,
                 QWidget *parent = nullptr);

private:
    void signIn();
    void setBusy(bool busy);

    Core::SyncService &m_sync;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace GovDesk::Shell
