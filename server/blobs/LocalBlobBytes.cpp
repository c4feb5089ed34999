#include "blobs/LocalBlobBytes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace GovDesk::Server {

namespace {

Core::Error ioError(const QString &what, const QFile &file)
{
    return Core::Error{Core::ErrorCode::Io, QStringLiteral("Blob storage failed."),
                       QStringLiteral("%1 %2: %3").arg(what, file.fileName(), file.errorString())};
}

class FileRange final : public ResponseBody
{
public:
    explicit FileRange(std::unique_ptr<QFile> file)
        : m_file(std::move(file))
    {
    }
    Result<QByteArray> read(qint64 maxBytes) override
    {
        const QByteArray bytes = m_file->read(maxBytes);
        if (bytes.isEmpty() && maxBytes > 0)
            return std::unexpected(ioError(QStringLiteral("short read from"), *m_file));
        return bytes;
    }
    QString describe() const override { return m_file->fileName(); }

private:
    std::unique_ptr<QFile> m_file;
};

} // namespace

LocalBlobBytes::LocalBlobBytes(const QString &directory)
    : m_directory(QDir(directory).absolutePath())
{
}

// Two-character fan-out, as git does, so no directory holds every blob.
QString LocalBlobBytes::completePath(const QString &sha256) const
{
    return m_directory.filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

// Organisation ids are chosen by administrators; a hash of the id keeps the file name safe.
QString LocalBlobBytes::partPath(const QString &sha256, const QString &organisationId) const
{
    const QByteArray tag
        = QCryptographicHash::hash(organisationId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return completePath(sha256) + QLatin1Char('.') + QString::fromLatin1(tag) + QStringLiteral(".part");
}

Result<> LocalBlobBytes::writePart(const QString &sha256, const QString &organisationId, qint64 offset,
                                   const QByteArray &bytes)
{
    const QString path = partPath(sha256, organisationId);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("Blob storage failed."),
                          QStringLiteral("cannot create %1").arg(QFileInfo(path).path()));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return std::unexpected(ioError(QStringLiteral("open"), file));
    if (!file.resize(offset) || !file.seek(offset) || file.write(bytes) != bytes.size() || !file.flush())
        return std::unexpected(ioError(QStringLiteral("write"), file));
    if (::fsync(file.handle()) != 0)
        return std::unexpected(ioError(QStringLiteral("fsync"), file));
    return {};
}

Result<QString> LocalBlobBytes::hashPart(const QString &sha256, const QString &organisationId)
{
    QFile part(partPath(sha256, organisationId));
    if (!part.open(QIODevice::ReadOnly))
        return std::unexpected(ioError(QStringLiteral("open"), part));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&part))
        return std::unexpected(ioError(QStringLiteral("read"), part));
    return QString::fromLatin1(hash.result().toHex());
}

Result<qint64> LocalBlobBytes::partSize(const QString &sha256, const QString &organisationId)
{
    const QFileInfo part(partPath(sha256, organisationId));
    return part.exists() ? part.size() : 0;
}

Result<> LocalBlobBytes::discardPart(const QString &sha256, const QString &organisationId)
{
    QFile part(partPath(sha256, organisationId));
    if (part.exists() && !part.remove())
        return std::unexpected(ioError(QStringLiteral("remove"), part));
    return {};
}

Result<> LocalBlobBytes::completeFromPart(const QString &sha256, const QString &organisationId,
                                          bool alreadyComplete)
{
    if (alreadyComplete)
        return discardPart(sha256, organisationId);
    QFile part(partPath(sha256, organisationId));
    const QString target = completePath(sha256);
    QFile::remove(target); // left by a crash between the rename and the repository's update
    if (!part.rename(target))
        return std::unexpected(ioError(QStringLiteral("rename"), part));
    return {};
}

Result<std::shared_ptr<ResponseBody>> LocalBlobBytes::open(const QString &sha256, qint64 offset,
                                                           qint64 length)
{
    auto file = std::make_unique<QFile>(completePath(sha256));
    if (!file->open(QIODevice::ReadOnly) || !file->seek(offset))
        return std::unexpected(ioError(QStringLiteral("open"), *file));
    if (file->size() < offset + length)
        return std::unexpected(ioError(QStringLiteral("blob shorter than recorded:"), *file));
    return std::make_shared<FileRange>(std::move(file));
}

} // namespace GovDesk::Server
