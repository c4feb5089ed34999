// DamageDialog: says that the profile's file is damaged and no longer written, and restores a backup.
#pragma once

#include "Result.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace GovDesk::Core {
class ProfileRepository;
class Session;
} // namespace GovDesk::Core

namespace GovDesk::Shell {

class DamageDialog : public QDialog
{
    Q_OBJECT
public:
    // Seams for GUI tests, which cannot click through native file and input dialogs.
    using FileChooser = std::function<QString(QWidget *parent, const QString &folder)>;
    using PassphrasePrompt = std::function<std::optional<QString>(QWidget *parent)>;

    // `profileName`: shown to the user; `error`: the damage error (its detail is for support staff).
    DamageDialog(Core::ProfileRepository &profiles, Core::Session &session, const QString &profileName,
                 const Core::Error &error, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_askPassphrase = std::move(prompt); }
    // Where the file chooser starts: the user's documents folder, where backups are usually kept.
    [[nodiscard]] static QString defaultBackupFolder();

Q_SIGNALS:
    // The backup was restored into the profile `profileId` (locked; unlock it with the backup's
    // passphrase). The dialog closes itself.
    void restored(const QString &profileId);

private:
    void restoreBackup();

    Core::ProfileRepository &m_profiles;
    Core::Session &m_session;
    QLabel *m_status;
    QPushButton *m_restore;
    FileChooser m_chooseFile;
    PassphrasePrompt m_askPassphrase;
};

} // namespace GovDesk::Shell
