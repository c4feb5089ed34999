// Wire types of the blob (attachment) endpoints of sync protocol v1, as SyncClient reads them.
#pragma once

#include <QByteArray>
#include <QString>

namespace GovDesk::Core {

// GET /v1/blobs/<sha256>/status. A blob the server has no bytes of is a 404, which SyncClient
// answers as "no status" rather than as an error: it is the normal start of an upload.
struct BlobServerStatus
{
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};

// PUT /v1/blobs/<sha256>?offset=&size=. The 409 and 422 answers are part of the upload's normal
// course (another attempt got there first; the bytes did not hash right), not failures of the
// request, so they come back here instead of as a SyncError.
struct BlobChunkAnswer
{
    enum class Kind {
        Accepted,       // more chunks expected; `received` is where the next one starts
        Complete,       // the server has the whole blob and its hash matched
        OffsetMismatch, // 409 blob_offset: re-read the status, resume there
        HashMismatch,   // 422 blob_hash_mismatch: the server discarded the upload; restart from 0
    };
    Kind kind = Kind::Accepted;
    qint64 received = 0;
};

// GET /v1/blobs/<sha256> with a Range header.
struct BlobBytes
{
    enum class Kind {
        Bytes,              // `bytes` start at `firstByte` of a blob of `totalSize` bytes
        RangeNotSatisfiable, // 416: the range starts at or after the end; download from 0
    };
    Kind kind = Kind::Bytes;
    QByteArray bytes;
    qint64 firstByte = 0;
    qint64 totalSize = 0;
};

} // namespace GovDesk::Core
