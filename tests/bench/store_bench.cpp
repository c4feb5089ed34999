// store_bench: the cost of encryption — one document workload on SQLCipher with a key and without.
//
// Both databases are opened by Database::open from the same SQLCipher library with the same
// pragmas (WAL, synchronous=FULL, page size 4096); only the key differs. Each figure is measured
// in several rounds on fresh files, alternating which database goes first, and the median is
// reported: value = encrypted seconds, baseline = plain seconds.
//
//   store_bench [--quick] [--rounds N] [--cache-kib N]
//     --quick       5,000 rows instead of 100,000 (CI)
//     --cache-kib   PRAGMA cache_size = -N on both databases (default: Database::CacheKiB, as the app)
#include "BenchReport.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <numeric>
#include <random>
#include <type_traits>
#include <vector>

using namespace GovDesk::Core;

namespace {

struct Config
{
    int rows = 100000;
    int rounds = 3;
    int cacheKib = 0; // 0 = leave SQLite's default
    int transactionRows = 1000;
    int pointReads = 100000;
    int rangeScans = 20;
    int updateRows = 10000;
};

struct DocumentRow
{
    QString documentNumber;
    QString title;
    QString issuer;
    QString issuedOn;
    QString body;
};

const QDate FirstIssue(2010, 1, 1);
constexpr int IssueDays = 15 * 365; // 2010–2024, so ~1.5 years is ~10% of the rows

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fprintf(stderr, "store_bench: %s: %s\n", qPrintable(what), qPrintable(error.fullText()));
    std::exit(1);
}

template<typename T> T check(Result<T> result, const char *what)
{
    if (!result)
        die(QString::fromLatin1(what), result.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

// Deterministic, realistic rows: the same for both databases and every round.
std::vector<DocumentRow> makeRows(int count)
{
    static const QStringList issuers = {QStringLiteral("广西壮族自治区人民政府"),
                                        QStringLiteral("自治区人民政府办公厅"),
                                        QStringLiteral("南宁市人民政府"),
                                        QStringLiteral("县林业局"),
                                        QStringLiteral("县水利局"),
                                        QStringLiteral("县应急管理局"),
                                        QStringLiteral("县农业农村局"),
                                        QStringLiteral("县财政局")};
    static const QStringList prefixes
        = {QStringLiteral("桂政发"), QStringLiteral("桂政办发"), QStringLiteral("南府发"),
           QStringLiteral("县林发"), QStringLiteral("县水发"),   QStringLiteral("县应急发")};
    static const QStringList subjects
        = {QStringLiteral("做好森林防火工作"),   QStringLiteral("加强汛期水库安全管理"),
           QStringLiteral("开展安全生产大检查"), QStringLiteral("做好春耕生产"),
           QStringLiteral("规范公文处理"),       QStringLiteral("加强防汛抗旱工作"),
           QStringLiteral("做好地质灾害防治"),   QStringLiteral("推进乡村振兴重点工作")};
    static const QStringList sentences
        = {QStringLiteral("各乡镇人民政府，县直各有关单位："),
           QStringLiteral(
               "为切实做好当前工作，确保人民群众生命财产安全，经县人民政府同意，现就有关事项通知如下。"),
           QStringLiteral("一、提高思想认识，切实加强组织领导，主要负责同志要亲自部署、亲自检查。"),
           QStringLiteral("二、落实工作责任，严格执行二十四小时值班和领导带班制度，确保信息畅通。"),
           QStringLiteral("三、加强隐患排查，对发现的问题要建立台账，明确整改时限和责任人。"),
           QStringLiteral("四、做好应急准备，储备必要的物资和设备，组织开展应急演练。"),
           QStringLiteral("五、严肃工作纪律，对工作不力、造成严重后果的，依法依规追究责任。"),
           QStringLiteral("请各单位于每月五日前将工作情况报送县人民政府办公室。")};

    std::mt19937_64 random(20140312);
    std::vector<DocumentRow> rows;
    rows.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const auto pick = [&](const QStringList &list) {
            return list.at(static_cast<qsizetype>(random() % static_cast<std::uint64_t>(list.size())));
        };
        const QDate issued = FirstIssue.addDays(static_cast<qint64>(random() % IssueDays));
        DocumentRow row;
        row.documentNumber
            = QStringLiteral("%1〔%2〕%3号").arg(pick(prefixes)).arg(issued.year()).arg(i % 400 + 1);
        row.title = QStringLiteral("关于%1的通知").arg(pick(subjects));
        row.issuer = pick(issuers);
        row.issuedOn = issued.toString(Qt::ISODate);
        // 250–350 characters: a fixed length could sit right at a page-fill boundary and make the
        // 48 bytes SQLCipher reserves per page look like 20% more pages.
        const auto bodyLength = static_cast<qsizetype>(250 + random() % 101);
        while (row.body.size() < bodyLength)
            row.body += pick(sentences);
        row.body.truncate(bodyLength);
        rows.push_back(std::move(row));
    }
    return rows;
}

struct Workload
{
    const Config &config;
    const std::vector<DocumentRow> &rows;
    std::vector<qint64> readIds;                      // point reads
    std::vector<std::pair<QString, QString>> windows; // range scans, ~10% each
    std::vector<qint64> updateIds;                    // distinct
};

Workload makeWorkload(const Config &config, const std::vector<DocumentRow> &rows)
{
    Workload workload{config, rows, {}, {}, {}};
    std::mt19937_64 random(42);
    std::uniform_int_distribution<qint64> anyId(1, config.rows);
    for (int i = 0; i < config.pointReads; ++i)
        workload.readIds.push_back(anyId(random));
    const int windowDays = IssueDays / 10;
    for (int i = 0; i < config.rangeScans; ++i) {
        const QDate from = FirstIssue.addDays(static_cast<qint64>(random() % (IssueDays - windowDays)));
        workload.windows.emplace_back(from.toString(Qt::ISODate),
                                      from.addDays(windowDays - 1).toString(Qt::ISODate));
    }
    std::vector<qint64> ids(static_cast<std::size_t>(config.rows));
    std::iota(ids.begin(), ids.end(), 1);
    std::shuffle(ids.begin(), ids.end(), random);
    ids.resize(static_cast<std::size_t>(std::min(config.updateRows, config.rows)));
    workload.updateIds = std::move(ids);
    return workload;
}

std::unique_ptr<Database> openDatabase(const QString &path, bool encrypted, const Config &config)
{
    SecureBytes key;
    if (encrypted) {
        key = SecureBytes(32);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = static_cast<unsigned char>(0x5a ^ i);
    }
    auto db = check(Database::open(path, key, {.create = true, .checkApplicationId = encrypted}), "open");
    if (db->isEncrypted() != encrypted)
        die(QStringLiteral("open"), Error{ErrorCode::Sql, QStringLiteral("wrong kind of database"), path});
    if (config.cacheKib > 0)
        check(db->execute(QStringLiteral("PRAGMA cache_size = -%1").arg(config.cacheKib)), "cache_size");
    check(db->execute(
              QStringLiteral("CREATE TABLE documents ("
                             " id INTEGER PRIMARY KEY, document_number TEXT NOT NULL, title TEXT NOT NULL,"
                             " issuer TEXT NOT NULL, issued_on TEXT NOT NULL, body TEXT NOT NULL);"
                             "CREATE INDEX documents_issued_on ON documents (issued_on)")),
          "schema");
    return db;
}

// The settings that matter for the comparison, read back from the connection itself.
QString settings(Database &db)
{
    QStringList parts;
    for (const char *pragma : {"journal_mode", "synchronous", "page_size", "cache_size", "mmap_size"}) {
        auto statement
            = check(db.prepare(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(pragma))), "pragma");
        const QString value = check(statement.step(), "pragma") ? statement.text(0) : QString();
        parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(pragma), value);
    }
    return parts.join(QLatin1Char(' '));
}

// Sink for what the reads return, so that no read can be skipped as unused.
qint64 g_checksum = 0;

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

void insertAll(Database &db, const Workload &w)
{
    auto insert = check(db.prepare(QStringLiteral(
                            "INSERT INTO documents (id, document_number, title, issuer, issued_on, body)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
                        "prepare insert");
    const int total = static_cast<int>(w.rows.size());
    for (int first = 0; first < total; first += w.config.transactionRows) {
        auto transaction = check(Transaction::begin(db), "begin");
        for (int i = first; i < std::min(total, first + w.config.transactionRows); ++i) {
            const DocumentRow &row = w.rows[static_cast<std::size_t>(i)];
            insert.bind(1, qint64(i + 1))
                .bind(2, row.documentNumber)
                .bind(3, row.title)
                .bind(4, row.issuer)
                .bind(5, row.issuedOn)
                .bind(6, row.body);
            check(insert.exec(), "insert");
            insert.reset();
        }
        check(transaction.commit(), "commit");
    }
}

void pointReads(Database &db, const Workload &w)
{
    auto select
        = check(db.prepare(QStringLiteral(
                    "SELECT document_number, title, issuer, issued_on, body FROM documents WHERE id = ?1")),
                "prepare point read");
    for (const qint64 id : w.readIds) {
        select.bind(1, id);
        if (!check(select.step(), "point read"))
            die(QStringLiteral("point read"), Error{ErrorCode::NotFound, QStringLiteral("missing row"), {}});
        for (int column = 0; column < 5; ++column)
            g_checksum += select.text(column).size();
        select.reset();
    }
}

void rangeScans(Database &db, const Workload &w)
{
    auto select = check(
        db.prepare(QStringLiteral("SELECT id, document_number, title, issuer, issued_on FROM documents"
                                  " WHERE issued_on BETWEEN ?1 AND ?2 ORDER BY issued_on")),
        "prepare range scan");
    for (const auto &[from, to] : w.windows) {
        select.bind(1, from).bind(2, to);
        while (check(select.step(), "range scan"))
            g_checksum += select.int64(0) + select.text(2).size();
        select.reset();
    }
}

void updateRows(Database &db, const Workload &w, const QString &verb)
{
    auto update
        = check(db.prepare(verb + QStringLiteral(
                    " documents SET title = title || '（已归档）', issued_on = ?2 WHERE id = ?1")),
                "prepare update");
    auto transaction = check(Transaction::begin(db), "begin");
    for (const qint64 id : w.updateIds) {
        const DocumentRow &row = w.rows[static_cast<std::size_t>(id - 1)];
        // A corrected issue date moves the index entry too.
        update.bind(1, id).bind(
            2, QDate::fromString(row.issuedOn, Qt::ISODate).addDays(1).toString(Qt::ISODate));
        check(update.exec(), "update");
        if (db.changes() != 1)
            die(QStringLiteral("update"), Error{ErrorCode::NotFound, QStringLiteral("missing row"), {}});
        update.reset();
    }
    check(transaction.commit(), "commit");
}

void updateBatch(Database &db, const Workload &w)
{
    updateRows(db, w, QStringLiteral("UPDATE"));
}

// How GovDesk's core writes single rows: OR FAIL needs no statement journal (nothing of a
// one-row statement to undo), which in SQLCipher is encrypted too and doubled the cost.
void updateOrFailBatch(Database &db, const Workload &w)
{
    updateRows(db, w, QStringLiteral("UPDATE OR FAIL"));
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

int intOption(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Config config;
    if (GovDesk::Bench::quickMode(argc, argv)) {
        config.rows = 5000;
        config.pointReads = 5000;
        config.updateRows = 500;
    }
    config.rounds = std::max(1, intOption(argc, argv, "--rounds", config.rounds));
    config.cacheKib = intOption(argc, argv, "--cache-kib", 0);

    const std::vector<DocumentRow> rows = makeRows(config.rows);
    const Workload workload = makeWorkload(config, rows);
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("temporary directory"), Error{ErrorCode::Io, dir.errorString(), {}});

    struct Figure
    {
        const char *name;
        void (*run)(Database &, const Workload &);
        std::vector<double> encrypted, plain;
        // The baseline's statement when it differs from GovDesk's (the plain UPDATE for OR FAIL).
        void (*runPlain)(Database &, const Workload &) = nullptr;
    };
    std::vector<Figure> figures = {{"store_insert", insertAll, {}, {}},
                                   {"store_point_read", pointReads, {}, {}},
                                   {"store_range_scan", rangeScans, {}, {}},
                                   {"store_update", updateBatch, {}, {}},
                                   {"store_update_or_fail", updateOrFailBatch, {}, {}, updateBatch}};

    std::fprintf(stderr, "store_bench: %d rows, %d rounds, cache %s\n", config.rows, config.rounds,
                 config.cacheKib > 0 ? qPrintable(QStringLiteral("%1 KiB").arg(config.cacheKib)) : "default");
    for (int round = 0; round < config.rounds; ++round) {
        // Fresh files each round, so that every insert starts from an empty database.
        const QString encryptedPath = dir.filePath(QStringLiteral("encrypted-%1.gddb").arg(round));
        const QString plainPath = dir.filePath(QStringLiteral("plain-%1.sqlite").arg(round));
        auto encrypted = openDatabase(encryptedPath, true, config);
        auto plain = openDatabase(plainPath, false, config);
        if (round == 0)
            std::fprintf(stderr, "  encrypted: %s\n  plain:     %s\n", qPrintable(settings(*encrypted)),
                         qPrintable(settings(*plain)));
        // Alternate which one goes first, so that drift (CPU clock, disk cache) hits both alike.
        const bool encryptedFirst = round % 2 == 0;
        for (Figure &figure : figures) {
            if (encryptedFirst) {
                figure.encrypted.push_back(timed([&] { figure.run(*encrypted, workload); }));
                figure.plain.push_back(timed([&] { (figure.runPlain ? figure.runPlain : figure.run)(*plain, workload); }));
            } else {
                figure.plain.push_back(timed([&] { (figure.runPlain ? figure.runPlain : figure.run)(*plain, workload); }));
                figure.encrypted.push_back(timed([&] { figure.run(*encrypted, workload); }));
            }
            std::fprintf(stderr, "  round %d %-17s encrypted %.4f s  plain %.4f s\n", round + 1, figure.name,
                         figure.encrypted.back(), figure.plain.back());
        }
        check(encrypted->checkpoint(), "checkpoint");
        check(plain->checkpoint(), "checkpoint");
        std::fprintf(stderr, "  round %d files: encrypted %lld bytes, plain %lld bytes\n", round + 1,
                     QFileInfo(encryptedPath).size(), QFileInfo(plainPath).size());
        encrypted.reset();
        plain.reset();
        QFile::remove(encryptedPath);
        QFile::remove(plainPath);
    }
    for (const Figure &figure : figures)
        GovDesk::Bench::report(QString::fromLatin1(figure.name), median(figure.encrypted),
                               median(figure.plain));
    return g_checksum > 0 ? 0 : 1;
}
