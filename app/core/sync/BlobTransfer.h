// BlobTransfer: moves one blob between the BlobCache and the server, resuming where it stopped.
#pragma once

#include "Result.h"
#include "sync/SyncError.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace GovDesk::Core {

class BlobCache;
class SyncClient;

// Upload (the protocol's "Blobs" section): ask the server how much it has, send the rest in
// chunks of blobChunkBytes, and follow its answers — 409 blob_offset: re-read the status and go
// on from there (a chunk whose answer was lost arrived after all); 422 blob_hash_mismatch: start
// again from 0 (after checking the local bytes, which are then the suspect); already complete:
// done. Download: ranges of blobChunkBytes from the bytes already here, each stored (committed)
// as it arrives, so a dropped connection costs one chunk; the hash is checked at the end and a
// mismatch discards the bytes.
//
// Each request goes through `call`, the caller's retry policy (the engine's: token refresh,
// back-off, Retry-After, attempt and time limits); this class only decides what the answers mean.
class BlobTransfer
{
    Q_DECLARE_TR_FUNCTIONS(BlobTransfer)
public:
    using Request = std::function<SyncResult<>(const QString &accessToken)>;
    using Call = std::function<SyncResult<>(const Request &request)>;
    // Bytes of the blob on the server (upload) or here (download) so far, of `total`.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Restarts after a 422, or of a download whose bytes did not hash right, before giving up.
    static constexpr int MaxRestarts = 2;
    // 409s (or answers that move nothing) in a row before the server is judged confused.
    static constexpr int MaxStalls = 5;

    BlobTransfer(SyncClient &client, BlobCache &cache, Call call, ServerLimits limits);

    // Nothing to do when the cache marks the blob uploaded. The blob must be complete here.
    [[nodiscard]] SyncResult<> upload(const QString &sha256, const std::atomic_bool &cancel,
                                      const Progress &progress = {});
    // Nothing to do when the blob is complete here.
    [[nodiscard]] SyncResult<> download(const QString &sha256, const std::atomic_bool &cancel,
                                        const Progress &progress = {});

    // The database error behind the last SyncError of kind Local with code "local", if any:
    // such a failure is the profile's, not the blob's.
    [[nodiscard]] const std::optional<Error> &localFailure() const { return m_localFailure; }

    // A failure of this blob alone (too large, refused, not on the server, damaged here): the
    // caller sets aside what needs it and goes on. Any other failure (offline, signed out,
    // cancelled, the local database) ends the caller's run.
    [[nodiscard]] static bool affectsOnlyThisBlob(const SyncError &error);

private:
    // Where the server's copy of an upload continues: its received bytes, 0 for none, nullopt
    // when it is complete already.
    [[nodiscard]] SyncResult<std::optional<qint64>> resumePoint(const QString &sha256, qint64 size);
    [[nodiscard]] SyncError local(const Error &error);
    [[nodiscard]] SyncError blobError(SyncError::Kind kind, const QString &code, const QString &message,
                                      const QString &detail) const;
    [[nodiscard]] SyncError cancelled() const;

    SyncClient &m_client;
    BlobCache &m_cache;
    Call m_call;
    ServerLimits m_limits;
    std::optional<Error> m_localFailure;
};

} // namespace GovDesk::Core
