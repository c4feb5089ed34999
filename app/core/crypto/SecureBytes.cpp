#include "SecureBytes.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <cstring>
#include <new>
#include <utility>

namespace GovDesk::Core {

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size ? new unsigned char[size]() : nullptr)
    , m_size(size)
{
    // Best effort: keep key material out of swap. Failure (RLIMIT_MEMLOCK) is not fatal.
    if (m_data)
        m_locked = ::mlock(m_data, m_size) == 0;
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_locked(std::exchange(other.m_locked, false))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    // Encode straight into the secure buffer: QString::toUtf8 would leave an unwiped copy.
    // Unpaired surrogates become '?', as QString::toUtf8 does in Qt 6.4, so both agree.
    const auto codePointAt = [&text](qsizetype &i) -> char32_t {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            return QChar::surrogateToUcs4(unit, text.at(++i));
        return unit.isSurrogate() ? U'?' : char32_t(unit.unicode());
    };
    const auto encodedLength = [](char32_t cp) -> std::size_t {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    };
    std::size_t length = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        length += encodedLength(codePointAt(i));
    SecureBytes out(length);
    unsigned char *p = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t cp = codePointAt(i);
        switch (encodedLength(cp)) {
        case 1:
            *p++ = static_cast<unsigned char>(cp);
            break;
        case 2:
            *p++ = static_cast<unsigned char>(0xC0 | (cp >> 6));
            *p++ = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            break;
        case 3:
            *p++ = static_cast<unsigned char>(0xE0 | (cp >> 12));
            *p++ = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            break;
        default:
            *p++ = static_cast<unsigned char>(0xF0 | (cp >> 18));
            *p++ = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes out(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(out.data(), bytes.data(), out.size());
    return out;
}

SecureBytes SecureBytes::clone() const
{
    return copyOf(view());
}

SecureBytes SecureBytes::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBytes out(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        out.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        out.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0F]);
    }
    return out;
}

bool SecureBytes::constantTimeEquals(const SecureBytes &other) const
{
    return m_size == other.m_size && CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBytes::wipe()
{
    if (m_data)
        OPENSSL_cleanse(m_data, m_size);
}

void SecureBytes::release()
{
    if (!m_data)
        return;
    wipe();
    if (m_locked)
        ::munlock(m_data, m_size);
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
    m_locked = false;
}

} // namespace GovDesk::Core
