#include "DocumentElement.h"

#include <array>

namespace GovDesk::Documents {

namespace {

struct ElementInfo
{
    Element element;
    const char *chineseName;
    const char *label; // English source of the translated label
    const char *payloadKey;
};

constexpr std::array<ElementInfo, 23> Elements{{
    {Element::CopyNumber, "份号", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Copy number"),
     "copyNumber"},
    {Element::Classification, "密级",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Security classification"), "classification"},
    {Element::SecrecyTerm, "保密期限",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Secrecy period"), "secrecyPeriod"},
    {Element::UrgencyLevel, "紧急程度", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Urgency"),
     "urgency"},
    {Element::IssuerMark, "发文机关标志",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Issuing authority mark"), "issuerMark"},
    {Element::Number, "发文字号",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Document number"), "documentNumber"},
    {Element::Signers, "签发人", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Signatory"),
     "signers"},
    {Element::Type, "文种", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Document type"),
     "type"},
    {Element::Title, "标题", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Title"), "title"},
    {Element::MainRecipients, "主送机关",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Main recipients"), "mainRecipients"},
    {Element::Body, "正文", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Body"), "body"},
    {Element::AttachmentNotes, "附件说明",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "List of attachments"), "attachmentNotes"},
    {Element::IssuerName, "发文机关署名",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Issuing authority"), "issuerName"},
    {Element::IssuedOn, "成文日期",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Date of issue"), "issuedOn"},
    {Element::Seal, "印章", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Seal"), "seal"},
    {Element::Remark, "附注", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Note"), "remark"},
    {Element::Attendees, "出席", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Present"), "attendees"},
    {Element::OnLeave, "请假", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Excused"), "onLeave"},
    {Element::Observers, "列席", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Also attending"),
     "observers"},
    {Element::Attachments, "附件", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Attachments"),
     "attachments"},
    {Element::CopyTo, "抄送机关", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Copied to"),
     "copyTo"},
    {Element::PrintedBy, "印发机关", QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Printed by"),
     "printedBy"},
    {Element::PrintedOn, "印发日期",
     QT_TRANSLATE_NOOP("GovDesk::Documents::DocumentElements", "Printing date"), "printedOn"},
}};

const ElementInfo *infoOf(Element element)
{
    for (const ElementInfo &info : Elements) {
        if (info.element == element)
            return &info;
    }
    return nullptr;
}

} // namespace

QString DocumentElements::chineseName(Element element)
{
    const ElementInfo *info = infoOf(element);
    return info ? QString::fromUtf8(info->chineseName) : QString();
}

QString DocumentElements::label(Element element)
{
    const ElementInfo *info = infoOf(element);
    return info ? tr(info->label) : QString();
}

std::optional<Element> DocumentElements::fromPayloadKey(const QString &key)
{
    for (const ElementInfo &info : Elements) {
        if (key == QLatin1String(info.payloadKey))
            return info.element;
    }
    return std::nullopt;
}

} // namespace GovDesk::Documents
