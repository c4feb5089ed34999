// SealStatusLabel: the verification of a 公文's electronic seal, shown above the page each time
// it opens — 有效 in green, 已被篡改 in red naming what changed, 证书无效 saying why.
#pragma once

#include "OfficialDocument.h"
#include "SealVerifier.h"

#include <QLabel>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

class SealStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SealStatusLabel(QWidget *parent = nullptr);

    // Verifies `document` against the profile's seal CA, the record's `owner` organisation
    // being the one the seal must belong to (empty for a record not yet synced), and shows the
    // result; hidden for a document without an electronic seal.
    void showFor(Core::ModuleContext &context, const OfficialDocument &document, const QString &owner);
    [[nodiscard]] SealStatus status() const { return m_status; }

private:
    void showMessage(const QString &text, const QString &style, const QString &tip = {});

    SealStatus m_status = SealStatus::Unsealed;
};

} // namespace GovDesk::Documents
