// DemoSeals: the demo profile's own seal CA and organisation seals, made on this computer when
// the demo is created — the demo never syncs, yet trainers must be able to 用印 and to show
// 有效 and 已被篡改.
#pragma once

#include "DocumentSealer.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace GovDesk::Documents {

class DemoSeals
{
public:
    // Seal ids start so: the document itself says its seal is a demo's, wherever it is shown.
    static constexpr char SealIdPrefix[] = "demo-seal-";

    // A new CA and one seal for each of the demo server's organisations, valid from a year ago.
    [[nodiscard]] static Core::Result<DemoSeals> create(const QDateTime &now);
    // The seal of the organisation named so (柳州市林业和园林局), nullopt for another.
    [[nodiscard]] std::optional<SealKeyMaterial> sealOf(const QString &organisationName) const;

    [[nodiscard]] static bool isDemoSeal(const QString &sealId);

private:
    QHash<QString, SealKeyMaterial> m_seals; // by organisation name
};

} // namespace GovDesk::Documents
