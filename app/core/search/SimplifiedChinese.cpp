#include "SimplifiedChinese.h"

#include "Logging.h"

#include <QByteArray>
#include <QLibrary>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>
#include <opencc.h>
#include <type_traits>

namespace GovDesk::Core {

namespace {

// The blocks the table covers: CJK Unified Ideographs and Extension A. The traditional
// characters of the rarer supplementary blocks (a few hundred in Extension B) are not folded;
// reading them would triple the time to build the table.
constexpr char32_t FirstA = 0x3400, LastA = 0x4DBF;
constexpr char32_t First = 0x4E00, Last = 0x9FFF;
constexpr std::size_t TableSize = (LastA - FirstA + 1) + (Last - First + 1);

std::size_t slot(char32_t c)
{
    if (c >= First && c <= Last)
        return (LastA - FirstA + 1) + (c - First);
    if (c >= FirstA && c <= LastA)
        return c - FirstA;
    return TableSize;
}

char32_t character(std::size_t slot)
{
    return slot <= LastA - FirstA ? FirstA + static_cast<char32_t>(slot)
                                  : First + static_cast<char32_t>(slot - (LastA - FirstA + 1));
}

// OpenCC's C API, loaded when the table is first built rather than linked: libopencc and its
// libmarisa would otherwise be mapped and relocated at every start of the shell and the CLI
// (~2 ms), for a table most starts never need. The header still gives the signatures.
struct OpenCc
{
    QLibrary library{QStringLiteral("opencc"), QStringLiteral("1.1")};
    decltype(&opencc_open) open = nullptr;
    decltype(&opencc_convert_utf8) convertUtf8 = nullptr;
    decltype(&opencc_convert_utf8_free) convertUtf8Free = nullptr;
    decltype(&opencc_close) close = nullptr;
    decltype(&opencc_error) error = nullptr;

    // Empty when it loaded, else why not.
    QString load()
    {
        if (!library.load())
            return library.errorString();
        const auto resolve = [this](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
            return function != nullptr;
        };
        if (!resolve(open, "opencc_open") || !resolve(convertUtf8, "opencc_convert_utf8")
            || !resolve(convertUtf8Free, "opencc_convert_utf8_free") || !resolve(close, "opencc_close")
            || !resolve(error, "opencc_error"))
            return library.errorString();
        return {};
    }
};

struct Table
{
    // Every slot holds a BMP character (all simplified forms of these blocks are in the BMP; a
    // character whose form is not is left as it is).
    std::unique_ptr<std::array<char16_t, TableSize>> simplified;
    bool loaded = false;

    Table()
        : simplified(std::make_unique<std::array<char16_t, TableSize>>())
    {
        for (std::size_t i = 0; i < TableSize; ++i)
            (*simplified)[i] = static_cast<char16_t>(character(i));
        OpenCc opencc;
        if (const QString failure = opencc.load(); !failure.isEmpty()) {
            qCWarning(lcSearch) << "OpenCC is not available; traditional characters are not folded:"
                                << failure;
            return;
        }
        opencc_t converter = opencc.open("t2s.json");
        if (converter == reinterpret_cast<opencc_t>(-1)) {
            qCWarning(lcSearch) << "OpenCC t2s is not available; traditional characters are not folded:"
                                << opencc.error();
            return;
        }
        // One conversion of all characters, one per line: lines keep phrases from forming across
        // neighbouring code points.
        QString all;
        all.reserve(static_cast<qsizetype>(TableSize * 2));
        for (std::size_t i = 0; i < TableSize; ++i) {
            all.append(QChar(static_cast<char16_t>(character(i))));
            all.append(QLatin1Char('\n'));
        }
        const QByteArray input = all.toUtf8();
        char *output
            = opencc.convertUtf8(converter, input.constData(), static_cast<std::size_t>(input.size()));
        if (!output) {
            qCWarning(lcSearch) << "OpenCC t2s conversion failed; traditional characters are not folded:"
                                << opencc.error();
            opencc.close(converter);
            return;
        }
        const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
        opencc.convertUtf8Free(output);
        opencc.close(converter);
        if (lines.size() < static_cast<qsizetype>(TableSize)) {
            qCWarning(lcSearch) << "OpenCC t2s gave" << lines.size() << "lines for" << TableSize
                                << "characters";
            return;
        }
        for (std::size_t i = 0; i < TableSize; ++i) {
            const QString &line = lines.at(static_cast<qsizetype>(i));
            if (line.size() == 1)
                (*simplified)[i] = line.at(0).unicode();
        }
        loaded = true;
    }
};

const Table &table()
{
    // Built once, thread-safely (a function-local static); read-only afterwards.
    static const Table instance;
    return instance;
}

} // namespace

char32_t SimplifiedChinese::of(char32_t c)
{
    const std::size_t index = slot(c);
    return index == TableSize ? c : (*table().simplified)[index];
}

bool SimplifiedChinese::available()
{
    return table().loaded;
}

} // namespace GovDesk::Core
