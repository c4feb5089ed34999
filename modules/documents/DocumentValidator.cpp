#include "DocumentValidator.h"

#include <QStringList>

namespace GovDesk::Documents {

namespace {

bool isSixDigits(const QString &text)
{
    if (text.size() != 6)
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QList<ValidationIssue> DocumentValidator::validate(const OfficialDocument &document, Checkpoint checkpoint)
{
    QList<ValidationIssue> issues;
    const auto refuse = [&issues](Element element, Rule rule, QString message) {
        issues.append({element, rule, std::move(message)});
    };
    const bool signing = checkpoint >= Checkpoint::Signing;
    const bool registering = checkpoint >= Checkpoint::Registration;
    const bool sealing = checkpoint >= Checkpoint::Sealing;
    const bool sending = checkpoint >= Checkpoint::Sending;
    const bool classified = isClassified(document.classification);
    const QString level = securityLevelName(document.classification);

    // 版头, top to bottom.
    const QString copyNumber = document.copyNumber.trimmed();
    if (!copyNumber.isEmpty() && !isSixDigits(copyNumber)) {
        refuse(Element::CopyNumber, Rule::CopyNumberForm,
               tr("The copy number must be six Arabic digits, such as 「000001」 (found 「%1」).")
                   .arg(copyNumber));
    } else if (copyNumber.isEmpty() && classified && registering) {
        refuse(Element::CopyNumber, Rule::CopyNumberRequiredWhenClassified,
               tr("A classified document (%1) must carry a copy number.").arg(level));
    }
    if (document.secrecyPeriod.isSet() && !classified) {
        refuse(Element::SecrecyTerm, Rule::SecrecyPeriodNeedsClassification,
               tr("A secrecy period is marked only on a classified document (secret, confidential or top "
                  "secret)."));
    }
    if (!document.isPendingNumber()) {
        if (auto number = document.number(); !number) {
            refuse(Element::Number, Rule::DocumentNumberForm,
                   tr("The document number is malformed: %1").arg(number.error().message));
        }
    } else if (sealing) {
        refuse(Element::Number, Rule::DocumentNumberRequired,
               tr("The document has not been numbered yet: register it before sealing and sending."));
    }
    if (signing && document.isUpward() && document.signers.isEmpty()) {
        refuse(Element::Signers, Rule::SignerRequiredForUpward,
               tr("An upward document (%1) must name its signatory.").arg(typeName(document.type)));
    }

    // 主体
    if (document.title.trimmed().isEmpty()) {
        refuse(Element::Title, Rule::TitleRequired,
               tr("The title is required: issuing authority, subject and document type."));
    }
    if (sending && document.mainRecipients.isEmpty()) {
        refuse(Element::MainRecipients, Rule::MainRecipientsRequired,
               tr("Name at least one main recipient before sending the document."));
    }
    if (signing && !document.issuedOn.isValid()) {
        refuse(Element::IssuedOn, Rule::IssuedOnRequired,
               tr("The date of issue is required from signing on, written like 「2014年4月16日」."));
    }

    // 版记
    if (document.printedOn.isValid() && document.issuedOn.isValid()
        && document.printedOn < document.issuedOn) {
        refuse(Element::PrintedOn, Rule::PrintedBeforeIssued,
               tr("The printing date cannot be earlier than the date of issue."));
    }

    // Not an element's form but where the document may go: last, as it decides everything.
    if (sending && classified) {
        refuse(Element::Classification, Rule::ClassifiedNotExchanged,
               tr("A %1 document must never be sent through the electronic exchange: classified documents "
                  "may not travel on a non-classified network.")
                   .arg(level));
    }
    return issues;
}

Core::Result<> DocumentValidator::check(const OfficialDocument &document, Checkpoint checkpoint)
{
    const QList<ValidationIssue> issues = validate(document, checkpoint);
    if (issues.isEmpty())
        return {};
    QStringList messages;
    QStringList elements;
    for (const ValidationIssue &issue : issues) {
        messages.append(issue.message);
        elements.append(issue.elementName());
    }
    return Core::fail(Core::ErrorCode::InvalidArgument, messages.join(QLatin1Char('\n')),
                      QStringLiteral("document refused at checkpoint %1: %2")
                          .arg(int(checkpoint))
                          .arg(elements.join(QLatin1Char(','))));
}

} // namespace GovDesk::Documents
