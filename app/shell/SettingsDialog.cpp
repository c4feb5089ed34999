#include "SettingsDialog.h"

#include "session/Session.h"
#include "settings/ProfileSettings.h"

#include <QApplication>
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

    auto *profileGroup = new QGroupBox(tr("This profile"), this);
    auto *profileForm = new QFormLayout(profileGroup);
    profileForm->addRow(tr("Auto-lock:"), m_autoLock);
    profileForm->addRow(tr("Server address:"), withErrorBelow(m_serverUrl, m_serverUrlError, profileGroup));
    profileForm->addRow(tr("Proxy:"), withErrorBelow(m_proxyUrl, m_proxyUrlError, profileGroup));
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
        if (server && proxy) {
            m_loadedServerUrl = server->toString();
            m_loadedProxyUrl = proxy->toString();
        } else {
            showError((server ? proxy.error() : server.error()).message);
            // Without the stored values, an OK would overwrite them with empty ones.
            m_serverEditable = false;
            m_serverUrl->setEnabled(false);
            m_proxyUrl->setEnabled(false);
        }
    }
    m_autoLock->setValue(m_loadedAutoLock);
    m_serverUrl->setText(m_loadedServerUrl);
    m_proxyUrl->setText(m_loadedProxyUrl);

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
    showFieldError(m_serverUrlError, serverProblem);
    showFieldError(m_proxyUrlError, proxyProblem);
    fitHeight(this);
    if (!serverProblem.isEmpty())
        m_serverUrl->setFocus();
    else if (!proxyProblem.isEmpty())
        m_proxyUrl->setFocus();
    return serverProblem.isEmpty() && proxyProblem.isEmpty();
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
    return store(ServerUrlKey, m_serverUrl->text(), m_loadedServerUrl)
           && store(ProxyUrlKey, m_proxyUrl->text(), m_loadedProxyUrl);
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
