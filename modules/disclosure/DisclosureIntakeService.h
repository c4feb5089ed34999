// DisclosureIntakeService: the disclosure module's DisclosureIntake — a 公文 handed over becomes a
// 主动公开 draft with its source, written as a record like any other draft.
#pragma once

#include "services/DisclosureIntake.h"

#include <QObject>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

class DisclosureIntakeService : public QObject, public Core::DisclosureIntake
{
    Q_OBJECT
    Q_INTERFACES(GovDesk::Core::DisclosureIntake)
public:
    explicit DisclosureIntakeService(Core::ModuleContext &context, QObject *parent = nullptr);

    [[nodiscard]] Core::Result<QString> draftFromDocument(const Core::IntakeDocument &document) override;

private:
    [[nodiscard]] Core::Result<QString> existingDraft(const QString &sourceRecordId) const;
    Core::ModuleContext &m_context;
};

} // namespace GovDesk::Disclosure
