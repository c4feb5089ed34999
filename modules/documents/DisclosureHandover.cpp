#include "DisclosureHandover.h"

#include "DocumentsRecords.h"
#include "module/ModuleContext.h"
#include "module/ObjectPool.h"

namespace GovDesk::Documents {

namespace {

Core::IntakeDocument intakeOf(const LoadedDocument &loaded)
{
    const OfficialDocument &document = loaded.document;
    Core::IntakeDocument intake{.title = document.title,
                                .body = document.body,
                                .publisher = document.issuerName,
                                .writtenOn = document.issuedOn,
                                .documentNumber = document.documentNumber.trimmed(),
                                .sourceCollection = QString::fromLatin1(DocumentCollection),
                                .sourceRecordId = loaded.recordId};
    for (const Core::AttachmentRef &attachment : document.attachments)
        intake.attachments.append(
            {.sha256 = attachment.sha256, .name = attachment.name, .size = std::max<qint64>(0, attachment.size)});
    return intake;
}

} // namespace

bool DisclosureHandover::isForPublication(const OfficialDocument &document)
{
    return document.remark.contains(QStringLiteral("此件公开发布"));
}

Core::DisclosureIntake *DisclosureHandover::intake(const Core::ModuleContext &context)
{
    return context.objects().object<Core::DisclosureIntake>();
}

Core::Result<QString> DisclosureHandover::handOver(const Core::ModuleContext &context, const LoadedDocument &loaded)
{
    if (!isForPublication(loaded.document))
        //: Refusal of 转信息公开: the 附注 does not say 此件公开发布
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("Only a document marked 「此件公开发布」 in its remark goes to disclosure."));
    Core::DisclosureIntake *service = intake(context);
    if (!service)
        //: Refusal of 转信息公开: the 信息公开 module is not available
        return Core::fail(Core::ErrorCode::NotFound, tr("The disclosure module is not available."));
    return service->draftFromDocument(intakeOf(loaded));
}

} // namespace GovDesk::Documents
