#include "BackupArchive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <unistd.h>

namespace GovDesk::Core {

namespace {
constexpr QByteArrayView Magic = "GOVDESK-BACKUP1\n";
constexpr qint64 MaxHeaderSize = 1 << 20;
constexpr qint64 ChunkSize = 1 << 20;

Error damaged(const QString &detail)
{
    return Error{ErrorCode::Corrupt, BackupArchive::tr("The backup file is damaged or incomplete."), detail};
}

Result<BackupArchive::Header> parseHeader(QFile &file)
{
    if (file.read(Magic.size()) != Magic)
        return std::unexpected(Error{ErrorCode::NotGovDeskDatabase,
                                     BackupArchive::tr("This file is not a GovDesk backup."), {}});
    const QByteArray lengthBytes = file.read(4);
    if (lengthBytes.size() != 4)
        return std::unexpected(damaged(QStringLiteral("no header length")));
    const qint64 length = qFromBigEndian<quint32>(lengthBytes.constData());
    if (length <= 0 || length > MaxHeaderSize)
        return std::unexpected(damaged(QStringLiteral("header length %1").arg(length)));
    const QByteArray headerBytes = file.read(length);
    const QJsonDocument document = QJsonDocument::fromJson(headerBytes);
    if (headerBytes.size() != length || !document.isObject())
        return std::unexpected(damaged(QStringLiteral("unreadable header")));
    const QJsonObject json = document.object();
    auto profile = ProfileMetadata::fromJson(json.value(QStringLiteral("profile")).toObject());
    if (!profile)
        return std::unexpected(damaged(profile.error().detail));
    BackupArchive::Header header;
    header.profile = *profile;
    header.createdAt = QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    header.databaseSize = json.value(QStringLiteral("databaseSize")).toInteger();
    header.databaseSha256 = json.value(QStringLiteral("databaseSha256")).toString().toLatin1();
    if (header.databaseSize <= 0 || header.databaseSha256.size() != 64)
        return std::unexpected(damaged(QStringLiteral("header without database size or digest")));
    return header;
}
} // namespace

Result<> BackupArchive::write(const QString &archivePath, const ProfileMetadata &profile,
                              const QString &databasePath)
{
    QFile database(databasePath);
    if (!database.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The profile database cannot be read."), database.errorString());
    QCryptographicHash digest(QCryptographicHash::Sha256);
    if (!digest.addData(&database))
        return fail(ErrorCode::Io, tr("The profile database cannot be read."), database.errorString());

    ProfileMetadata recorded = profile;
    recorded.failedUnlocks = 0; // counters belong to this machine, not to the backup
    recorded.lastFailedUnlockAt = {};
    recorded.unrecordedFailedUnlocks.clear();
    const QJsonObject json{{QStringLiteral("profile"), recorded.toJson()},
                           {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("databaseSize"), database.size()},
                           {QStringLiteral("databaseSha256"), QString::fromLatin1(digest.result().toHex())}};
    const QByteArray headerBytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(headerBytes.size()), length);

    // QSaveFile: the archive appears under its name only when complete and synced.
    QSaveFile archive(archivePath);
    if (!archive.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("The backup file cannot be written."), archive.errorString());
    archive.write(Magic.data(), Magic.size());
    archive.write(length, 4);
    archive.write(headerBytes);
    database.seek(0);
    while (!database.atEnd()) {
        const QByteArray chunk = database.read(ChunkSize);
        if (chunk.isEmpty() || archive.write(chunk) != chunk.size())
            break;
    }
    if (!database.atEnd() || !archive.commit())
        return fail(archive.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                    tr("The backup file cannot be written."), archive.errorString());
    return {};
}

Result<BackupArchive::Header> BackupArchive::readHeader(const QString &archivePath)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("The backup file %1 cannot be opened.").arg(archivePath),
                    file.errorString());
    return parseHeader(file);
}

Result<BackupArchive::Header> BackupArchive::extract(const QString &archivePath, const QString &databasePath)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("The backup file %1 cannot be opened.").arg(archivePath),
                    file.errorString());
    auto header = parseHeader(file);
    if (!header)
        return header;
    if (file.size() - file.pos() != header->databaseSize)
        return std::unexpected(damaged(QStringLiteral("database part has %1 bytes, header says %2")
                                           .arg(file.size() - file.pos()).arg(header->databaseSize)));
    QFile out(databasePath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::Io, tr("The restored database cannot be written."), out.errorString());
    QCryptographicHash digest(QCryptographicHash::Sha256);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkSize);
        digest.addData(chunk);
        if (out.write(chunk) != chunk.size()) {
            out.remove();
            return fail(out.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                        tr("The restored database cannot be written."), out.errorString());
        }
    }
    // Durable before anyone points the profile at it (ProfileRepository::restore).
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        out.remove();
        return fail(ErrorCode::Io, tr("The restored database cannot be written."), out.errorString());
    }
    out.close();
    if (digest.result().toHex() != header->databaseSha256) {
        QFile::remove(databasePath);
        return std::unexpected(damaged(QStringLiteral("SHA-256 of the database part does not match")));
    }
    return header;
}

} // namespace GovDesk::Core
