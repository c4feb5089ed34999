#include "SyncSchema.h"

#include "sync/BlobReferences.h"

#include <QJsonDocument>

namespace GovDesk::Server {

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

// Migration 2: the blobs that records stored before it name (the payload is parsed in C++, the
// same way as for every later change).
Result<> indexRecordBlobs(SqlSession &sql)
{
    QList<std::tuple<QString, QString, QString>> rows;
    GD_TRY(sql.visit(QStringLiteral("SELECT collection, record_id, payload FROM records"
                                    " WHERE payload LIKE '%\"attachments\"%'"),
                     {}, [&rows](const SqlRow &row) {
                         const QJsonObject payload
                             = QJsonDocument::fromJson(row.bytes(2).toByteArray()).object();
                         for (const Core::AttachmentRef &ref : Core::BlobReferences::of(payload))
                             rows.append({row.text(0), row.text(1), ref.sha256});
                         return true;
                     }));
    for (const auto &[collection, recordId, sha256] : std::as_const(rows)) {
        auto inserted = sql.run(
            QStringLiteral("INSERT INTO record_blobs (collection, record_id, sha256) VALUES (?1, ?2, ?3)"),
            {collection, recordId, sha256});
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

} // namespace

QList<SchemaStep> syncSchema()
{
    return {{.version = 1,
             .description = QStringLiteral("organisations, users, tokens, records, ops, blobs"),
             .sql = QString::fromUtf8(SchemaV1)},
            {.version = 2,
             .description = QStringLiteral("blob uploads and access by organisation"),
             .sql = QString::fromUtf8(SchemaV2),
             .code = indexRecordBlobs},
            {.version = 3,
             .description = QStringLiteral("collection and action permissions by role"),
             .sql = QString::fromUtf8(SchemaV3)},
            {.version = 4,
             .description = QStringLiteral("values nobody may push"),
             .sql = QString::fromUtf8(SchemaV4)},
            {.version = 5,
             .description = QStringLiteral("numbered series (发文字号)"),
             .sql = QString::fromUtf8(SchemaV5)},
            {.version = 6,
             .description = QStringLiteral("seal CA and organisation seals (电子签章)"),
             .sql = QString::fromUtf8(SchemaV6)},
            {.version = 7,
             .description = QStringLiteral("red-header templates (套红)"),
             .sql = QString::fromUtf8(SchemaV7)}};
}

} // namespace GovDesk::Server
