#include "DamageDialog.h"

#include "session/ProfileRepository.h"
#include "session/Session.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace GovDesk::Shell {

using namespace GovDesk::Core;

DamageDialog::DamageDialog(ProfileRepository &profiles, Session &session, const QString &profileName,
                           const Error &error, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(tr("Restore backup…"), this))
    , m_chooseFile([](QWidget *owner, const QString &folder) {
        return QFileDialog::getOpenFileName(owner, tr("Restore backup"), folder,
                                            tr("GovDesk backups (*.gdbackup);;All files (*)"));
    })
    , m_askPassphrase([](QWidget *owner) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(
            owner, tr("Restore backup"), tr("Passphrase of the backup:"), QLineEdit::Password, {}, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    })
{
    setObjectName(QStringLiteral("damageDialog"));
    setWindowTitle(tr("Profile file damaged"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("The file of the profile \"%1\" is damaged.").arg(profileName), this);
    title->setObjectName(QStringLiteral("damageTitle"));
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    auto *explanation = new QLabel(
        tr("Part of the file failed its integrity check: a disk error or another program changed it. GovDesk "
           "will not "
           "write anything more to this file, so that the damage does not spread.\n\n"
           "Restore your last backup (a .gdbackup file) to go on working. The damaged file is kept unchanged "
           "until the restored copy has been checked."),
        this);
    explanation->setObjectName(QStringLiteral("damageExplanation"));
    explanation->setWordWrap(true);
    auto *detail
        = new QLabel(tr("Technical detail for support staff: %1").arg(error.detail.toHtmlEscaped()), this);
    detail->setObjectName(QStringLiteral("damageDetail"));
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_status->setObjectName(QStringLiteral("damageStatus"));
    m_status->setWordWrap(true);

    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setDefault(true);
    auto *closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(QStringLiteral("closeDamage"));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(explanation);
    text->addWidget(detail);
    text->addWidget(m_status);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(closeButton);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(buttons);
    resize(560, sizeHint().height());

    connect(m_restore, &QPushButton::clicked, this, &DamageDialog::restoreBackup);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

QString DamageDialog::defaultBackupFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

void DamageDialog::restoreBackup()
{
    const QString archive = m_chooseFile(this, defaultBackupFolder());
    if (archive.isEmpty())
        return;
    const std::optional<QString> passphrase = m_askPassphrase(this);
    if (!passphrase)
        return;
    // A damaged profile that is still open (damage found while working) is closed first:
    // restoring replaces its file, which is refused while it is in use.
    if (m_session.isUnlocked())
        m_session.lock();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Restoring and checking the backup…"));
    m_restore->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto profile = m_profiles.restore(archive, SecureBytes::fromUtf8(*passphrase));
    QApplication::restoreOverrideCursor();
    m_restore->setEnabled(true);
    if (!profile) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(profile.error().message);
        return;
    }
    Q_EMIT restored(profile->id);
    accept();
}

} // namespace GovDesk::Shell
