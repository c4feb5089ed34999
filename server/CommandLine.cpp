#include "CommandLine.h"

namespace GovDesk::Server {

namespace {

const QStringList ValueOptions{QStringLiteral("data"),
                               QStringLiteral("database"),
                               QStringLiteral("argon2-memory-kib"),
                               QStringLiteral("argon2-iterations"),
                               QStringLiteral("pbkdf2-iterations"),
                               QStringLiteral("name"),
                               QStringLiteral("org"),
                               QStringLiteral("roles"),
                               QStringLiteral("reason"),
                               QStringLiteral("read"),
                               QStringLiteral("write"),
                               QStringLiteral("cert"),
                               QStringLiteral("key"),
                               QStringLiteral("listen"),
                               QStringLiteral("port"),
                               QStringLiteral("rate-per-minute"),
                               QStringLiteral("access-token-seconds"),
                               QStringLiteral("max-header-bytes"),
                               QStringLiteral("handshake-timeout"),
                               QStringLiteral("idle-timeout"),
                               QStringLiteral("read-timeout"),
                               QStringLiteral("min-body-rate"),
                               QStringLiteral("max-connections"),
                               QStringLiteral("max-connections-per-address"),
                               QStringLiteral("io-threads"),
                               QStringLiteral("pull-cache-mb"),
                               QStringLiteral("drain-seconds"),
                               QStringLiteral("log-format"),
                               QStringLiteral("kind"),
                               QStringLiteral("title"),
                               QStringLiteral("to"),
                               QStringLiteral("as"),
                               QStringLiteral("types"),
                               QStringLiteral("mark"),
                               QStringLiteral("colour"),
                               QStringLiteral("mark-size"),
                               QStringLiteral("mark-top"),
                               QStringLiteral("json")};
const QStringList FlagOptions{QStringLiteral("test-faults"), QStringLiteral("demo"), QStringLiteral("portal"),
                              QStringLiteral("help"), QStringLiteral("version")};

} // namespace

Core::Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--")) || argument == QStringLiteral("--")) {
            line.m_words << argument;
            continue;
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals > 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (FlagOptions.contains(name) && !inlineValue) {
            line.m_flags.insert(name);
        } else if (ValueOptions.contains(name)) {
            if (!inlineValue && i + 1 >= arguments.size())
                return Core::fail(Core::ErrorCode::InvalidArgument,
                                  QStringLiteral("--%1 needs a value.").arg(name));
            line.m_values.insert(name, inlineValue ? *inlineValue : arguments.at(++i));
        } else {
            return Core::fail(Core::ErrorCode::InvalidArgument,
                              QStringLiteral("Unknown option %1.").arg(argument));
        }
    }
    return line;
}

Core::Result<qint64> CommandLine::integer(const QString &option, qint64 fallback, qint64 minimum,
                                          qint64 maximum) const
{
    if (!m_values.contains(option))
        return fallback;
    bool ok = false;
    const qint64 number = m_values.value(option).toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return Core::fail(
            Core::ErrorCode::InvalidArgument,
            QStringLiteral("--%1 must be a number from %2 to %3.").arg(option).arg(minimum).arg(maximum));
    return number;
}

QString CommandLine::usage()
{
    return QStringLiteral(R"(govdesk-syncd — the GovDesk reference sync server (docs/sync-protocol.md)

Usage:
  govdesk-syncd --data DIR serve --cert server.pem --key server.key
  govdesk-syncd [--data DIR | --database URI] migrate
                [--listen 127.0.0.1] [--port 8443] [--demo] [--portal] [--test-faults]
                [--rate-per-minute 600] [--access-token-seconds 3600]
                [--max-header-bytes 16384] [--handshake-timeout 10] [--idle-timeout 30]
                [--read-timeout 15] [--min-body-rate 8192] [--max-connections 1024]
                [--max-connections-per-address 128] [--io-threads CORES] [--pull-cache-mb 32]
  govdesk-syncd --data DIR org add ID NAME
  govdesk-syncd --data DIR org list
  govdesk-syncd --data DIR user add USER --name NAME --org ID [--roles clerk,reviewer]
  govdesk-syncd --data DIR user passwd USER
  govdesk-syncd --data DIR user roles USER ROLES
  govdesk-syncd --data DIR user list
  govdesk-syncd --data DIR collection set COLLECTION [--read ROLES] [--write ROLES]
  govdesk-syncd --data DIR collection list
  govdesk-syncd --data DIR collection clear COLLECTION
  govdesk-syncd --data DIR action set COLLECTION FIELD=VALUE --roles ROLES
  govdesk-syncd --data DIR action refuse COLLECTION FIELD=VALUE --reason TEXT
  govdesk-syncd --data DIR action list [COLLECTION]
  govdesk-syncd --data DIR action clear COLLECTION FIELD=VALUE
  govdesk-syncd --data DIR seal issue ORG
  govdesk-syncd --data DIR seal list
  govdesk-syncd --data DIR dataset load ORG COLLECTION FILE [--kind KIND] [--title TITLE] [--to ORG,ORG] [--as USER]
  govdesk-syncd --data DIR template set ORG FORMAT [--types 通报,通知] [--mark TEXT]
                [--colour #RRGGBB] [--mark-size PT|fit] [--mark-top MM] [--json FILE|-]
  govdesk-syncd --data DIR template list [ORG]
  govdesk-syncd --data DIR template show ORG KEY
  govdesk-syncd --data DIR template remove ORG KEY

Passwords are read from the first line of standard input (never from the command line).
ROLES are comma-separated (clerk,reviewer); "" is everyone. A collection's --read and --write
roles decide who pulls and pushes its records; an action (status=签发) needs its roles to give
the field that value or take it away; a refused one (classification=秘密) may be given by nobody,
and a push that tries is refused with TEXT. Changes apply to the next request, signed in or not.
`seal issue` gives an organisation its SM2 seal (电子签章) under the server's seal CA, both made
once; its signers fetch the key with GET /v1/seal.
`dataset load` publishes a data file (CSV or JSON) to ORG (and the organisations after --to): the
file becomes an attachment of a new record of COLLECTION ({kind, title, fileName, loadedAt}),
which the module imports on every desktop that syncs it; it is published in the name of USER of
ORG (default: its first user).
`template set` gives an organisation a 套红 red-header template of a GB/T 9704 format (file,
letter, order, minutes), for every type of that format or, with --types, for those 文种; it starts
from the one of the same key or the standard's figures, then the JSON fields (FILE, or - for
standard input; docs/sync-protocol.md lists them), then the options. Every client receives the
templates with GET /v1/organisations.
Global options:
  --data DIR               data directory (database syncd.db, blobs/); created when missing
  --database URI           PostgreSQL instead of syncd.db: postgresql://USER@HOST:PORT/DATABASE
                           (libpq's syntax; a password belongs in ~/.pgpass); instances that
                           share one database may answer any request (docs/deployment.md)
  --argon2-memory-kib N    memory of new Argon2id password hashes in KiB (default 19456)
  --argon2-iterations N    passes of new Argon2id password hashes (default 2)
  --pbkdf2-iterations N    ignored (hashes are Argon2id now; older PBKDF2 ones still verify)
  --log-format text|json   text lines (default) or one JSON object per line on standard error:
                           time, level, category, message, host, pid, and a request's method,
                           path, status, ms and peer (docs/deployment.md)
serve:
  --port 0                 picks a free port; the first line on stdout is
                           "govdesk-syncd listening on https://ADDRESS:PORT"
  --demo                   seeds demo organisations, users (password govdesk-demo) and records
                           into an empty data directory
  --portal                 serves the public 政府信息公开 portal under /portal/ (no sign-in;
                           published disclosure items and reports only; off by default)
  --test-faults            enables POST /v1/test/faults (tests only; never in production)
  --max-header-bytes N     request line and header fields together; more is 431
  --handshake-timeout S    seconds a TLS handshake may take
  --idle-timeout S         seconds a connection may wait for its next request
  --read-timeout S         seconds from a request's first byte to the end of its headers
  --min-body-rate N        bytes per second a body must at least arrive at (after the read timeout)
  --max-connections N      connections at once (fitted under the file descriptor limit)
  --max-connections-per-address N
                           connections at once from one client address
  --io-threads N           threads for TLS and HTTP (default: one per core; requests run on
                           their own worker threads)
  --pull-cache-mb N        MiB of pull answers kept until the next change (0: none)
  --drain-seconds N        on SIGTERM, answer 503 to GET /readyz for N seconds before the
                           listener stops, so that a load balancer moves new requests elsewhere;
                           requests in flight finish either way (default 0)
)");
}

} // namespace GovDesk::Server
