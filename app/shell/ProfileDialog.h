// ProfileDialog: the first window — choose a profile and unlock it, create one, or start the demo.
#pragma once

#include "Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace GovDesk::Core {
class ProfileRepository;
class Session;
} // namespace GovDesk::Core

namespace GovDesk::Shell {

class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(Core::ProfileRepository &profiles, Core::Session &session, QWidget *parent = nullptr);

    // Accepted once the session is unlocked; true when that is the demo profile.
    [[nodiscard]] bool demoChosen() const { return m_demoChosen; }
    void selectProfile(const QString &profileId);

private:
    void reload();
    void unlockSelected();
    void startDemo();
    void createProfile();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    // The profile's file failed its check: explain, offer the backup (DamageDialog).
    void showDamage(const QString &profileId, const Core::Error &error);

    Core::ProfileRepository &m_profiles;
    Core::Session &m_session;
    QListWidget *m_list;
    QLineEdit *m_passphrase;
    QLabel *m_status;
    QPushButton *m_unlock;
    QPushButton *m_create;
    QPushButton *m_demo;
    bool m_demoChosen = false;
};

} // namespace GovDesk::Shell
