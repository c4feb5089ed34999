// LocalBlobBytes: blob bytes in files under one folder — a complete blob at <sha[0:2]>/<sha>, an
// organisation's part beside it as <sha>.<org tag>.part, renamed when its hash matches. For a
// single instance (an office, a trainer, tests): instances on one database need PgBlobBytes.
#pragma once

#include "blobs/BlobBytes.h"

#include <QDir>

namespace GovDesk::Server {

class LocalBlobBytes final : public BlobBytes
{
public:
    explicit LocalBlobBytes(const QString &directory);

    [[nodiscard]] Result<> writePart(const QString &sha256, const QString &organisationId, qint64 offset,
                                     const QByteArray &bytes) override;
    [[nodiscard]] Result<QString> hashPart(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<qint64> partSize(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<> discardPart(const QString &sha256, const QString &organisationId) override;
    [[nodiscard]] Result<> completeFromPart(const QString &sha256, const QString &organisationId,
                                            bool alreadyComplete) override;
    [[nodiscard]] Result<std::shared_ptr<ResponseBody>> open(const QString &sha256, qint64 offset,
                                                             qint64 length) override;

    [[nodiscard]] QString completePath(const QString &sha256) const;
    [[nodiscard]] QString partPath(const QString &sha256, const QString &organisationId) const;

private:
    QDir m_directory;
};

} // namespace GovDesk::Server
