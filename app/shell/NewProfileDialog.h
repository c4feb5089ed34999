// NewProfileDialog: creates a profile (name, organisation, optional server, passphrase twice).
#pragma once

#include "Result.h"
#include "session/ProfileMetadata.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace GovDesk::Core {
class ProfileRepository;
}

namespace GovDesk::Shell {

class NewProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProfileDialog(Core::ProfileRepository &profiles, QWidget *parent = nullptr);
    [[nodiscard]] QString createdProfileId() const { return m_createdId; }

private:
    void updateState();
    void create();
    void finishCreate(const Core::Result<Core::ProfileMetadata> &created);
    [[nodiscard]] QString validationError() const;

    Core::ProfileRepository &m_profiles;
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QLineEdit *m_server;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_strength;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_createdId;
};

} // namespace GovDesk::Shell
