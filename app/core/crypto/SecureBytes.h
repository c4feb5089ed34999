// SecureBytes: a fixed-size, move-only buffer for key material, locked in RAM and wiped on release.
#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <cstddef>

namespace GovDesk::Core {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // The UTF-8 bytes of a passphrase. The QString itself cannot be wiped reliably (implicit
    // sharing), so callers should drop it as soon as this copy exists.
    [[nodiscard]] static SecureBytes fromUtf8(QStringView text);
    [[nodiscard]] static SecureBytes copyOf(QByteArrayView bytes);

    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] const char *constChar() const { return reinterpret_cast<const char *>(m_data); }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] QByteArrayView view() const { return {m_data, static_cast<qsizetype>(m_size)}; }
    [[nodiscard]] SecureBytes clone() const;
    // Lower-case hex, for SQLCipher's raw-key syntax; the result is itself secure.
    [[nodiscard]] SecureBytes toHex() const;
    [[nodiscard]] bool constantTimeEquals(const SecureBytes &other) const;

    void wipe();

private:
    void release();

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
    bool m_locked = false;
};

} // namespace GovDesk::Core
