// SettingsDialog: the profile's settings (auto-lock, server, proxy, CA, auto-sync) and this computer's (language, font
// size).
#pragma once

#include "sync/SyncSettings.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace GovDesk::Core {
class Session;
}

namespace GovDesk::Shell {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Keys of the per-profile values in session.settings(), scope "core".
    static constexpr char SettingsScope[] = "core";
    // The sync engine reads these (SyncSettings), so the names are its own.
    static constexpr const char *ServerUrlKey = Core::SyncSettings::ServerUrlKey;
    static constexpr const char *ProxyUrlKey = Core::SyncSettings::ProxyUrlKey;
    static constexpr const char *CaBundlePathKey = Core::SyncSettings::CaBundlePathKey; // the office's own CA
    static constexpr char AutoSyncMinutesKey[] = "autoSyncMinutes"; // int, 0 = only on request
    static constexpr int DefaultAutoSyncMinutes = 10;
    // Keys of the values in QSettings, shared by all profiles on this computer.
    static constexpr char LanguageKey[] = "ui/language";           // "" (follow the system), "zh_CN" or "en"
    static constexpr char FontPointSizeKey[] = "ui/fontPointSize"; // int

    explicit SettingsDialog(Core::Session &session, QWidget *parent = nullptr);

    // Empty (the translated message) when `text` is acceptable.
    [[nodiscard]] static QString serverUrlProblem(const QString &text);
    [[nodiscard]] static QString proxyUrlProblem(const QString &text);
    [[nodiscard]] static QString caBundleProblem(const QString &path);
    // The profile's auto-sync interval, the default when unset or unreadable.
    [[nodiscard]] static int autoSyncMinutes(const Core::Session &session);

public Q_SLOTS:
    // Applies on OK; stays open and shows why if a value is refused or cannot be saved.
    void accept() override;
    // A module's settings (ModuleUi::createSettingsPage), in a group titled with its name.
    void addModulePage(const QString &moduleName, QWidget *page);

private:
    void load();
    [[nodiscard]] bool validate();
    [[nodiscard]] bool applyProfileSettings();
    void applyComputerSettings();
    void showError(const QString &message);

    Core::Session &m_session;
    bool m_profileEditable = false;
    bool m_serverEditable = false;
    // As loaded, so that only what the user changed is written.
    int m_loadedAutoLock = 0;
    QString m_loadedServerUrl;
    QString m_loadedProxyUrl;
    QString m_loadedCaBundle;
    int m_loadedAutoSync = DefaultAutoSyncMinutes;
    QString m_loadedLanguage;
    int m_loadedFontSize = 0;

    QComboBox *m_language;
    QSpinBox *m_autoLock;
    QLineEdit *m_serverUrl;
    QLabel *m_serverUrlError;
    QLineEdit *m_proxyUrl;
    QLabel *m_proxyUrlError;
    QLineEdit *m_caBundle;
    QLabel *m_caBundleError;
    QSpinBox *m_autoSync;
    QSpinBox *m_fontSize;
    QLabel *m_error;
};

} // namespace GovDesk::Shell
