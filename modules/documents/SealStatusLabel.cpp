#include "SealStatusLabel.h"

#include "DemoSeals.h"
#include "crypto/SealKeyStore.h"
#include "module/ModuleContext.h"

namespace GovDesk::Documents {

namespace {

const QString ValidStyle = QStringLiteral("background: #e6f4ea; color: #1e6b34; border: 1px solid #1e6b34;");
const QString AlarmStyle = QStringLiteral("background: #fdecea; color: #b3261e; border: 2px solid #b3261e;");
const QString NeutralStyle
    = QStringLiteral("background: #f1f3f4; color: #3c4043; border: 1px solid #9aa0a6;");

} // namespace

SealStatusLabel::SealStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("documentSealStatus"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
}

void SealStatusLabel::showFor(Core::ModuleContext &context, const OfficialDocument &document,
                              const QString &owner)
{
    m_status = SealStatus::Unsealed;
    if (!document.seal.sealed || document.seal.signature.isEmpty()) {
        hide();
        return;
    }
    auto authority = Core::SealKeyStore::authority(context.database());
    if (!authority || authority->isEmpty()) {
        //: The seal CA certificate is not in the profile yet
        showMessage(
            tr("Electronic seal: cannot be checked yet — the seal authority's certificate reaches this "
               "computer with the next synchronisation."),
            NeutralStyle, authority ? QString() : authority.error().detail);
        return;
    }
    auto verification = SealVerifier::verify(document, *authority, owner);
    if (!verification) {
        qCWarning(context.log()) << "seal verification failed:" << verification.error().fullText();
        showMessage(tr("Electronic seal: cannot be checked — %1").arg(verification.error().message),
                    AlarmStyle, verification.error().detail);
        return;
    }
    m_status = verification->status;
    const SealRecord &record = verification->record;
    switch (verification->status) {
    case SealStatus::Unsealed:
        hide();
        return;
    case SealStatus::Valid: {
        const QString at = record.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString text = record.signerName.isEmpty()
                           //: 电子印章有效：柳州市人民政府办公室，于2026-02-27 09:30用印。
                           ? tr("Electronic seal valid: %1, sealed on %2.").arg(record.sealName, at)
                           //: 电子印章有效：柳州市人民政府办公室，刘洋于2026-02-27 09:30用印。
                           : tr("Electronic seal valid: %1, sealed by %2 on %3.")
                                 .arg(record.sealName, record.signerName, at);
        if (DemoSeals::isDemoSeal(record.sealId))
            //: Appended for a seal of the demo profile
            text += QLatin1Char(' ')
                    + tr("This is a demo seal made on this computer for training; it is not a real seal.");
        showMessage(text, ValidStyle, verification->detail);
        return;
    }
    case SealStatus::Tampered:
    case SealStatus::CertificateInvalid:
        //: 电子印章：已被篡改。用印后已改动：正文。
        showMessage(
            tr("Electronic seal: %1. %2").arg(verification->statusText(), verification->explanation()),
            AlarmStyle, verification->detail);
        return;
    }
}

void SealStatusLabel::showMessage(const QString &text, const QString &style, const QString &tip)
{
    setText(text);
    setToolTip(tip);
    setStyleSheet(QStringLiteral("QLabel { %1 padding: 6px; font-weight: bold; }").arg(style));
    show();
}

} // namespace GovDesk::Documents
