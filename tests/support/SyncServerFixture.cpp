#include "SyncServerFixture.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>
#include <sys/resource.h>

namespace GovDesk::Test {

namespace {

constexpr int ProcessTimeoutMs = 20000;

Core::Error error(const QString &message)
{
    return Core::Error{Core::ErrorCode::Io, message, {}};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Extensions of a server certificate; the subjectAltName decides which host names it is good for.
QByteArray leafExtensions(const QString &subjectAltName)
{
    return "[server]\n"
           "basicConstraints = critical, CA:FALSE\n"
           "keyUsage = critical, digitalSignature, keyEncipherment\n"
           "extendedKeyUsage = serverAuth\n"
           "subjectKeyIdentifier = hash\n"
           "authorityKeyIdentifier = keyid\n"
           "subjectAltName = "
           + subjectAltName.toLatin1() + "\n";
}

QByteArray requestConfig(const QByteArray &commonName)
{
    return "[req]\nprompt = no\ndistinguished_name = dn\n[dn]\nCN = " + commonName
           + "\n"
             "[ca]\nbasicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n"
             "subjectKeyIdentifier = hash\n";
}

} // namespace

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpReply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QList<SyncServerFixture::Organisation> SyncServerFixture::defaultOrganisations()
{
    return {{QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府办公室")},
            {QStringLiteral("gx-lz-forestry"), QStringLiteral("柳州市林业和园林局")},
            {QStringLiteral("gx-lz-luzhai"), QStringLiteral("鹿寨县人民政府")}};
}

QList<SyncServerFixture::User> SyncServerFixture::defaultUsers()
{
    const QString password = QString::fromUtf8(DefaultPassword);
    return {{QStringLiteral("wangfang"),
             QStringLiteral("王芳"),
             QStringLiteral("gx-lz-gov"),
             {QStringLiteral("clerk"), QStringLiteral("reviewer")},
             password},
            {QStringLiteral("chenjing"),
             QStringLiteral("陈静"),
             QStringLiteral("gx-lz-forestry"),
             {QStringLiteral("clerk")},
             password},
            {QStringLiteral("limin"),
             QStringLiteral("李敏"),
             QStringLiteral("gx-lz-luzhai"),
             {QStringLiteral("clerk")},
             password}};
}

SyncServerFixture::SyncServerFixture() = default;

SyncServerFixture::~SyncServerFixture()
{
    kill();
}

QString SyncServerFixture::syncdPath()
{
    const QString overridden = qEnvironmentVariable("GOVDESK_SYNCD");
#ifdef GOVDESK_SYNCD_PATH
    return overridden.isEmpty() ? QStringLiteral(GOVDESK_SYNCD_PATH) : overridden;
#else
    return overridden;
#endif
}

QString SyncServerFixture::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString SyncServerFixture::dataDirectory() const
{
    return path(QStringLiteral("data"));
}
QString SyncServerFixture::logFile() const
{
    return path(QStringLiteral("syncd.log"));
}
QString SyncServerFixture::caFile() const
{
    return path(QStringLiteral("ca.pem"));
}
QString SyncServerFixture::otherCaFile() const
{
    return path(QStringLiteral("other-ca.pem"));
}

QByteArray SyncServerFixture::log() const
{
    QFile file(logFile());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static QString certificateName(SyncServerFixture::ServerCertificate certificate)
{
    switch (certificate) {
    case SyncServerFixture::ServerCertificate::Valid:
        return QStringLiteral("server");
    case SyncServerFixture::ServerCertificate::Expired:
        return QStringLiteral("expired");
    case SyncServerFixture::ServerCertificate::WrongHost:
        return QStringLiteral("wrong-host");
    case SyncServerFixture::ServerCertificate::Rsa:
        return QStringLiteral("server-rsa");
    }
    return {};
}

QString SyncServerFixture::certificateFile(ServerCertificate certificate) const
{
    return path(certificateName(certificate) + QStringLiteral(".pem"));
}

QString SyncServerFixture::keyFile(ServerCertificate certificate) const
{
    return path(certificateName(certificate) + QStringLiteral(".key"));
}

QUrl SyncServerFixture::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QUrl SyncServerFixture::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl().toString() + pathAndQuery);
}

Core::Result<QByteArray> SyncServerFixture::openssl(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(ProcessTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return std::unexpected(error(QStringLiteral("openssl %1 failed: %2")
                                         .arg(arguments.join(QLatin1Char(' ')),
                                              QString::fromLocal8Bit(process.readAllStandardError()))));
    return process.readAllStandardOutput();
}

Core::Result<> SyncServerFixture::makeLeaf(const QString &name, const QString &subjectAltName, bool expired,
                                           bool rsa)
{
    const QStringList keyOptions
        = rsa ? QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes")}
              : QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    const QString config = name + QStringLiteral(".cnf");
    if (!writeFile(path(config),
                   requestConfig("GovDesk test server " + name.toLatin1()) + leafExtensions(subjectAltName)))
        return std::unexpected(error(QStringLiteral("cannot write %1").arg(config)));
    GD_TRY(
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), config}
                + keyOptions
                + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                              QStringLiteral("-out"), name + QStringLiteral(".csr")}));
    if (!expired) {
        GD_TRY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                        QString::number(QDateTime::currentMSecsSinceEpoch()), QStringLiteral("-days"),
                        QStringLiteral("30"), QStringLiteral("-sha256"), QStringLiteral("-extfile"), config,
                        QStringLiteral("-extensions"), QStringLiteral("server"), QStringLiteral("-out"),
                        name + QStringLiteral(".pem")}));
        return {};
    }
    // `openssl x509` cannot date a certificate in the past; `openssl ca` can, with a small CA database.
    QDir(m_dir.path()).mkpath(QStringLiteral("issued"));
    if (!writeFile(path(QStringLiteral("index.txt")), {})
        || !writeFile(path(QStringLiteral("serial")), "1000\n"))
        return std::unexpected(error(QStringLiteral("cannot write the CA database")));
    const QByteArray caConfig
        = "[ca]\ndefault_ca = test\n[test]\ndir = " + m_dir.path().toUtf8()
          + "\ndatabase = $dir/index.txt\nnew_certs_dir = $dir/issued\nserial = $dir/serial\n"
            "default_md = sha256\npolicy = any\nunique_subject = no\n[any]\ncommonName = supplied\n";
    if (!writeFile(path(QStringLiteral("ca-db.cnf")), caConfig))
        return std::unexpected(error(QStringLiteral("cannot write ca-db.cnf")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto date = [](const QDateTime &time) {
        return time.toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
    };
    GD_TRY(openssl({QStringLiteral("ca"),
                    QStringLiteral("-batch"),
                    QStringLiteral("-notext"),
                    QStringLiteral("-config"),
                    QStringLiteral("ca-db.cnf"),
                    QStringLiteral("-cert"),
                    QStringLiteral("ca.pem"),
                    QStringLiteral("-keyfile"),
                    QStringLiteral("ca.key"),
                    QStringLiteral("-in"),
                    name + QStringLiteral(".csr"),
                    QStringLiteral("-out"),
                    name + QStringLiteral(".pem"),
                    QStringLiteral("-startdate"),
                    date(now.addDays(-30)),
                    QStringLiteral("-enddate"),
                    date(now.addDays(-1)),
                    QStringLiteral("-extfile"),
                    config,
                    QStringLiteral("-extensions"),
                    QStringLiteral("server")}));
    return {};
}

Core::Result<> SyncServerFixture::makeCertificates()
{
    for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("other-ca")}) {
        const QString config = ca + QStringLiteral(".cnf");
        if (!writeFile(path(config),
                       requestConfig(ca == QStringLiteral("ca") ? "GovDesk Test CA" : "Unrelated Test CA")))
            return std::unexpected(error(QStringLiteral("cannot write %1").arg(config)));
        GD_TRY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), config,
                        QStringLiteral("-extensions"), QStringLiteral("ca"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-sha256"),
                        QStringLiteral("-keyout"), ca + QStringLiteral(".key"), QStringLiteral("-out"),
                        ca + QStringLiteral(".pem")}));
    }
    GD_TRY(makeLeaf(QStringLiteral("server"), QStringLiteral("IP:127.0.0.1, DNS:localhost"), false));
    GD_TRY(makeLeaf(QStringLiteral("wrong-host"), QStringLiteral("DNS:wrong.example"), false));
    GD_TRY(
        makeLeaf(QStringLiteral("server-rsa"), QStringLiteral("IP:127.0.0.1, DNS:localhost"), false, true));
    GD_TRY(makeLeaf(QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1, DNS:localhost"), true));
    return {};
}

QString SyncServerFixture::pin(ServerCertificate certificate) const
{
    // From the key with the openssl CLI rather than through Qt: the pin must be what curl and
    // the client compute from the certificate, independently of the code under test.
    auto der = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), keyFile(certificate),
                        QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")});
    if (!der || der->isEmpty())
        return {};
    return QStringLiteral("sha256//")
           + QString::fromLatin1(QCryptographicHash::hash(*der, QCryptographicHash::Sha256).toBase64());
}

QSslConfiguration SyncServerFixture::sslConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile()));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

QStringList SyncServerFixture::databaseArguments() const
{
    if (!m_sharedDatabase.isEmpty())
        return {QStringLiteral("--database"), m_sharedDatabase};
    if (!m_postgres)
        return {};
    return {QStringLiteral("--database"), m_postgres->uri()};
}

Core::Result<QString> SyncServerFixture::admin(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.start(syncdPath(),
                  QStringList{QStringLiteral("--data"), dataDirectory(),
                              QStringLiteral("--argon2-memory-kib"), QString::number(PasswordMemoryKiB),
                              QStringLiteral("--argon2-iterations"), QStringLiteral("1")}
                      + databaseArguments() + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ProcessTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return std::unexpected(error(QStringLiteral("govdesk-syncd %1 failed (exit %2): %3")
                                         .arg(arguments.join(QLatin1Char(' ')))
                                         .arg(process.exitCode())
                                         .arg(QString::fromUtf8(process.readAllStandardError()))));
    return QString::fromUtf8(process.readAllStandardOutput());
}

Core::Result<> SyncServerFixture::setUp(const QList<Organisation> &organisations, const QList<User> &users)
{
    if (!m_dir.isValid())
        return std::unexpected(error(QStringLiteral("no temporary directory")));
    if (syncdPath().isEmpty() || !QFile::exists(syncdPath()))
        return std::unexpected(error(QStringLiteral("govdesk-syncd not found at \"%1\"").arg(syncdPath())));
    GD_TRY(makeCertificates());
    if (m_sharedDatabase.isEmpty() && qgetenv("GOVDESK_TEST_DATABASE") == "postgresql") {
        m_postgres = std::make_unique<PostgresFixture>();
        if (auto started = m_postgres->start(); !started)
            return std::unexpected(error(QStringLiteral("PostgreSQL did not start: %1\n%2")
                                             .arg(started.error().fullText(), m_postgres->log())));
    }
    for (const Organisation &organisation : organisations)
        GD_TRY(admin({QStringLiteral("org"), QStringLiteral("add"), organisation.id, organisation.name}));
    for (const User &user : users) {
        GD_TRY(admin({QStringLiteral("user"), QStringLiteral("add"), user.id, QStringLiteral("--name"),
                      user.name, QStringLiteral("--org"), user.organisation, QStringLiteral("--roles"),
                      user.roles.join(QLatin1Char(','))},
                     user.password.toUtf8() + '\n'));
    }
    return start();
}

Core::Result<> SyncServerFixture::start(const QStringList &extraArguments, ServerCertificate certificate)
{
    if (isRunning())
        return std::unexpected(error(QStringLiteral("the server is running already")));
    m_network.clearConnectionCache(); // connections to the previous process are dead
    const QStringList arguments = QStringList{QStringLiteral("--data"),
                                              dataDirectory(),
                                              QStringLiteral("--argon2-memory-kib"),
                                              QString::number(PasswordMemoryKiB),
                                              QStringLiteral("--argon2-iterations"),
                                              QStringLiteral("1"),
                                              QStringLiteral("serve"),
                                              QStringLiteral("--cert"),
                                              certificateFile(certificate),
                                              QStringLiteral("--key"),
                                              keyFile(certificate),
                                              QStringLiteral("--listen"),
                                              QStringLiteral("127.0.0.1"),
                                              QStringLiteral("--port"),
                                              QString::number(m_port),
                                              QStringLiteral("--test-faults")}
                                  + databaseArguments() + extraArguments;
    // A restart may race the old socket's release for a moment: try a few times.
    for (int attempt = 0; attempt < 20; ++attempt) {
        m_process = std::make_unique<QProcess>();
        m_process->setStandardErrorFile(logFile(), QIODevice::Append); // a file never fills up like a pipe
        if (m_descriptorLimit > 0) {
            const auto limit = static_cast<rlim_t>(m_descriptorLimit);
            m_process->setChildProcessModifier([limit] {
                const rlimit descriptors{limit, limit};
                ::setrlimit(RLIMIT_NOFILE, &descriptors);
            });
        }
        m_process->start(syncdPath(), arguments);
        if (!m_process->waitForStarted(ProcessTimeoutMs))
            return std::unexpected(
                error(QStringLiteral("cannot start govdesk-syncd: %1").arg(m_process->errorString())));
        static const QRegularExpression Listening(
            QStringLiteral("^govdesk-syncd listening on https://127\\.0\\.0\\.1:(\\d+)$"));
        QElapsedTimer timer;
        timer.start();
        while (!m_process->canReadLine() && m_process->state() == QProcess::Running
               && timer.elapsed() < ProcessTimeoutMs)
            m_process->waitForReadyRead(100);
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        const QRegularExpressionMatch match = Listening.match(line);
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            return {};
        }
        m_process->waitForFinished(ProcessTimeoutMs);
        if (m_port == 0 || !log().contains("Cannot listen"))
            break;
        QThread::msleep(100);
    }
    const QString log = QString::fromUtf8(this->log().right(2000));
    kill();
    return std::unexpected(
        error(QStringLiteral("govdesk-syncd did not start; its log ends with:\n%1").arg(log)));
}

int SyncServerFixture::stop()
{
    if (!m_process)
        return -1;
    int code = -1;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (m_process->waitForFinished(ProcessTimeoutMs) && m_process->exitStatus() == QProcess::NormalExit)
            code = m_process->exitCode();
        else
            kill();
    }
    m_process.reset();
    m_network.clearConnectionCache();
    return code;
}

void SyncServerFixture::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(ProcessTimeoutMs);
    }
    m_process.reset();
    m_network.clearConnectionCache();
}

bool SyncServerFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

HttpReply SyncServerFixture::request(const QByteArray &method, const QString &pathAndQuery,
                                     const QByteArray &body, const QString &accessToken,
                                     const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setSslConfiguration(sslConfiguration());
    if (!body.isEmpty() || method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(timeoutMs);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted (timed-out) reply is closed
        result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.elapsedMs = timer.elapsed();
    reply->deleteLater();
    return result;
}

Core::Result<QJsonObject> SyncServerFixture::signIn(const QString &user, const QString &password)
{
    const QJsonObject body{{QStringLiteral("user"), user},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device"), QStringLiteral("GovDesk test on 127.0.0.1")}};
    const HttpReply reply = request("POST", QStringLiteral("/v1/auth/sign-in"), QJsonDocument(body).toJson());
    if (reply.status != 200)
        return std::unexpected(error(QStringLiteral("sign-in of %1 answered %2: %3")
                                         .arg(user)
                                         .arg(reply.status)
                                         .arg(QString::fromUtf8(reply.body))));
    return reply.json();
}

Core::Result<> SyncServerFixture::setFault(const QString &mode, int count, const QString &path,
                                           int retryAfter, double stallSeconds)
{
    QJsonObject body{{QStringLiteral("mode"), mode},
                     {QStringLiteral("count"), count},
                     {QStringLiteral("retryAfter"), retryAfter},
                     {QStringLiteral("stallSeconds"), stallSeconds}};
    if (!path.isEmpty())
        body.insert(QStringLiteral("path"), path);
    const HttpReply reply = request("POST", QStringLiteral("/v1/test/faults"), QJsonDocument(body).toJson());
    if (reply.status != 200)
        return std::unexpected(error(QStringLiteral("setting fault %1 answered %2: %3")
                                         .arg(mode)
                                         .arg(reply.status)
                                         .arg(QString::fromUtf8(reply.body))));
    return {};
}

} // namespace GovDesk::Test
