#include "TestProfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

namespace GovDesk::Test {

Core::SecureBytes testKey(unsigned char fill)
{
    Core::SecureBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(fill + i);
    return key;
}

Core::Result<std::unique_ptr<Core::Database>> openWithSchema(const QString &path, const char *owner,
                                                           const QList<Core::Migration> &migrations, bool create)
{
    auto db = Core::Database::open(path, testKey(), {.create = create});
    if (!db)
        return db;
    Core::MigrationRunner runner;
    GD_TRY(runner.add(QString::fromLatin1(owner), migrations));
    GD_TRY(runner.run(**db));
    return db;
}

QByteArray readHead(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (file.read(&byte, 1) != 1 || !file.seek(offset))
        return false;
    byte = static_cast<char>(~byte);
    return file.write(&byte, 1) == 1;
}

bool truncateFile(const QString &path, qint64 size)
{
    QFile file(path);
    return file.resize(size);
}

qint64 damageMiddlePage(const QString &path)
{
    QFile file(path);
    const qint64 pages = file.size() / Core::Database::PageSize;
    if (pages < 3 || !file.open(QIODevice::ReadWrite))
        return -1;
    const qint64 page = pages / 2;
    QByteArray noise(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    if (!file.seek(page * Core::Database::PageSize + 1000) || file.write(noise) != noise.size())
        return -1;
    return page;
}

bool isEncryptedOnDisk(const QString &path)
{
    const QByteArray head = readHead(path, 16);
    return head.size() == 16 && !head.startsWith("SQLite format 3");
}

} // namespace GovDesk::Test
