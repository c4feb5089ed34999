#include "SqliteSyncRepository.h"

#include "ServerLogging.h"
#include "crypto/SecureBytes.h"
#include "sync/BlobReferences.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace GovDesk::Server {

using Core::Statement;

namespace {

// Types and constraints that PostgreSQL reads the same way (BIGINT, VARCHAR, composite keys);
// JSON is TEXT because SQLite 3.15 has no JSON type and the server never queries inside it.
const char *const SchemaV1 = R"sql(
CREATE TABLE organisations (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE users (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    org_id VARCHAR(64) NOT NULL REFERENCES organisations (id),
    roles TEXT NOT NULL,
    password_hash TEXT NOT NULL
);
CREATE INDEX users_org ON users (org_id);
CREATE TABLE tokens (
    token_hash CHAR(64) NOT NULL PRIMARY KEY,
    kind VARCHAR(8) NOT NULL CHECK (kind IN ('access', 'refresh')),
    user_id VARCHAR(64) NOT NULL REFERENCES users (id),
    session_id VARCHAR(64) NOT NULL,
    device TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX tokens_session ON tokens (session_id);
CREATE INDEX tokens_user ON tokens (user_id);
CREATE INDEX tokens_expiry ON tokens (expires_at);
CREATE TABLE change_counter (
    name VARCHAR(32) NOT NULL PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO change_counter (name, value) VALUES ('records', 0);
CREATE TABLE records (
    collection VARCHAR(64) NOT NULL,
    record_id VARCHAR(128) NOT NULL,
    owner_org VARCHAR(64) NOT NULL REFERENCES organisations (id),
    recipients TEXT NOT NULL,
    revision BIGINT NOT NULL,
    deleted SMALLINT NOT NULL,
    payload TEXT NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    seq BIGINT NOT NULL UNIQUE,
    PRIMARY KEY (collection, record_id)
);
CREATE TABLE record_access (
    org_id VARCHAR(64) NOT NULL REFERENCES organisations (id),
    collection VARCHAR(64) NOT NULL,
    record_id VARCHAR(128) NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (org_id, collection, record_id),
    FOREIGN KEY (collection, record_id) REFERENCES records (collection, record_id)
);
CREATE INDEX record_access_pull ON record_access (org_id, seq);
CREATE INDEX record_access_record ON record_access (collection, record_id);
CREATE TABLE ops (
    op_id VARCHAR(128) NOT NULL PRIMARY KEY,
    user_id VARCHAR(64) NOT NULL REFERENCES users (id),
    status VARCHAR(16) NOT NULL CHECK (status IN ('applied', 'rejected')),
    revision BIGINT NOT NULL,
    reason_code VARCHAR(32),
    reason_message TEXT,
    created_at VARCHAR(32) NOT NULL
);
CREATE TABLE blobs (
    sha256 CHAR(64) NOT NULL PRIMARY KEY,
    size BIGINT NOT NULL,
    received BIGINT NOT NULL,
    complete SMALLINT NOT NULL
);
)sql";

// Blobs scoped by organisation: uploads in progress belong to one organisation, and a complete
// blob is readable by the organisations that uploaded it or read a record naming it. Who uploaded
// the blobs stored before is unknown, so they stay readable through records only; their partial
// uploads are dropped (clients start them again: status 404 means "from 0").
const char *const SchemaV2 = R"sql(
CREATE TABLE blob_uploads (
    sha256 CHAR(64) NOT NULL,
    org_id VARCHAR(64) NOT NULL REFERENCES organisations (id),
    size BIGINT NOT NULL,
    received BIGINT NOT NULL,
    PRIMARY KEY (sha256, org_id)
);
CREATE TABLE blob_access (
    sha256 CHAR(64) NOT NULL,
    org_id VARCHAR(64) NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (sha256, org_id)
);
CREATE TABLE record_blobs (
    collection VARCHAR(64) NOT NULL,
    record_id VARCHAR(128) NOT NULL,
    sha256 CHAR(64) NOT NULL,
    PRIMARY KEY (collection, record_id, sha256),
    FOREIGN KEY (collection, record_id) REFERENCES records (collection, record_id)
);
CREATE INDEX record_blobs_sha256 ON record_blobs (sha256);
DELETE FROM blobs WHERE complete = 0;
)sql";

// Roles and permissions: who may read and write each collection, and which roles an action (a
// field given one value) needs. Users' roles stay where schema 1 put them (users.roles, JSON):
// they are read with the user at every request anyway.
const char *const SchemaV3 = R"sql(
CREATE TABLE collection_permissions (
    collection VARCHAR(64) NOT NULL PRIMARY KEY,
    read_roles TEXT NOT NULL,
    write_roles TEXT NOT NULL
);
CREATE TABLE action_permissions (
    collection VARCHAR(64) NOT NULL,
    field VARCHAR(64) NOT NULL,
    value TEXT NOT NULL,
    roles TEXT NOT NULL,
    PRIMARY KEY (collection, field, value)
);
)sql";

// Values nobody may push (ActionPermission::refusal), and the one every server needs: 涉密公文
// 不得在非涉密网络传输 — a classified document never goes through the exchange.
const char *const SchemaV4 = R"sql(
ALTER TABLE action_permissions ADD COLUMN refusal TEXT NOT NULL DEFAULT '';
INSERT INTO action_permissions (collection, field, value, roles, refusal) VALUES
    ('documents.document', 'classification', '秘密', '[]',
     '密级为「秘密」的公文不得在非涉密网络传输 (classified documents never go through the exchange).'),
    ('documents.document', 'classification', '机密', '[]',
     '密级为「机密」的公文不得在非涉密网络传输 (classified documents never go through the exchange).'),
    ('documents.document', 'classification', '绝密', '[]',
     '密级为「绝密」的公文不得在非涉密网络传输 (classified documents never go through the exchange).');
)sql";

// Numbered series (发文字号): the last number taken per organisation, series and year, and every
// number handed out, once per op id and once per record.
const char *const SchemaV5 = R"sql(
CREATE TABLE number_series (
    org_id VARCHAR(64) NOT NULL REFERENCES organisations (id),
    series VARCHAR(64) NOT NULL,
    year INTEGER NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (org_id, series, year)
);
CREATE TABLE number_allocations (
    op_id VARCHAR(128) NOT NULL PRIMARY KEY,
    user_id VARCHAR(64) NOT NULL REFERENCES users (id),
    org_id VARCHAR(64) NOT NULL REFERENCES organisations (id),
    series VARCHAR(64) NOT NULL,
    year INTEGER NOT NULL,
    number BIGINT NOT NULL,
    collection VARCHAR(64) NOT NULL,
    record_id VARCHAR(128) NOT NULL,
    allocated_at VARCHAR(32) NOT NULL,
    UNIQUE (org_id, series, year, number),
    UNIQUE (collection, record_id, series, year)
);
)sql";

// Electronic seals (电子签章): the server's seal CA (one row) and one SM2 seal per organisation.
// Private keys are PEM text like the rest of this file, which the data directory's permissions
// protect; the client keeps its copy only inside the encrypted profile.
const char *const SchemaV6 = R"sql(
CREATE TABLE seal_authority (
    id SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    certificate_pem TEXT NOT NULL,
    private_key_pem TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL
);
CREATE TABLE organisation_seals (
    org_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES organisations (id),
    seal_id VARCHAR(64) NOT NULL UNIQUE,
    seal_name TEXT NOT NULL,
    certificate_pem TEXT NOT NULL,
    private_key_pem TEXT NOT NULL,
    issued_at VARCHAR(32) NOT NULL,
    valid_until VARCHAR(32) NOT NULL
);
)sql";

// 套红: each organisation's red-header templates (RedHeaderTemplate as JSON), one per key — its
// format, or format and the 文种 it overrides ("file:通报"); in the order the administrator set them.
const char *const SchemaV7 = R"sql(
CREATE TABLE red_header_templates (
    org_id VARCHAR(64) NOT NULL REFERENCES organisations (id),
    template_key VARCHAR(200) NOT NULL,
    position BIGINT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (org_id, template_key)
);
)sql";

// Statement::bind(QString) writes SQL NULL for a null QString; NOT NULL columns get "".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        list << value.toString();
    return list;
}

QString kindName(TokenKind kind)
{
    return kind == TokenKind::Access ? QStringLiteral("access") : QStringLiteral("refresh");
}

// Steps a prepared, bound statement once; nullopt when there is no row.
template<typename T, typename Read>
Result<std::optional<T>> single(Result<Statement> statement, const std::function<void(Statement &)> &bind, Read read)
{
    if (!statement)
        return std::unexpected(statement.error());
    bind(*statement);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<T>();
    return std::optional<T>(read(*statement));
}

// Every row, read in order; single()'s twin for lists.
template<typename T, typename Read>
Result<QList<T>> many(Result<Statement> statement, const std::function<void(Statement &)> &bind, Read read)
{
    if (!statement)
        return std::unexpected(statement.error());
    bind(*statement);
    QList<T> rows;
    GD_TRY(statement->forEachRow([&](const Statement &row) { rows.append(read(row)); }));
    return rows;
}

UserAccount readUser(const Statement &row)
{
    return {row.text(0), row.text(1), row.text(2), stringList(row.text(3)), row.text(4)};
}

// Everything of a row of RecordColumns but the payload.
RecordState readRecordHead(const Statement &row)
{
    RecordState record;
    record.collection = row.text(0);
    record.recordId = row.text(1);
    record.owner = row.text(2);
    record.recipients = stringList(row.text(3));
    record.revision = row.int64(4);
    record.deleted = row.int64(5) != 0;
    record.updatedAt = row.text(7);
    record.updatedBy = row.text(8);
    record.seq = row.int64(9);
    return record;
}

RecordState readRecord(const Statement &row)
{
    RecordState record = readRecordHead(row);
    record.payload = QJsonDocument::fromJson(row.blob(6)).object();
    return record;
}

// Migration 2: the blobs that records stored before it name (the payload is parsed in C++, the
// same way as for every later change).
Result<> indexRecordBlobs(Core::Database &db)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT collection, record_id, payload FROM records WHERE payload LIKE '%\"attachments\"%'"));
    if (!select)
        return std::unexpected(select.error());
    QList<std::tuple<QString, QString, QString>> rows;
    GD_TRY(select->forEachRow([&](const Statement &) {
        for (const Core::AttachmentRef &ref :
             Core::BlobReferences::of(QJsonDocument::fromJson(select->text(2).toUtf8()).object()))
            rows.append({select->text(0), select->text(1), ref.sha256});
    }));
    select.value() = Statement();
    for (const auto &[collection, recordId, sha256] : std::as_const(rows)) {
        auto insert = db.prepare(QStringLiteral("INSERT INTO record_blobs (collection, record_id, sha256) VALUES (?1, ?2, ?3)"));
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, collection).bind(2, recordId).bind(3, sha256);
        GD_TRY(insert->exec());
    }
    return {};
}

// " AND <column> [NOT] IN (?n, …)" for `values`, numbering parameters from `firstParameter`.
QString inList(const QString &column, const QStringList &values, int firstParameter, bool negated)
{
    if (values.isEmpty())
        return {};
    QStringList parameters;
    for (qsizetype i = 0; i < values.size(); ++i)
        parameters << QStringLiteral("?%1").arg(firstParameter + i);
    return QStringLiteral(" AND %1 %2 (%3)")
        .arg(column, negated ? QStringLiteral("NOT IN") : QStringLiteral("IN"), parameters.join(QStringLiteral(", ")));
}

QString notIn(const QString &column, const QStringList &values, int firstParameter)
{
    return inList(column, values, firstParameter, true);
}

void bindList(Statement &statement, const QStringList &values, int firstParameter)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bind(static_cast<int>(firstParameter + i), values.at(i));
}

CollectionPermission readCollectionPermission(const Statement &row)
{
    return {row.text(0), stringList(row.text(1)), stringList(row.text(2))};
}

const QString RecordColumns = QStringLiteral(
    "r.collection, r.record_id, r.owner_org, r.recipients, r.revision, r.deleted, r.payload,"
    " r.updated_at, r.updated_by, r.seq");

} // namespace

SqliteSyncRepository::SqliteSyncRepository(std::unique_ptr<Core::Database> db)
    : m_db(std::move(db))
{
}

SqliteSyncRepository::~SqliteSyncRepository() = default;

Result<std::unique_ptr<SqliteSyncRepository>> SqliteSyncRepository::open(const QString &path, OpenOptions options)
{
    auto db = Core::Database::open(path, Core::SecureBytes(),
                                   {.create = true, .lockProfile = options.exclusive, .checkApplicationId = false});
    if (!db)
        return std::unexpected(db.error());
    Core::MigrationRunner runner;
    GD_TRY(runner.add(QStringLiteral("syncd"),
                      {{.version = 1, .description = QStringLiteral("organisations, users, tokens, records, ops, blobs"),
                        .sql = QString::fromUtf8(SchemaV1)},
                       {.version = 2, .description = QStringLiteral("blob uploads and access by organisation"),
                        .sql = QString::fromUtf8(SchemaV2), .code = indexRecordBlobs},
                       {.version = 3, .description = QStringLiteral("collection and action permissions by role"),
                        .sql = QString::fromUtf8(SchemaV3)},
                       {.version = 4, .description = QStringLiteral("values nobody may push"),
                        .sql = QString::fromUtf8(SchemaV4)},
                       {.version = 5, .description = QStringLiteral("numbered series (发文字号)"),
                        .sql = QString::fromUtf8(SchemaV5)},
                       {.version = 6, .description = QStringLiteral("seal CA and organisation seals (电子签章)"),
                        .sql = QString::fromUtf8(SchemaV6)},
                       {.version = 7, .description = QStringLiteral("red-header templates (套红)"),
                        .sql = QString::fromUtf8(SchemaV7)}}));
    GD_TRY(runner.run(**db));
    return std::unique_ptr<SqliteSyncRepository>(new SqliteSyncRepository(std::move(*db)));
}

Result<> SqliteSyncRepository::inTransaction(const std::function<Result<>()> &work)
{
    const std::scoped_lock lock(m_mutex);
    auto transaction = Core::Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto done = work(); !done) {
        transaction->rollback();
        return done;
    }
    return transaction->commit();
}

Result<> SqliteSyncRepository::run(const QString &sql, const std::function<void(Statement &)> &bind)
{
    auto statement = m_db->prepareCached(sql);
    if (!statement)
        return std::unexpected(statement.error());
    bind(*statement);
    return statement->exec();
}

Result<> SqliteSyncRepository::addOrganisation(const Organisation &organisation)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("INSERT INTO organisations (id, name) VALUES (?1, ?2)"),
               [&](Statement &s) { s.bind(1, organisation.id).bind(2, text(organisation.name)); });
}

Result<std::optional<Organisation>> SqliteSyncRepository::organisation(const QString &id)
{
    const std::scoped_lock lock(m_mutex);
    return single<Organisation>(m_db->prepareCached(QStringLiteral("SELECT id, name FROM organisations WHERE id = ?1")),
                                [&](Statement &s) { s.bind(1, id); },
                                [](const Statement &row) { return Organisation{row.text(0), row.text(1)}; });
}

Result<QList<Organisation>> SqliteSyncRepository::organisations()
{
    const std::scoped_lock lock(m_mutex);
    return many<Organisation>(m_db->prepareCached(QStringLiteral("SELECT id, name FROM organisations ORDER BY id")),
                              [](Statement &) {}, [](const Statement &row) -> Organisation {
                                  return {row.text(0), row.text(1)};
                              });
}

Result<> SqliteSyncRepository::addUser(const UserAccount &user)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("INSERT INTO users (id, name, org_id, roles, password_hash) VALUES (?1, ?2, ?3, ?4, ?5)"),
               [&](Statement &s) {
                   s.bind(1, user.id).bind(2, text(user.name)).bind(3, user.organisationId)
                       .bind(4, jsonText(user.roles)).bind(5, user.passwordHash);
               });
}

Result<std::optional<UserAccount>> SqliteSyncRepository::user(const QString &id)
{
    const std::scoped_lock lock(m_mutex);
    return single<UserAccount>(
        m_db->prepareCached(QStringLiteral("SELECT id, name, org_id, roles, password_hash FROM users WHERE id = ?1")),
        [&](Statement &s) { s.bind(1, id); }, readUser);
}

Result<QList<UserAccount>> SqliteSyncRepository::users()
{
    const std::scoped_lock lock(m_mutex);
    return many<UserAccount>(m_db->prepareCached(QStringLiteral(
                                 "SELECT id, name, org_id, roles, password_hash FROM users ORDER BY org_id, id")),
                             [](Statement &) {}, readUser);
}

Result<> SqliteSyncRepository::setPasswordHash(const QString &userId, const QString &passwordHash)
{
    const std::scoped_lock lock(m_mutex);
    GD_TRY(run(QStringLiteral("UPDATE OR FAIL users SET password_hash = ?2 WHERE id = ?1"),
               [&](Statement &s) { s.bind(1, userId).bind(2, passwordHash); }));
    if (m_db->changes() == 0)
        return Core::fail(Core::ErrorCode::NotFound, QStringLiteral("No user %1.").arg(userId));
    return {};
}

Result<> SqliteSyncRepository::setUserRoles(const QString &userId, const QStringList &roles)
{
    const std::scoped_lock lock(m_mutex);
    GD_TRY(run(QStringLiteral("UPDATE users SET roles = ?2 WHERE id = ?1"),
               [&](Statement &s) { s.bind(1, userId).bind(2, jsonText(roles)); }));
    if (m_db->changes() == 0)
        return Core::fail(Core::ErrorCode::NotFound, QStringLiteral("No user %1.").arg(userId));
    return {};
}

Result<QList<CollectionPermission>> SqliteSyncRepository::collectionPermissions()
{
    const std::scoped_lock lock(m_mutex);
    return many<CollectionPermission>(
        m_db->prepareCached(QStringLiteral(
            "SELECT collection, read_roles, write_roles FROM collection_permissions ORDER BY collection")),
        [](Statement &) {}, readCollectionPermission);
}

Result<std::optional<CollectionPermission>> SqliteSyncRepository::collectionPermission(const QString &collection)
{
    const std::scoped_lock lock(m_mutex);
    return single<CollectionPermission>(
        m_db->prepareCached(QStringLiteral(
            "SELECT collection, read_roles, write_roles FROM collection_permissions WHERE collection = ?1")),
        [&](Statement &s) { s.bind(1, collection); }, readCollectionPermission);
}

Result<> SqliteSyncRepository::saveCollectionPermission(const CollectionPermission &permission)
{
    const std::scoped_lock lock(m_mutex);
    const auto bind = [&](Statement &s) {
        s.bind(1, permission.collection).bind(2, jsonText(permission.readRoles)).bind(3, jsonText(permission.writeRoles));
    };
    GD_TRY(run(QStringLiteral("UPDATE collection_permissions SET read_roles = ?2, write_roles = ?3 WHERE collection = ?1"),
               bind));
    if (m_db->changes() > 0)
        return {};
    return run(QStringLiteral("INSERT INTO collection_permissions (collection, read_roles, write_roles) VALUES (?1, ?2, ?3)"),
               bind);
}

Result<> SqliteSyncRepository::removeCollectionPermission(const QString &collection)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("DELETE FROM collection_permissions WHERE collection = ?1"),
               [&](Statement &s) { s.bind(1, collection); });
}

Result<QList<ActionPermission>> SqliteSyncRepository::actionPermissions(const QString &collection)
{
    const std::scoped_lock lock(m_mutex);
    return many<ActionPermission>(
        m_db->prepareCached(QStringLiteral(
            "SELECT collection, field, value, roles, refusal FROM action_permissions WHERE ?1 = '' OR collection = ?1"
            " ORDER BY collection, field, value")),
        [&](Statement &s) { s.bind(1, text(collection)); },
        [](const Statement &row) -> ActionPermission {
            return {row.text(0), row.text(1), row.text(2), stringList(row.text(3)), row.text(4)};
        });
}

Result<> SqliteSyncRepository::saveActionPermission(const ActionPermission &permission)
{
    const std::scoped_lock lock(m_mutex);
    const auto bind = [&](Statement &s) {
        s.bind(1, permission.collection).bind(2, permission.field).bind(3, text(permission.value))
            .bind(4, jsonText(permission.roles)).bind(5, text(permission.refusal));
    };
    GD_TRY(run(QStringLiteral("UPDATE action_permissions SET roles = ?4, refusal = ?5"
                              " WHERE collection = ?1 AND field = ?2 AND value = ?3"),
               bind));
    if (m_db->changes() > 0)
        return {};
    return run(QStringLiteral("INSERT INTO action_permissions (collection, field, value, roles, refusal)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)"),
               bind);
}

Result<> SqliteSyncRepository::removeActionPermission(const QString &collection, const QString &field,
                                                      const QString &value)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("DELETE FROM action_permissions WHERE collection = ?1 AND field = ?2 AND value = ?3"),
               [&](Statement &s) { s.bind(1, collection).bind(2, field).bind(3, text(value)); });
}

Result<> SqliteSyncRepository::addToken(const StoredToken &token)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("INSERT INTO tokens (token_hash, kind, user_id, session_id, device, expires_at)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
               [&](Statement &s) {
                   s.bind(1, QString::fromLatin1(token.tokenHash)).bind(2, kindName(token.kind)).bind(3, token.userId)
                       .bind(4, token.sessionId).bind(5, text(token.device)).bind(6, token.expiresAt);
               });
}

Result<std::optional<StoredToken>> SqliteSyncRepository::token(const QByteArray &tokenHash)
{
    const std::scoped_lock lock(m_mutex);
    return single<StoredToken>(
        m_db->prepareCached(QStringLiteral(
            "SELECT token_hash, kind, user_id, session_id, device, expires_at FROM tokens WHERE token_hash = ?1")),
        [&](Statement &s) { s.bind(1, QString::fromLatin1(tokenHash)); },
        [](const Statement &row) {
            return StoredToken{row.text(0).toLatin1(),
                               row.text(1) == QStringLiteral("access") ? TokenKind::Access : TokenKind::Refresh,
                               row.text(2), row.text(3), row.text(4), row.int64(5)};
        });
}

Result<> SqliteSyncRepository::removeToken(const QByteArray &tokenHash)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?1"),
               [&](Statement &s) { s.bind(1, QString::fromLatin1(tokenHash)); });
}

Result<> SqliteSyncRepository::removeSession(const QString &sessionId)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("DELETE FROM tokens WHERE session_id = ?1"), [&](Statement &s) { s.bind(1, sessionId); });
}

Result<> SqliteSyncRepository::removeUserTokens(const QString &userId)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("DELETE FROM tokens WHERE user_id = ?1"), [&](Statement &s) { s.bind(1, userId); });
}

Result<> SqliteSyncRepository::removeTokensExpiredBefore(qint64 epochSeconds)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?1"), [&](Statement &s) { s.bind(1, epochSeconds); });
}

Result<std::optional<StoredOp>> SqliteSyncRepository::op(const QString &opId)
{
    const std::scoped_lock lock(m_mutex);
    return single<StoredOp>(
        m_db->prepareCached(QStringLiteral("SELECT op_id, user_id, status, revision, reason_code, reason_message, created_at"
                                     " FROM ops WHERE op_id = ?1")),
        [&](Statement &s) { s.bind(1, opId); },
        [](const Statement &row) {
            return StoredOp{row.text(0), row.text(1), row.text(2), row.int64(3), row.text(4), row.text(5), row.text(6)};
        });
}

Result<> SqliteSyncRepository::addOp(const StoredOp &op)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("INSERT INTO ops (op_id, user_id, status, revision, reason_code, reason_message, created_at)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
               [&](Statement &s) {
                   s.bind(1, op.opId).bind(2, op.userId).bind(3, op.status).bind(4, op.revision)
                       .bind(5, op.reasonCode).bind(6, op.reasonMessage).bind(7, text(op.createdAt));
               });
}

namespace {

const QString AllocationColumns
    = QStringLiteral("op_id, user_id, org_id, series, year, number, collection, record_id, allocated_at");

NumberAllocation readAllocation(const Statement &row)
{
    return {row.text(0), row.text(1), row.text(2), row.text(3), row.int32(4),
            row.int64(5), row.text(6), row.text(7), row.text(8)};
}

} // namespace

Result<std::optional<NumberAllocation>> SqliteSyncRepository::numberAllocation(const QString &opId)
{
    const std::scoped_lock lock(m_mutex);
    return single<NumberAllocation>(
        m_db->prepareCached(QStringLiteral("SELECT %1 FROM number_allocations WHERE op_id = ?1").arg(AllocationColumns)),
        [&](Statement &s) { s.bind(1, opId); }, readAllocation);
}

Result<std::optional<NumberAllocation>> SqliteSyncRepository::numberAllocationFor(const QString &collection,
                                                                                  const QString &recordId,
                                                                                  const QString &series, int year)
{
    const std::scoped_lock lock(m_mutex);
    return single<NumberAllocation>(
        m_db->prepareCached(QStringLiteral("SELECT %1 FROM number_allocations"
                                           " WHERE collection = ?1 AND record_id = ?2 AND series = ?3 AND year = ?4")
                                .arg(AllocationColumns)),
        [&](Statement &s) { s.bind(1, collection).bind(2, recordId).bind(3, series).bind(4, year); }, readAllocation);
}

Result<qint64> SqliteSyncRepository::takeNextNumber(const QString &organisationId, const QString &series, int year)
{
    const std::scoped_lock lock(m_mutex);
    const auto bind = [&](Statement &s) { s.bind(1, organisationId).bind(2, series).bind(3, year); };
    GD_TRY(run(QStringLiteral("UPDATE number_series SET last_number = last_number + 1"
                              " WHERE org_id = ?1 AND series = ?2 AND year = ?3"),
               bind));
    if (m_db->changes() == 0) {
        GD_TRY(run(QStringLiteral("INSERT INTO number_series (org_id, series, year, last_number) VALUES (?1, ?2, ?3, 1)"),
                   bind));
        return 1;
    }
    auto taken = single<qint64>(
        m_db->prepareCached(QStringLiteral(
            "SELECT last_number FROM number_series WHERE org_id = ?1 AND series = ?2 AND year = ?3")),
        bind, [](const Statement &row) { return row.int64(0); });
    if (!taken)
        return std::unexpected(taken.error());
    return taken->value_or(0);
}

Result<> SqliteSyncRepository::saveNumberAllocation(const NumberAllocation &allocation)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("INSERT INTO number_allocations (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                   .arg(AllocationColumns),
               [&](Statement &s) {
                   s.bind(1, allocation.opId).bind(2, allocation.userId).bind(3, allocation.organisationId)
                       .bind(4, allocation.series).bind(5, allocation.year).bind(6, allocation.number)
                       .bind(7, allocation.collection).bind(8, allocation.recordId).bind(9, text(allocation.allocatedAt));
               });
}

Result<std::optional<RecordState>> SqliteSyncRepository::record(const QString &collection, const QString &recordId)
{
    const std::scoped_lock lock(m_mutex);
    return single<RecordState>(
        m_db->prepareCached(QStringLiteral("SELECT %1 FROM records r WHERE r.collection = ?1 AND r.record_id = ?2")
                          .arg(RecordColumns)),
        [&](Statement &s) { s.bind(1, collection).bind(2, recordId); }, readRecord);
}

Result<QList<RecordState>> SqliteSyncRepository::liveRecords(const QString &collection, const QString &owner)
{
    const std::scoped_lock lock(m_mutex);
    return many<RecordState>(
        m_db->prepareCached(QStringLiteral("SELECT %1 FROM records r WHERE r.collection = ?1 AND r.deleted = 0"
                                           " AND (?2 = '' OR r.owner_org = ?2) ORDER BY r.record_id")
                                .arg(RecordColumns)),
        [&](Statement &s) { s.bind(1, collection).bind(2, owner); }, readRecord);
}

Result<qint64> SqliteSyncRepository::nextChangeSeq()
{
    const std::scoped_lock lock(m_mutex);
    // A counter row instead of AUTOINCREMENT or a sequence: its row lock serialises writers, so a
    // change with a lower seq is never committed after one with a higher seq (a sequence on
    // PostgreSQL would allow that, and a pull in between would skip the late change for good).
    GD_TRY(m_db->execute(QStringLiteral("UPDATE OR FAIL change_counter SET value = value + 1 WHERE name = 'records'")));
    return m_db->queryInt(QStringLiteral("SELECT value FROM change_counter WHERE name = 'records'"));
}

Result<qint64> SqliteSyncRepository::latestChangeSeq()
{
    const std::scoped_lock lock(m_mutex);
    return m_db->queryInt(QStringLiteral("SELECT value FROM change_counter WHERE name = 'records'"));
}

Result<> SqliteSyncRepository::saveRecord(const RecordState &record)
{
    const std::scoped_lock lock(m_mutex);
    const auto bindKey = [&](Statement &s) { s.bind(1, record.collection).bind(2, record.recordId); };
    GD_TRY(run(QStringLiteral("DELETE FROM record_access WHERE collection = ?1 AND record_id = ?2"), bindKey));
    GD_TRY(run(QStringLiteral("DELETE FROM record_blobs WHERE collection = ?1 AND record_id = ?2"), bindKey));
    const auto bindAll = [&](Statement &s) {
        bindKey(s);
        s.bind(3, record.owner).bind(4, jsonText(record.recipients)).bind(5, record.revision)
            .bind(6, record.deleted ? 1 : 0).bind(7, jsonText(record.payload)).bind(8, text(record.updatedAt))
            .bind(9, text(record.updatedBy)).bind(10, record.seq);
    };
    // Update, then insert when nothing was there: SQLite 3.15 has no INSERT … ON CONFLICT.
    GD_TRY(run(QStringLiteral("UPDATE OR FAIL records SET owner_org = ?3, recipients = ?4, revision = ?5, deleted = ?6,"
                              " payload = ?7, updated_at = ?8, updated_by = ?9, seq = ?10"
                              " WHERE collection = ?1 AND record_id = ?2"),
               bindAll));
    if (m_db->changes() == 0) {
        GD_TRY(run(QStringLiteral("INSERT INTO records (collection, record_id, owner_org, recipients, revision, deleted,"
                                  " payload, updated_at, updated_by, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
                   bindAll));
    }
    QStringList readers{record.owner};
    for (const QString &recipient : record.recipients) {
        if (!readers.contains(recipient))
            readers << recipient;
    }
    for (const QString &organisationId : readers) {
        GD_TRY(run(QStringLiteral("INSERT INTO record_access (org_id, collection, record_id, seq) VALUES (?3, ?1, ?2, ?4)"),
                   [&](Statement &s) { bindKey(s); s.bind(3, organisationId).bind(4, record.seq); }));
    }
    QStringList blobIds;
    for (const QString &sha256 : record.blobIds) {
        if (!blobIds.contains(sha256))
            blobIds << sha256;
    }
    for (const QString &sha256 : std::as_const(blobIds)) {
        GD_TRY(run(QStringLiteral("INSERT INTO record_blobs (collection, record_id, sha256) VALUES (?1, ?2, ?3)"),
                   [&](Statement &s) { bindKey(s); s.bind(3, sha256); }));
    }
    return {};
}

Result<bool> SqliteSyncRepository::visitChanges(const QString &organisationId, qint64 afterSeq, int limit,
                                                const QStringList &hiddenCollections, const ChangeVisitor &visit)
{
    const std::scoped_lock lock(m_mutex);
    // record_access carries the seq, so a page is one range scan of the covering index (org_id,
    // seq), and the seq (unique, the same in both tables) finds the record. Hidden collections are
    // a filter on that scan, so a page still holds `limit` readable changes.
    auto statement = m_db->prepareCached(
        QStringLiteral("SELECT %1 FROM record_access a JOIN records r ON r.seq = a.seq"
                       " WHERE a.org_id = ?1 AND a.seq > ?2%2 ORDER BY a.seq LIMIT ?3")
            .arg(RecordColumns, notIn(QStringLiteral("r.collection"), hiddenCollections, 4)));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, organisationId).bind(2, afterSeq).bind(3, limit + 1); // one more tells hasMore
    bindList(*statement, hiddenCollections, 4);
    int visited = 0;
    bool hasMore = false;
    GD_TRY(statement->forEachRow([&](const Statement &row) {
        if (visited == limit) {
            hasMore = true;
            return false;
        }
        ++visited;
        visit(ChangeView{row.utf8(0), row.utf8(1), row.utf8(2), row.utf8(3), row.utf8(6), row.utf8(7), row.int64(4),
                         row.int64(9), row.int64(5) != 0});
        return true;
    }));
    return hasMore;
}

Result<std::optional<BlobInfo>> SqliteSyncRepository::blob(const QString &sha256)
{
    const std::scoped_lock lock(m_mutex);
    return single<BlobInfo>(
        m_db->prepareCached(QStringLiteral("SELECT sha256, size, received, complete FROM blobs WHERE sha256 = ?1")),
        [&](Statement &s) { s.bind(1, sha256); },
        [](const Statement &row) { return BlobInfo{row.text(0), row.int64(1), row.int64(2), row.int64(3) != 0}; });
}

Result<> SqliteSyncRepository::saveBlob(const BlobInfo &blob)
{
    const std::scoped_lock lock(m_mutex);
    const auto bind = [&](Statement &s) {
        s.bind(1, blob.sha256).bind(2, blob.size).bind(3, blob.received).bind(4, blob.complete ? 1 : 0);
    };
    GD_TRY(run(QStringLiteral("UPDATE OR FAIL blobs SET size = ?2, received = ?3, complete = ?4 WHERE sha256 = ?1"), bind));
    if (m_db->changes() > 0)
        return {};
    return run(QStringLiteral("INSERT INTO blobs (sha256, size, received, complete) VALUES (?1, ?2, ?3, ?4)"), bind);
}

Result<> SqliteSyncRepository::removeBlob(const QString &sha256)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("DELETE FROM blobs WHERE sha256 = ?1"), [&](Statement &s) { s.bind(1, sha256); });
}

Result<std::optional<BlobInfo>> SqliteSyncRepository::blobUpload(const QString &sha256, const QString &organisationId)
{
    const std::scoped_lock lock(m_mutex);
    return single<BlobInfo>(
        m_db->prepareCached(QStringLiteral("SELECT sha256, size, received FROM blob_uploads WHERE sha256 = ?1 AND org_id = ?2")),
        [&](Statement &s) { s.bind(1, sha256).bind(2, organisationId); },
        [](const Statement &row) { return BlobInfo{row.text(0), row.int64(1), row.int64(2), false}; });
}

Result<> SqliteSyncRepository::saveBlobUpload(const QString &organisationId, const BlobInfo &upload)
{
    const std::scoped_lock lock(m_mutex);
    const auto bind = [&](Statement &s) {
        s.bind(1, upload.sha256).bind(2, organisationId).bind(3, upload.size).bind(4, upload.received);
    };
    GD_TRY(run(QStringLiteral("UPDATE OR FAIL blob_uploads SET size = ?3, received = ?4 WHERE sha256 = ?1 AND org_id = ?2"), bind));
    if (m_db->changes() > 0)
        return {};
    return run(QStringLiteral("INSERT INTO blob_uploads (sha256, org_id, size, received) VALUES (?1, ?2, ?3, ?4)"), bind);
}

Result<> SqliteSyncRepository::removeBlobUpload(const QString &sha256, const QString &organisationId)
{
    const std::scoped_lock lock(m_mutex);
    return run(QStringLiteral("DELETE FROM blob_uploads WHERE sha256 = ?1 AND org_id = ?2"),
               [&](Statement &s) { s.bind(1, sha256).bind(2, organisationId); });
}

Result<> SqliteSyncRepository::grantBlob(const QString &sha256, const QString &organisationId)
{
    const std::scoped_lock lock(m_mutex);
    const auto bind = [&](Statement &s) { s.bind(1, sha256).bind(2, organisationId); };
    auto present = single<int>(m_db->prepareCached(QStringLiteral("SELECT 1 FROM blob_access WHERE sha256 = ?1 AND org_id = ?2")),
                               bind, [](const Statement &) { return 1; });
    if (!present)
        return std::unexpected(present.error());
    if (*present)
        return {};
    return run(QStringLiteral("INSERT INTO blob_access (sha256, org_id) VALUES (?1, ?2)"), bind);
}

Result<bool> SqliteSyncRepository::canReadBlob(const QString &sha256, const QString &organisationId,
                                              const QStringList &hiddenCollections)
{
    const std::scoped_lock lock(m_mutex);
    // Uploaded by the organisation, or named by a record it can read (record_access: owner and
    // recipients, the same rows that decide what it pulls, minus the hidden collections). An
    // upload by a colleague does not open an attachment of a hidden collection's record: the
    // organisation's grant counts only for blobs no hidden record names.
    QString hiddenNamed;
    if (!hiddenCollections.isEmpty()) {
        hiddenNamed = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM record_blobs h WHERE h.sha256 = ?1%1)")
                          .arg(inList(QStringLiteral("h.collection"), hiddenCollections, 3, false));
    }
    auto found = single<int>(
        m_db->prepareCached(QStringLiteral(
            "SELECT 1 FROM blob_access WHERE sha256 = ?1 AND org_id = ?2%2"
            " UNION ALL SELECT 1 FROM record_blobs b JOIN record_access a"
            " ON a.collection = b.collection AND a.record_id = b.record_id WHERE b.sha256 = ?1 AND a.org_id = ?2%1"
            " LIMIT 1").arg(notIn(QStringLiteral("b.collection"), hiddenCollections, 3), hiddenNamed)),
        [&](Statement &s) {
            s.bind(1, sha256).bind(2, organisationId);
            bindList(s, hiddenCollections, 3);
        },
        [](const Statement &) { return 1; });
    if (!found)
        return std::unexpected(found.error());
    return found->has_value();
}

} // namespace GovDesk::Server
