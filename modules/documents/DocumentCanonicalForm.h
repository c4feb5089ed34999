// DocumentCanonicalForm: the deterministic bytes of a 公文 that the electronic seal signs — every
// GB/T 9704 element in a fixed order, the 正文, and each attachment's digest.
#pragma once

#include "OfficialDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace GovDesk::Documents {

// One element of the canonical form: `id` is the payload key (OfficialDocument's table), or
// "attachments.<n>" (n from 1) for each attachment.
struct CanonicalPart
{
    QString id;
    QByteArray value;

    [[nodiscard]] bool operator==(const CanonicalPart &) const = default;
};

// Version 1, specified so that another implementation can reproduce it byte for byte:
//
//   form  = "GovDesk-CanonicalForm/1" LF *part
//   part  = id ":" length LF value LF       ; length: decimal byte count of value, no leading zeros
//   value = UTF-8 bytes as stored, no normalisation (a changed character is a change)
//
// Parts in this order (all of them, an empty value when the element is absent, except the three
// lists of a 纪要 below):
//   copyNumber, classification, secrecyPeriod, urgency, issuerMark, documentNumber, signers, type,
//   direction, title, mainRecipients, body, attachmentNotes, issuerName, issuedOn, remark, copyTo,
//   printedBy, printedOn; then attendees, onLeave, observers (出席/请假/列席 of a 纪要) each only when
//   not empty; then attachments.1 … attachments.n in the document's order.
// Enumerations are their Chinese names (密级 "公开", 紧急程度 "普通", 文种 "通知", 行文方向 the effective
// one, "下行文"); dates are ISO 8601 ("2026-02-27"); 发文字号 is trimmed; a list (signers,
// mainRecipients, attachmentNotes, copyTo) is its items, each as length ":" item ";". An
// attachment's value is "sha256:" hex LF "name:" name LF "size:" decimal (-1 when unknown).
// 印章 (seal) is not a part: it is what signs the others.
class DocumentCanonicalForm
{
public:
    static constexpr char Version[] = "GovDesk-CanonicalForm/1";
    static constexpr char AttachmentPrefix[] = "attachments.";

    [[nodiscard]] static QList<CanonicalPart> parts(const OfficialDocument &document);
    [[nodiscard]] static QByteArray bytes(const OfficialDocument &document);
    // The encoding of one part (also used for the signed seal data).
    [[nodiscard]] static QByteArray encode(const QString &id, const QByteArray &value);
    // 1-based attachment number of an "attachments.<n>" id; 0 for any other id.
    [[nodiscard]] static int attachmentNumber(const QString &id);
};

} // namespace GovDesk::Documents
