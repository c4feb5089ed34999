#include "AttachmentLists.h"

#include <QJsonObject>

namespace GovDesk::Disclosure::AttachmentLists {

QList<Core::AttachmentRef> refs(const QList<ItemAttachment> &attachments)
{
    QList<Core::AttachmentRef> out;
    out.reserve(attachments.size());
    for (const ItemAttachment &attachment : attachments)
        out.append({attachment.sha256, attachment.name, attachment.size});
    return out;
}

QList<ItemAttachment> items(const QList<Core::AttachmentRef> &refs)
{
    QList<ItemAttachment> out;
    out.reserve(refs.size());
    for (const Core::AttachmentRef &ref : refs)
        out.append({.sha256 = ref.sha256, .name = ref.name, .size = qMax<qint64>(ref.size, 0)});
    return out;
}

QList<Core::AttachmentRef> refs(const QJsonArray &stored)
{
    return Core::BlobReferences::of(QJsonObject{{QStringLiteral("attachments"), stored}});
}

QJsonArray toJson(const QList<Core::AttachmentRef> &refs)
{
    QJsonArray out;
    for (const Core::AttachmentRef &ref : refs)
        out.append(QJsonObject{{QStringLiteral("sha256"), ref.sha256},
                               {QStringLiteral("name"), ref.name},
                               {QStringLiteral("size"), qMax<qint64>(ref.size, 0)}});
    return out;
}

} // namespace GovDesk::Disclosure::AttachmentLists
