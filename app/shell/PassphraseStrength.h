// PassphraseStrength: a rough, honest hint for the new-profile dialog (not a policy).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace GovDesk::Shell {

class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
public:
    enum class Level { Empty, Weak, Fair, Strong };
    // Estimates bits from length and character classes; a Chinese character counts as one of
    // thousands, so a short Chinese phrase can be strong.
    [[nodiscard]] static Level assess(const QString &passphrase);
    [[nodiscard]] static QString describe(Level level);
};

} // namespace GovDesk::Shell
