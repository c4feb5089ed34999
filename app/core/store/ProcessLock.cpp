#include "store/ProcessLock.h"

#include "Logging.h"
#include "store/SqliteError.h"

#include <QLockFile>
#include <QThread>

namespace GovDesk::Core {

namespace {
// A live owner writes its pid within microseconds of creating the file.
constexpr unsigned long OwnerWriteGraceMs = 200;

bool hasOwnerInfo(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    return lock.getLockInfo(&pid, &host, &application) && pid > 0;
}
} // namespace

Result<std::unique_ptr<QLockFile>> acquireProcessLock(const QString &lockPath)
{
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError && !hasOwnerInfo(*lock)) {
        QThread::msleep(OwnerWriteGraceMs);
        if (!hasOwnerInfo(*lock)) {
            qCWarning(lcStore) << "taking over an ownerless lock file left by a crash:" << lockPath;
            lock->removeStaleLockFile();
            if (lock->tryLock(0))
                return lock;
        }
    }
    if (lock->error() == QLockFile::LockFailedError)
        return fail(ErrorCode::Locked, SqliteError::messageFor(ErrorCode::Locked));
    return fail(ErrorCode::Io, SqliteError::messageFor(ErrorCode::Io), QStringLiteral("cannot create the lock file %1").arg(lockPath));
}

} // namespace GovDesk::Core
