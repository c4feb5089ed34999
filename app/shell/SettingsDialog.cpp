#include "SettingsDialog.h"

#include "session/Session.h"
#include "settings/ProfileSettings.h"

#include <QApplication>
#include <QFileInfo>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace GovDesk::Shell {

namespace {

constexpr int MinFontPointSize = 9;
constexpr int MaxFontPointSize = 24;
constexpr int DefaultFontPointSize = 10;

QString scope()
{
    return QString::fromLatin1(SettingsDialog::SettingsScope);
}

// Field errors are one short line, unwrapped like the hints (see fitHeight); the dialog's own error
// comes from the session and may be long.
QLabel *makeErrorLabel(const QString &objectName, QWidget *parent, bool wordWrap = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(wordWrap);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(palette);
    label->hide();
    return label;
}

// Hints are one short line; unwrapped, they keep height-for-width out of the form (see fitHeight).
QLabel *makeHintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A line edit with its error message right below it, where the eye is when the message appears.
QWidget *withErrorBelow(QLineEdit *edit, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit);
    layout->addWidget(error);
    return box;
}

void showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// Grows the window for a message that just appeared. A wrapped label makes the layout depend on
// height-for-width, and then Qt neither raises the window's minimum height nor keeps the other
// rows at theirs: without this the line edits are squeezed flat.
void fitHeight(QWidget *window)
{
    QLayout *layout = window->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalMinimumSize().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

bool hasScheme(const QUrl &url, QLatin1StringView scheme)
{
    return url.scheme().compare(scheme, Qt::CaseInsensitive) == 0;
}

} // namespace

SettingsDialog::SettingsDialog(Core::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_language(new QComboBox(this))
    , m_autoLock(new QSpinBox(this))
    , m_serverUrl(new QLineEdit(this))
    , m_serverUrlError(makeErrorLabel(QStringLiteral("serverUrlError"), this))
    , m_proxyUrl(new QLineEdit(this))
    , m_proxyUrlError(makeErrorLabel(QStringLiteral("proxyUrlError"), this))
    , m_caBundle(new QLineEdit(this))
    , m_caBundleError(makeErrorLabel(QStringLiteral("caBundleError"), this))
    , m_autoSync(new QSpinBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_error(makeErrorLabel(QStringLiteral("errorLabel"), this))
{
    setWindowTitle(tr("Settings"));
    m_profileEditable = m_session.isUnlocked();
    m_serverEditable = m_profileEditable && !m_session.profile().isDemo();

    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://oa.example.gov.cn"));
    m_serverUrl->setClearButtonEnabled(true);
    m_proxyUrl->setObjectName(QStringLiteral("proxyUrlEdit"));
    m_proxyUrl->setPlaceholderText(tr("Optional, e.g. socks5://10.1.1.1:1080"));
    m_proxyUrl->setClearButtonEnabled(true);
    connect(m_serverUrl, &QLineEdit::textEdited, m_serverUrlError, &QLabel::hide);
    connect(m_proxyUrl, &QLineEdit::textEdited, m_proxyUrlError, &QLabel::hide);
    m_caBundle->setObjectName(QStringLiteral("caBundleEdit"));
    m_caBundle->setPlaceholderText(tr("Optional: PEM file of your office's CA"));
    m_caBundle->setClearButtonEnabled(true);
    connect(m_caBundle, &QLineEdit::textEdited, m_caBundleError, &QLabel::hide);
    m_autoSync->setObjectName(QStringLiteral("autoSyncSpin"));
    m_autoSync->setRange(0, 24 * 60);
    m_autoSync->setSuffix(tr(" min"));
    m_autoSync->setSpecialValueText(tr("Only on request"));

    auto *profileGroup = new QGroupBox(tr("This profile"), this);
    auto *profileForm = new QFormLayout(profileGroup);
    profileForm->addRow(tr("Auto-lock:"), m_autoLock);
    profileForm->addRow(tr("Server address:"), withErrorBelow(m_serverUrl, m_serverUrlError, profileGroup));
    profileForm->addRow(tr("Proxy:"), withErrorBelow(m_proxyUrl, m_proxyUrlError, profileGroup));
    profileForm->addRow(tr("Server CA:"), withErrorBelow(m_caBundle, m_caBundleError, profileGroup));
    profileForm->addRow(tr("Sync every:"), m_autoSync);
    if (!m_profileEditable) {
        profileForm->addRow(makeHintLabel(tr("Unlock the profile to change its settings."), profileGroup));
    } else if (!m_serverEditable) {
        auto *note = makeHintLabel(tr("Demo profiles never sync."), profileGroup);
        note->setObjectName(QStringLiteral("demoNote"));
        profileForm->addRow(QString(), note);
    }
    m_autoLock->setEnabled(m_profileEditable);
    m_serverUrl->setEnabled(m_serverEditable);
    m_proxyUrl->setEnabled(m_serverEditable);
    m_caBundle->setEnabled(m_serverEditable);
    m_autoSync->setEnabled(m_serverEditable);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow system"), QString());
    // Each language is named in itself, so that someone who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(MinFontPointSize, MaxFontPointSize);
    m_fontSize->setSuffix(tr(" pt"));

    auto *computerGroup = new QGroupBox(tr("This computer"), this);
    auto *computerForm = new QFormLayout(computerGroup);
    computerForm->addRow(tr("Language:"), m_language);
    computerForm->addRow(QString(), makeHintLabel(tr("Takes effect at the next start."), computerGroup));
    computerForm->addRow(tr("Font size:"), m_fontSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(profileGroup);
    layout->addWidget(computerGroup);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    m_serverUrl->setMinimumWidth(280);

    // After a lock the session's settings are gone; a later OK must not reach them.
    connect(&m_session, &Core::Session::locked, this, &SettingsDialog::reject);

    load();
}

void SettingsDialog::addModulePage(const QString &moduleName, QWidget *page)
{
    auto *group = new QGroupBox(moduleName, this);
    group->setObjectName(QStringLiteral("moduleSettings"));
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(page);
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    // Above the error line, the stretch and the buttons.
    box->insertWidget(box->count() - 3, group);
}

QString SettingsDialog::serverUrlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (hasScheme(url, QLatin1StringView("http")))
        return tr("Sync must use https://, not http://.");
    if (!url.isValid() || !hasScheme(url, QLatin1StringView("https")) || url.host().isEmpty())
        return tr("Enter an address such as https://oa.example.gov.cn");
    return {};
}

int SettingsDialog::autoSyncMinutes(const Core::Session &session)
{
    const auto minutes = session.settings().value(scope(), QString::fromLatin1(AutoSyncMinutesKey), DefaultAutoSyncMinutes);
    return minutes ? std::max(0, minutes->toInt()) : DefaultAutoSyncMinutes;
}

QString SettingsDialog::caBundleProblem(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QFileInfo file(trimmed);
    if (!file.isAbsolute())
        return tr("Enter the full path of the file, e.g. /etc/ssl/certs/office-ca.pem");
    if (!file.isFile() || !file.isReadable())
        return tr("This file does not exist or cannot be read.");
    return {};
}

QString SettingsDialog::proxyUrlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    // A plain http proxy is fine: the sync connection through it is still TLS end to end.
    const bool knownScheme
        = hasScheme(url, QLatin1StringView("http")) || hasScheme(url, QLatin1StringView("socks5"));
    if (!url.isValid() || !knownScheme || url.host().isEmpty())
        return tr("Enter an http:// or socks5:// address, such as socks5://10.1.1.1:1080");
    return {};
}

void SettingsDialog::load()
{
    if (m_profileEditable) {
        m_loadedAutoLock = m_session.profile().autoLockMinutes;
        // A profile created with a server address has it in its description until first changed here.
        const auto server = m_session.settings().value(scope(), QString::fromLatin1(ServerUrlKey),
                                                       m_session.profile().serverUrl);
        const auto proxy = m_session.settings().value(scope(), QString::fromLatin1(ProxyUrlKey), QString());
        const auto caBundle = m_session.settings().value(scope(), QString::fromLatin1(CaBundlePathKey), QString());
        const auto autoSync = m_session.settings().value(scope(), QString::fromLatin1(AutoSyncMinutesKey),
                                                         DefaultAutoSyncMinutes);
        if (server && proxy && caBundle && autoSync) {
            m_loadedServerUrl = server->toString();
            m_loadedProxyUrl = proxy->toString();
            m_loadedCaBundle = caBundle->toString();
            m_loadedAutoSync = autoSync->toInt();
        } else {
            showError((!server ? server : !proxy ? proxy : !caBundle ? caBundle : autoSync).error().message);
            // Without the stored values, an OK would overwrite them with empty ones.
            m_serverEditable = false;
            for (QWidget *field : std::initializer_list<QWidget *>{m_serverUrl, m_proxyUrl, m_caBundle, m_autoSync})
                field->setEnabled(false);
        }
    }
    m_autoLock->setValue(m_loadedAutoLock);
    m_serverUrl->setText(m_loadedServerUrl);
    m_proxyUrl->setText(m_loadedProxyUrl);
    m_caBundle->setText(m_loadedCaBundle);
    m_autoSync->setValue(m_loadedAutoSync);

    const QSettings settings;
    m_loadedLanguage = settings.value(QString::fromLatin1(LanguageKey)).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loadedLanguage)));
    const int appSize = QApplication::font().pointSize();
    const int fontSize
        = settings.value(QString::fromLatin1(FontPointSizeKey), appSize > 0 ? appSize : DefaultFontPointSize)
              .toInt();
    m_loadedFontSize = std::clamp(fontSize, MinFontPointSize, MaxFontPointSize);
    m_fontSize->setValue(m_loadedFontSize);
}

void SettingsDialog::accept()
{
    m_error->hide();
    if (!validate() || !applyProfileSettings())
        return;
    applyComputerSettings();
    QDialog::accept();
}

bool SettingsDialog::validate()
{
    if (!m_serverEditable)
        return true;
    const QString serverProblem = serverUrlProblem(m_serverUrl->text());
    const QString proxyProblem = proxyUrlProblem(m_proxyUrl->text());
    const QString caProblem = caBundleProblem(m_caBundle->text());
    showFieldError(m_serverUrlError, serverProblem);
    showFieldError(m_proxyUrlError, proxyProblem);
    showFieldError(m_caBundleError, caProblem);
    fitHeight(this);
    if (!serverProblem.isEmpty())
        m_serverUrl->setFocus();
    else if (!proxyProblem.isEmpty())
        m_proxyUrl->setFocus();
    else if (!caProblem.isEmpty())
        m_caBundle->setFocus();
    return serverProblem.isEmpty() && proxyProblem.isEmpty() && caProblem.isEmpty();
}

bool SettingsDialog::applyProfileSettings()
{
    if (!m_profileEditable || !m_session.isUnlocked())
        return true;
    if (m_autoLock->value() != m_loadedAutoLock) {
        if (const auto result = m_session.setAutoLockMinutes(m_autoLock->value()); !result) {
            showError(result.error().message);
            return false;
        }
        m_loadedAutoLock = m_autoLock->value();
    }
    if (!m_serverEditable)
        return true;

    // Stored even when empty: an empty value must hide the address in the profile's description,
    // or clearing the field here would bring that address back.
    const auto store = [this](const char *key, const QString &text, QString &loaded) {
        const QString value = text.trimmed();
        if (value == loaded)
            return true;
        const auto result = m_session.settings().setValue(scope(), QString::fromLatin1(key),
                                                          value.isNull() ? QStringLiteral("") : value);
        if (!result) {
            showError(result.error().message);
            return false;
        }
        loaded = value;
        return true;
    };
    if (!store(ServerUrlKey, m_serverUrl->text(), m_loadedServerUrl)
        || !store(ProxyUrlKey, m_proxyUrl->text(), m_loadedProxyUrl)
        || !store(CaBundlePathKey, m_caBundle->text(), m_loadedCaBundle))
        return false;
    if (m_autoSync->value() != m_loadedAutoSync) {
        const auto result = m_session.settings().setValue(scope(), QString::fromLatin1(AutoSyncMinutesKey),
                                                          m_autoSync->value());
        if (!result) {
            showError(result.error().message);
            return false;
        }
        m_loadedAutoSync = m_autoSync->value();
    }
    return true;
}

void SettingsDialog::applyComputerSettings()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language != m_loadedLanguage)
        settings.setValue(QString::fromLatin1(LanguageKey), language);
    if (m_fontSize->value() != m_loadedFontSize) {
        settings.setValue(QString::fromLatin1(FontPointSizeKey), m_fontSize->value());
        QFont font = QApplication::font();
        font.setPointSize(m_fontSize->value());
        QApplication::setFont(font);
    }
}

void SettingsDialog::showError(const QString &message)
{
    showFieldError(m_error, message);
    fitHeight(this);
}

} // namespace GovDesk::Shell
