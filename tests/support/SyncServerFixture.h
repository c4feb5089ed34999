// SyncServerFixture: a real govdesk-syncd for tests — a test CA and server certificates made with
// the openssl CLI, organisations and users created through the admin CLI, HTTPS on a free port.
//
// A test using it links govdesk-test-support and needs `add_dependencies(<test> govdesk-syncd)`;
// the environment variable GOVDESK_SYNCD overrides the binary (e.g. an installed one), and
// GOVDESK_TEST_DATABASE=postgresql runs it on a PostgreSQL server of the fixture's own
// (PostgresFixture) instead of SQLite: the protocol tests run on both back-ends.
#pragma once

#include "PostgresFixture.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace GovDesk::Test {

struct HttpReply
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    // The "code" of a protocol error body, or empty.
    [[nodiscard]] QString errorCode() const;
};

class SyncServerFixture
{
public:
    struct Organisation
    {
        QString id;
        QString name;
    };
    struct User
    {
        QString id;
        QString name;
        QString organisation;
        QStringList roles;
        QString password;
    };
    // Which certificate the server presents: the good one (EC P-256), one a client must refuse, or
    // a good one with an RSA key (for TLS tests of the RSA cipher suites).
    enum class ServerCertificate { Valid, Expired, WrongHost, Rsa };

    // Cheap Argon2id hashes: the tests measure behaviour, not password cost.
    static constexpr int PasswordMemoryKiB = 64;
    // gx-lz-gov, gx-lz-forestry, gx-lz-luzhai: enough for "A sends to B, not to C".
    [[nodiscard]] static QList<Organisation> defaultOrganisations();
    // wangfang (gx-lz-gov), chenjing (gx-lz-forestry), limin (gx-lz-luzhai), password below.
    [[nodiscard]] static QList<User> defaultUsers();
    static constexpr const char *DefaultPassword = "correct-horse-柳州";

    SyncServerFixture();
    ~SyncServerFixture(); // kills the server if it still runs
    SyncServerFixture(const SyncServerFixture &) = delete;
    SyncServerFixture &operator=(const SyncServerFixture &) = delete;

    // Certificates, organisations and users, then start(). Call once.
    [[nodiscard]] Core::Result<> setUp(const QList<Organisation> &organisations = defaultOrganisations(),
                                       const QList<User> &users = defaultUsers());
    // `serve --port 0 --test-faults` the first time; later on the same port and data directory
    // (a restart after stop() or kill()). `extraArguments` go to serve (e.g. --rate-per-minute 5).
    [[nodiscard]] Core::Result<> start(const QStringList &extraArguments = {},
                                       ServerCertificate certificate = ServerCertificate::Valid);
    // The open-file limit (soft and hard) of servers started from now on; 0 leaves it as it is.
    void setDescriptorLimit(int descriptors) { m_descriptorLimit = descriptors; }
    // SIGTERM, as a service manager stops it; returns the exit code (-1 if it had to be killed).
    int stop();
    // SIGKILL: a crash or power cut from the server's point of view.
    void kill();
    [[nodiscard]] bool isRunning() const;
    // The server's process id while it runs (its /proc entry tells its memory), else 0.
    [[nodiscard]] qint64 processId() const { return isRunning() ? m_process->processId() : 0; }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl url(const QString &pathAndQuery) const;
    [[nodiscard]] QString dataDirectory() const;
    [[nodiscard]] QString logFile() const;
    [[nodiscard]] QByteArray log() const;

    [[nodiscard]] QString caFile() const;      // the CA that signed every server certificate
    [[nodiscard]] QString otherCaFile() const; // an unrelated CA: trusting only it must fail
    [[nodiscard]] QString certificateFile(ServerCertificate certificate = ServerCertificate::Valid) const;
    [[nodiscard]] QString keyFile(ServerCertificate certificate = ServerCertificate::Valid) const;
    // curl's pin format: "sha256//" + base64(SHA-256(DER SubjectPublicKeyInfo)) of the server key.
    [[nodiscard]] QString pin(ServerCertificate certificate = ServerCertificate::Valid) const;
    // Trusts the test CA only; peer verification on.
    [[nodiscard]] QSslConfiguration sslConfiguration() const;

    // Synchronous HTTPS through a QNetworkAccessManager that trusts caFile().
    [[nodiscard]] HttpReply request(const QByteArray &method, const QString &pathAndQuery,
                                    const QByteArray &body = {}, const QString &accessToken = {},
                                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                    int timeoutMs = 10000);
    // The sign-in answer (accessToken, refreshToken, user …) of a user of defaultUsers() by default.
    [[nodiscard]] Core::Result<QJsonObject> signIn(const QString &user, const QString &password
                                                                        = QString::fromUtf8(DefaultPassword));
    // Arms POST /v1/test/faults (mode: status500, status503, drop, truncate, stall, none).
    [[nodiscard]] Core::Result<> setFault(const QString &mode, int count = 1, const QString &path = {},
                                          int retryAfter = 1, double stallSeconds = 1.0);
    [[nodiscard]] Core::Result<> clearFaults() { return setFault(QStringLiteral("none"), 0); }

    // Runs `govdesk-syncd --data <dir> --argon2-memory-kib … --argon2-iterations 1 <arguments>` with `input`
    // on stdin; its standard output on success.
    [[nodiscard]] Core::Result<QString> admin(const QStringList &arguments,
                                              const QByteArray &input = {}) const;
    [[nodiscard]] static QString syncdPath();
    // Runs on this PostgreSQL database (shared with other fixtures: several instances) instead of
    // SQLite or a server of its own. Call before setUp().
    void useDatabase(const QString &uri) { m_sharedDatabase = uri; }
    // "--database <uri>" when the server runs on PostgreSQL, else nothing.
    [[nodiscard]] QStringList databaseArguments() const;

private:
    [[nodiscard]] Core::Result<> makeCertificates();
    [[nodiscard]] Core::Result<QByteArray> openssl(const QStringList &arguments) const;
    [[nodiscard]] Core::Result<> makeLeaf(const QString &name, const QString &subjectAltName, bool expired,
                                          bool rsa = false);
    [[nodiscard]] QString path(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresFixture> m_postgres; // declared before the server process: stopped after it
    QString m_sharedDatabase;
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    int m_descriptorLimit = 0;
};

} // namespace GovDesk::Test
