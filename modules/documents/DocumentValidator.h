// DocumentValidator: the rules of GB/T 9704-2012 and the 2012 regulation a 公文 must meet, by step.
#pragma once

#include "DocumentElement.h"
#include "OfficialDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace GovDesk::Documents {

// How far the document has to go: each checkpoint adds rules to the ones before it. The
// workflows check the document at the checkpoint of the step being completed.
enum class Checkpoint {
    Draft,        // saving a draft: only what is wrong whatever the step
    Signing,      // 签发 and after: the document as the signatory signs it
    Registration, // 登记 (编号) and after
    Sealing,      // 用印: the seal signs the 发文字号 too, so it must have arrived (DocumentCanonicalForm)
    Sending,      // 分发 through the exchange
};

enum class Rule {
    TitleRequired,
    DocumentNumberForm,      // 「代字〔年份〕序号号」
    DocumentNumberRequired,  // numbered before it is sent
    SignerRequiredForUpward, // 上行文 name their 签发人
    CopyNumberForm,          // 6 digits
    CopyNumberRequiredWhenClassified,
    SecrecyPeriodNeedsClassification,
    IssuedOnRequired,       // from 签发 on
    PrintedBeforeIssued,    // 印发日期 not before 成文日期
    MainRecipientsRequired, // to send
    ClassifiedNotExchanged, // 涉密公文不得在非涉密网络传输
};

// One refusal: which element, which rule, and a message for the person (translated).
struct ValidationIssue
{
    Element element = Element::Title;
    Rule rule = Rule::TitleRequired;
    QString message;

    // The standard's term of the element (份号, 签发人 …): what the form highlights.
    [[nodiscard]] QString elementName() const { return DocumentElements::chineseName(element); }
};

class DocumentValidator
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentValidator)
public:
    // Every rule the document breaks at `checkpoint`, in the order of the elements on the page.
    [[nodiscard]] static QList<ValidationIssue> validate(const OfficialDocument &document,
                                                         Checkpoint checkpoint);
    // The same as one result: InvalidArgument with every message, one per line.
    [[nodiscard]] static Core::Result<> check(const OfficialDocument &document, Checkpoint checkpoint);
};

} // namespace GovDesk::Documents
