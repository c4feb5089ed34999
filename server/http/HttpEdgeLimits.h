// HttpEdgeLimits: what the HTTPS edge allows a connection before the protocol sees a request —
// sizes, timeouts and connection counts. Each is a `serve` option; the ones a client can run into
// are announced in /v1/info (docs/sync-protocol.md, Limits).
#pragma once

#include <QThread>
#include <QtGlobal>
#include <algorithm>

namespace GovDesk::Server {

struct HttpEdgeLimits
{
    // The request line and every header field together; more is 431 and the connection closes.
    qint64 maxHeaderBytes = 16 * 1024;
    int maxHeaderCount = 64;
    // The request target (path and query); longer is 414.
    qint64 maxTargetBytes = 4 * 1024;

    // A TLS handshake not finished by then is dropped.
    int handshakeTimeoutMs = 10 * 1000;
    // A connection with no request under way (after the handshake, between keep-alive requests).
    int idleTimeoutMs = 30 * 1000;
    // From a request's first byte to the end of its header block (slow senders, "slowloris").
    int readTimeoutMs = 15 * 1000;
    // A body must arrive within readTimeoutMs plus its length at this rate: a county office's
    // slow line still uploads a 4 MiB blob chunk, a sender trickling bytes is cut off.
    qint64 minBodyBytesPerSecond = 8 * 1024;
    // Each part of an answer must be taken by the client within this time.
    int writeTimeoutMs = 30 * 1000;

    // Connections open at once; over it, and over one address's share (at most a quarter of
    // maxConnections), new ones are accepted and closed at once (accepting never pauses).
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 128;

    // Threads that run TLS and HTTP, one per core as nginx's "worker_processes auto" (one thread
    // on two cores served a fifth fewer pulls); requests themselves run on the worker lanes.
    int ioThreads = std::max(1, QThread::idealThreadCount());
    // Threads that run requests (the API lane). Two on SQLite, which writes one transaction at a
    // time anyway; on PostgreSQL a request mostly waits for the database, which answers several at
    // once, so SyncDaemon gives the lane a thread per database connection (province_bench: two
    // threads left the database idle and every request waited ~80 ms in the queue).
    int apiThreads = 2;
};

} // namespace GovDesk::Server
