#include "PassphraseStrength.h"

#include <cmath>

namespace GovDesk::Shell {

PassphraseStrength::Level PassphraseStrength::assess(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return Level::Empty;
    bool lower = false, upper = false, digit = false, symbol = false;
    int han = 0;
    for (const QChar c : passphrase) {
        if (c.script() == QChar::Script_Han)
            ++han;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0);
    const double others = static_cast<double>(passphrase.size() - han);
    // ~3,500 common characters: about 11.8 bits each.
    const double bits = han * 11.8 + (alphabet > 0 ? others * std::log2(alphabet) : 0.0);
    if (bits < 40)
        return Level::Weak;
    return bits < 64 ? Level::Fair : Level::Strong;
}

QString PassphraseStrength::describe(Level level)
{
    switch (level) {
    case Level::Empty:
        return {};
    case Level::Weak:
        return tr("Weak: easy to guess. Use a longer phrase.");
    case Level::Fair:
        return tr("Fair: acceptable; longer is better.");
    case Level::Strong:
        return tr("Strong.");
    }
    return {};
}

} // namespace GovDesk::Shell
