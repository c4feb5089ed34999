// DisclosureIntake: hand a 公文 over to 信息公开 for proactive disclosure (转信息公开). Offered by
// the disclosure module in the object pool; the documents page finds it with
// objects().object<DisclosureIntake>() and hides its action when nobody offers it. Plain values
// only, so neither module includes the other's headers.
#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

namespace GovDesk::Core {

struct IntakeAttachment
{
    QString sha256;
    QString name;
    qint64 size = 0;
};

struct IntakeDocument
{
    QString title;
    QString body; // plain text, paragraphs separated by \n
    QString publisher;
    QDate writtenOn; // 成文日期
    QString documentNumber;
    QList<IntakeAttachment> attachments;
    QString sourceCollection; // documents.document
    QString sourceRecordId;
};

class DisclosureIntake
{
public:
    virtual ~DisclosureIntake() = default;
    // A new 主动公开 draft from the document; the same document handed over again gives back the
    // draft made the first time. Returns the item's record id.
    [[nodiscard]] virtual Result<QString> draftFromDocument(const IntakeDocument &document) = 0;
};

} // namespace GovDesk::Core

#define GovDeskDisclosureIntake_iid "org.govdesk.DisclosureIntake/1"
Q_DECLARE_INTERFACE(GovDesk::Core::DisclosureIntake, GovDeskDisclosureIntake_iid)
