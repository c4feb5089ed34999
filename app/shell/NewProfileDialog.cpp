#include "NewProfileDialog.h"

#include "PassphraseStrength.h"
#include "session/ProfileRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QUrl>
#include <QApplication>

#include <memory>

namespace GovDesk::Shell {

using namespace GovDesk::Core;

NewProfileDialog::NewProfileDialog(ProfileRepository &profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_name(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New profile"));
    m_name->setObjectName(QStringLiteral("name"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(tr("Optional, e.g. https://sync.example.gov.cn"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_strength->setObjectName(QStringLiteral("strength"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Organisation:"), m_organisation);
    form->addRow(tr("Sync server:"), m_server);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(QString(), m_strength);
    form->addRow(tr("Repeat:"), m_repeat);
    form->addRow(m_status);
    form->addRow(m_buttons);
    resize(480, 0);

    for (QLineEdit *edit : {m_name, m_server, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &NewProfileDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProfileDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void NewProfileDialog::finishCreate(const Result<ProfileMetadata> &created)
{
    setEnabled(true);
    unsetCursor();
    if (!created) {
        m_status->setText(created.error().message);
        return;
    }
    m_createdId = created->id;
    accept();
}

QString NewProfileDialog::validationError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter a name.");
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty()) {
        const QUrl url(server, QUrl::StrictMode);
        // Sync always uses TLS: a plain http:// address would send records in the clear.
        if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty())
            return tr("The server address must start with https://.");
    }
    if (m_passphrase->text().isEmpty())
        return tr("Choose a passphrase.");
    if (m_repeat->text() != m_passphrase->text())
        return tr("The two passphrases differ.");
    return {};
}

void NewProfileDialog::updateState()
{
    const auto level = PassphraseStrength::assess(m_passphrase->text());
    m_strength->setText(PassphraseStrength::describe(level));
    m_strength->setStyleSheet(level == PassphraseStrength::Level::Weak ? QStringLiteral("color: #b00020;")
                                                                       : QString());
    const QString error = validationError();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    m_status->setText(m_name->text().isEmpty() && m_passphrase->text().isEmpty() ? QString() : error);
}

void NewProfileDialog::create()
{
    if (!validationError().isEmpty())
        return;
    const NewProfile spec{.displayName = m_name->text(), .organisation = m_organisation->text(),
                          .serverUrl = m_server->text().trimmed()};
    auto passphrase = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(m_passphrase->text()));
    m_passphrase->clear();
    m_repeat->clear();
    setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_status->setText(tr("Creating the profile and its encryption key…"));
    // Calibrating and deriving the key takes about a second: not on the UI thread.
    QPointer<NewProfileDialog> self(this);
    ProfileRepository *profiles = &m_profiles;
    QThreadPool::globalInstance()->start([self, profiles, spec, passphrase] {
        auto created = std::make_shared<Result<ProfileMetadata>>(profiles->create(spec, *passphrase));
        QMetaObject::invokeMethod(qApp, [self, created] {
            if (NewProfileDialog *dialog = self.data())
                dialog->finishCreate(*created);
        }, Qt::QueuedConnection);
    });
}

} // namespace GovDesk::Shell
