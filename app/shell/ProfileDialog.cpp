#include "ProfileDialog.h"

#include "DamageDialog.h"
#include "NewProfileDialog.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace GovDesk::Shell {

using namespace GovDesk::Core;

namespace {
constexpr int ProfileIdRole = Qt::UserRole + 1;

QString lastUsedText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The format is translated: Chinese dates read 2026年11月26日 16:03.
    return ProfileDialog::tr("Last used %1")
        .arg(QLocale().toString(time.toLocalTime(), ProfileDialog::tr("yyyy-MM-dd HH:mm")));
}
} // namespace

ProfileDialog::ProfileDialog(ProfileRepository &profiles, Session &session, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_passphrase(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_create(new QPushButton(tr("New profile…"), this))
    , m_demo(new QPushButton(tr("Demo mode"), this))
{
    setWindowTitle(tr("GovDesk"));
    setObjectName(QStringLiteral("profileDialog"));
    auto *title = new QLabel(tr("GovDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Choose your profile and enter its passphrase."), this);

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumHeight(160);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_create->setObjectName(QStringLiteral("createProfile"));
    m_demo->setObjectName(QStringLiteral("demo"));
    m_demo->setToolTip(tr("Fictional data for training; nothing is sent to a server."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    buttons->addWidget(m_unlock);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(520, 420);

    connect(m_unlock, &QPushButton::clicked, this, &ProfileDialog::unlockSelected);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &ProfileDialog::unlockSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { m_passphrase->setFocus(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { m_status->clear(); });
    connect(m_create, &QPushButton::clicked, this, &ProfileDialog::createProfile);
    connect(m_demo, &QPushButton::clicked, this, &ProfileDialog::startDemo);
    reload();
}

void ProfileDialog::reload()
{
    m_list->clear();
    const QList<ProfileMetadata> profiles = m_profiles.list();
    for (const ProfileMetadata &profile : profiles) {
        if (profile.isDemo())
            continue; // reached through the demo button, never mixed with real profiles
        QString text = profile.displayName;
        if (!profile.organisation.isEmpty())
            text += QStringLiteral(" — ") + profile.organisation;
        const QString used = lastUsedText(profile.lastUsedAt);
        if (!used.isEmpty())
            text += QLatin1Char('\n') + used;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(ProfileIdRole, profile.id);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        m_passphrase->setFocus();
    } else {
        m_status->setText(tr("There is no profile yet. Create one, or try the demo mode."));
    }
    m_unlock->setEnabled(m_list->count() > 0);
}

void ProfileDialog::selectProfile(const QString &profileId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(ProfileIdRole).toString() == profileId)
            m_list->setCurrentRow(row);
    }
}

void ProfileDialog::setBusy(bool busy, const QString &message)
{
    m_list->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy && m_list->count() > 0);
    m_create->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    m_status->setStyleSheet(QString());
    m_status->setText(message);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ProfileDialog::showError(const QString &message)
{
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
}

void ProfileDialog::unlockSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (m_passphrase->text().isEmpty()) {
        showError(tr("Enter the passphrase."));
        m_passphrase->setFocus();
        return;
    }
    SecureBytes passphrase = SecureBytes::fromUtf8(m_passphrase->text());
    m_passphrase->clear();
    setBusy(true, tr("Unlocking…"));
    const QString profileId = item->data(ProfileIdRole).toString();
    m_session.unlockAsync(profileId, std::move(passphrase), [this, profileId, alive = QPointer<ProfileDialog>(this)](Result<> result) {
        if (!alive)
            return;
        if (result) {
            m_demoChosen = false;
            accept();
            return;
        }
        showError(result.error().message);
        if (result.error().code == ErrorCode::Corrupt) {
            showDamage(profileId, result.error());
            return;
        }
        m_passphrase->setFocus();
    });
}

void ProfileDialog::showDamage(const QString &profileId, const Error &error)
{
    const auto profile = m_profiles.find(profileId);
    auto *dialog
        = new DamageDialog(m_profiles, m_session, profile ? profile->displayName : profileId, error, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DamageDialog::restored, this, [this](const QString &restoredId) {
        reload();
        selectProfile(restoredId);
        m_status->setStyleSheet(QString());
        m_status->setText(
            tr("The backup was restored and checked. Enter the backup's passphrase to unlock the profile."));
        m_passphrase->setFocus();
    });
    dialog->open();
}

void ProfileDialog::startDemo()
{
    setBusy(true, tr("Preparing the demo…"));
    auto demo = m_profiles.ensureDemo();
    if (!demo) {
        showError(demo.error().message);
        return;
    }
    m_session.unlockAsync(demo->id, SecureBytes::copyOf(ProfileRepository::DemoPassphrase), [this, alive = QPointer<ProfileDialog>(this)](Result<> result) {
        if (!alive)
            return;
        if (result) {
            m_demoChosen = true;
            accept();
            return;
        }
        showError(result.error().message);
    });
}

void ProfileDialog::createProfile()
{
    NewProfileDialog dialog(m_profiles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectProfile(dialog.createdProfileId());
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Profile created. Enter its passphrase to unlock it."));
    m_passphrase->setFocus();
}

} // namespace GovDesk::Shell
