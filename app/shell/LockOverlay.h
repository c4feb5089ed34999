// LockOverlay: covers the window while the profile is locked and asks for the passphrase again.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace GovDesk::Core {
class Session;
}

namespace GovDesk::Shell {

// Pages stay alive underneath (hidden), so unsaved edits survive; only the key and the
// database are gone until the passphrase is entered again.
class LockOverlay : public QWidget
{
    Q_OBJECT
public:
    LockOverlay(Core::Session &session, const QString &profileId, const QString &profileName, QWidget *parent);

    void activate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();

    Core::Session &m_session;
    QString m_profileId;
    QLineEdit *m_passphrase;
    QPushButton *m_unlock;
    QLabel *m_status;
};

} // namespace GovDesk::Shell
