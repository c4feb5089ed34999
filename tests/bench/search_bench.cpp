// search_bench: SearchService query latency on generated official documents, against LIKE scans.
// Options: --quick (5k documents, 50 queries), --verbose (print each query's latency).
#include "BenchReport.h"
#include "search/SearchService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <vector>

using namespace GovDesk::Core;

namespace {

// Vocabulary of Guangxi government documents; the generator and the queries draw from it.
const QStringList Issuers = {
    QStringLiteral("广西壮族自治区人民政府"), QStringLiteral("广西壮族自治区人民政府办公厅"),
    QStringLiteral("自治区林业厅"), QStringLiteral("自治区水利厅"), QStringLiteral("自治区发展和改革委员会"),
    QStringLiteral("自治区财政厅"), QStringLiteral("自治区应急管理厅"), QStringLiteral("自治区教育厅"),
    QStringLiteral("自治区卫生健康委员会"), QStringLiteral("自治区自然资源厅"), QStringLiteral("自治区生态环境厅"),
    QStringLiteral("自治区高级人民法院"), QStringLiteral("南宁市人民政府"), QStringLiteral("柳州市人民政府办公室"),
    QStringLiteral("桂林市水利局"), QStringLiteral("百色市林业局")};
const QStringList NumberPrefixes = {
    QStringLiteral("桂政发"), QStringLiteral("桂政办发"), QStringLiteral("桂林发"), QStringLiteral("桂水发"),
    QStringLiteral("桂发改"), QStringLiteral("桂财预"), QStringLiteral("桂应急"), QStringLiteral("桂教发"),
    QStringLiteral("桂卫发"), QStringLiteral("南府发"), QStringLiteral("柳政办"), QStringLiteral("桂市水")};
const QStringList Subjects = {
    QStringLiteral("森林防火"), QStringLiteral("防汛抗旱"), QStringLiteral("信息公开"), QStringLiteral("安全生产"),
    QStringLiteral("乡村振兴"), QStringLiteral("河长制"), QStringLiteral("水土保持"), QStringLiteral("地质灾害防治"),
    QStringLiteral("疫情防控"), QStringLiteral("优化营商环境"), QStringLiteral("政务服务"), QStringLiteral("电子政务"),
    QStringLiteral("生态环境保护"), QStringLiteral("耕地保护"), QStringLiteral("农田水利建设"), QStringLiteral("食品安全"),
    QStringLiteral("消防安全"), QStringLiteral("防灾减灾"), QStringLiteral("森林资源管理"), QStringLiteral("水资源管理"),
    QStringLiteral("财政预算管理"), QStringLiteral("项目资金管理"), QStringLiteral("档案管理"), QStringLiteral("保密工作"),
    QStringLiteral("人才引进"), QStringLiteral("招商引资"), QStringLiteral("城乡规划"), QStringLiteral("汛限水位监测")};
const QStringList Kinds = {QStringLiteral("通知"), QStringLiteral("通报"), QStringLiteral("意见"), QStringLiteral("决定"),
                           QStringLiteral("报告"), QStringLiteral("请示"), QStringLiteral("批复"), QStringLiteral("函"),
                           QStringLiteral("纪要"), QStringLiteral("公告")};
const QStringList Verbs = {QStringLiteral("做好"), QStringLiteral("加强"), QStringLiteral("进一步加强"),
                           QStringLiteral("切实做好"), QStringLiteral("开展"), QStringLiteral("推进"),
                           QStringLiteral("落实"), QStringLiteral("规范")};
const QStringList Plans = {QStringLiteral("实施方案"), QStringLiteral("管理办法"), QStringLiteral("工作方案"),
                           QStringLiteral("考核办法"), QStringLiteral("专项行动计划"), QStringLiteral("三年行动方案")};
const QStringList Actions = {QStringLiteral("加强组织领导"), QStringLiteral("健全工作机制"), QStringLiteral("强化督促检查"),
                             QStringLiteral("加大资金投入"), QStringLiteral("完善应急预案"), QStringLiteral("压实属地责任"),
                             QStringLiteral("加强宣传教育"), QStringLiteral("严格执行GB/T 9704-2012标准"),
                             QStringLiteral("按照SL 323—2011规范报送数据"), QStringLiteral("畅通12345政务服务热线")};
const QStringList Results = {QStringLiteral("群众满意度明显提升"), QStringLiteral("各项指标全面完成"),
                             QStringLiteral("重大事故得到有效遏制"), QStringLiteral("PM2.5平均浓度下降8.3%"),
                             QStringLiteral("5G基站覆盖所有乡镇")};
const QStringList Goals = {QStringLiteral("人民群众生命财产安全"), QStringLiteral("各项任务按期完成"),
                           QStringLiteral("工作取得实效"), QStringLiteral("全区社会大局稳定")};
const QStringList Sentences = {
    QStringLiteral("为切实做好%s工作，%a，现就有关事项通知如下。"),
    QStringLiteral("各地各部门要高度重视%s工作，%a，%a。"),
    QStringLiteral("%y年以来，全区%s工作取得明显成效，%r。"),
    QStringLiteral("要严格落实%s责任制，%a，确保%g。"),
    QStringLiteral("请于%y年%m月%d日前将%s工作情况报送%i。"),
    QStringLiteral("对工作不力、造成严重后果的，依法依规追究有关人员责任。"),
    QStringLiteral("联系人：办公室，电话：0771-28%m%d%m。"),
};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_random(seed) {}

    int below(int n) { return static_cast<int>(m_random() % static_cast<quint32>(n)); }
    const QString &pick(const QStringList &list) { return list.at(below(static_cast<int>(list.size()))); }
    int year() { return 2010 + below(15); }

    QString documentNumber()
    {
        return QStringLiteral("%1〔%2〕%3号").arg(pick(NumberPrefixes)).arg(year()).arg(1 + below(300));
    }

    SearchDocument document(int serial)
    {
        const QString subject = pick(Subjects);
        QString title;
        switch (below(4)) {
        case 0: title = pick(Issuers) + QStringLiteral("关于") + pick(Verbs) + QString::number(year()) + QStringLiteral("年") + subject + QStringLiteral("工作的") + pick(Kinds); break;
        case 1: title = pick(Issuers) + QStringLiteral("关于印发《") + subject + pick(Plans) + QStringLiteral("》的通知"); break;
        case 2: title = QStringLiteral("关于") + subject + QStringLiteral("情况的") + pick(Kinds); break;
        default: title = pick(Issuers) + QStringLiteral("关于") + subject + QStringLiteral("有关问题的") + pick(Kinds); break;
        }
        const QString number = documentNumber();
        QString body = number + QStringLiteral("\n各市、县人民政府，自治区人民政府各组成部门、各直属机构：\n");
        for (int sentences = 5 + below(8); sentences > 0; --sentences) {
            const QString &pattern = pick(Sentences);
            for (qsizetype i = 0; i < pattern.size(); ++i) {
                if (pattern.at(i) != QLatin1Char('%') || i + 1 == pattern.size()) {
                    body += pattern.at(i);
                    continue;
                }
                switch (pattern.at(++i).toLatin1()) {
                case 's': body += below(3) == 0 ? pick(Subjects) : subject; break;
                case 'a': body += pick(Actions); break;
                case 'r': body += pick(Results); break;
                case 'g': body += pick(Goals); break;
                case 'i': body += pick(Issuers); break;
                case 'y': body += QString::number(year()); break;
                case 'm': body += QString::number(1 + below(12)); break;
                case 'd': body += QString::number(1 + below(28)); break;
                }
            }
            if (below(4) == 0)
                body += QLatin1Char('\n');
        }
        return SearchDocument{QStringLiteral("documents"), below(3) == 0 ? QStringLiteral("incoming") : QStringLiteral("outgoing"),
                              QString::number(serial), title, body,
                              QDateTime::fromSecsSinceEpoch(1262304000 + 3600LL * serial, Qt::UTC), number};
    }

    // As users type them: 20 % single characters, 30 % terms of 2–4 characters, 20 % a subject
    // and a 文种, 30 % whole document numbers.
    QString query()
    {
        const auto termOf = [this](int length) {
            const QString &word = pick(below(2) == 0 ? Subjects : Issuers);
            const int size = std::min(length, static_cast<int>(word.size()));
            return word.mid(below(static_cast<int>(word.size()) - size + 1), size);
        };
        switch (below(10)) {
        case 0:
        case 1: return termOf(1);
        case 2:
        case 3:
        case 4: return termOf(2 + below(3));
        case 5:
        case 6: return pick(Subjects) + QLatin1Char(' ') + pick(Kinds);
        default: return documentNumber();
        }
    }

private:
    std::mt19937 m_random;
};

// The same match as a naive implementation would do it: every term as a substring, no ranking.
QString likeSql(int terms)
{
    QStringList conditions;
    for (int i = 1; i <= terms; ++i)
        conditions << QStringLiteral("(title LIKE ?%1 OR body LIKE ?%1)").arg(i);
    return QStringLiteral("SELECT id, title FROM search_documents WHERE %1 LIMIT 20").arg(conditions.join(QStringLiteral(" AND ")));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = GovDesk::Bench::quickMode(argc, argv);
    const int documentCount = quick ? 5'000 : 100'000;
    const int queryCount = quick ? 50 : 200;
    const bool verbose = QCoreApplication::arguments().contains(QStringLiteral("--verbose")); // each query's time

    QTemporaryDir dir;
    SecureBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(0x5A ^ i);
    auto db = Database::open(dir.filePath(QStringLiteral("bench.gddb")), key, {.create = true});
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    SearchService search(**db);
    const auto setUp = [&]() -> Result<> {
        MigrationRunner runner;
        GD_TRY(runner.add(QString::fromLatin1(SearchService::MigrationOwner), SearchService::migrations()));
        GD_TRY(runner.run(**db));
        GD_TRY(search.registerType({QStringLiteral("documents"), QStringLiteral("incoming"), QStringLiteral("收文")}));
        return search.registerType({QStringLiteral("documents"), QStringLiteral("outgoing"), QStringLiteral("发文")});
    };
    if (auto ready = setUp(); !ready) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(ready.error().fullText()));
        return 1;
    }

    Generator generator(20140212);
    QElapsedTimer timer;
    timer.start();
    constexpr int BatchSize = 1000;
    for (int first = 0; first < documentCount; first += BatchSize) {
        QList<SearchDocument> batch;
        for (int serial = first; serial < std::min(first + BatchSize, documentCount); ++serial)
            batch << generator.document(serial);
        if (auto indexed = search.index(batch); !indexed) {
            std::fprintf(stderr, "index: %s\n", qPrintable(indexed.error().fullText()));
            return 1;
        }
    }
    const double buildSeconds = timer.nsecsElapsed() / 1e9;
    (void)(*db)->checkpoint();
    std::printf("info search index of %d documents built in %.1f s (%.0f documents/s), database %.1f MB\n",
                documentCount, buildSeconds, documentCount / buildSeconds,
                QFileInfo((*db)->path()).size() / 1e6);

    QStringList queries;
    for (int i = 0; i < queryCount; ++i)
        queries << generator.query();

    std::vector<double> ftsMs;
    std::vector<qsizetype> ftsCounts;
    for (const QString &text : queries) {
        timer.restart();
        auto hits = search.search(SearchQuery{text, {}, {}, 20});
        ftsMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!hits) {
            std::fprintf(stderr, "search %s: %s\n", qPrintable(text), qPrintable(hits.error().fullText()));
            return 1;
        }
        ftsCounts.push_back(hits->size());
        if (verbose)
            std::printf("query %.2f ms %lld hits: %s\n", ftsMs.back(), static_cast<long long>(hits->size()), qPrintable(text));
    }

    // The same queries restricted to one type (a third of the documents): the filter path.
    std::vector<double> filteredMs;
    for (const QString &text : queries) {
        timer.restart();
        auto hits = search.search(SearchQuery{text, {}, {QStringLiteral("incoming")}, 20});
        filteredMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!hits) {
            std::fprintf(stderr, "search %s: %s\n", qPrintable(text), qPrintable(hits.error().fullText()));
            return 1;
        }
    }

    std::vector<double> likeMs;
    int agreeing = 0;
    for (qsizetype q = 0; q < queries.size(); ++q) {
        timer.restart();
        const QStringList terms = queries.at(q).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        auto statement = (*db)->prepare(likeSql(static_cast<int>(terms.size())));
        if (!statement) {
            std::fprintf(stderr, "like: %s\n", qPrintable(statement.error().fullText()));
            return 1;
        }
        for (qsizetype i = 0; i < terms.size(); ++i)
            statement->bind(static_cast<int>(i + 1), QLatin1Char('%') + terms.at(i) + QLatin1Char('%'));
        qsizetype rows = 0;
        for (auto row = statement->step(); row && *row; row = statement->step())
            ++rows;
        likeMs.push_back(timer.nsecsElapsed() / 1e6);
        agreeing += rows == ftsCounts.at(static_cast<std::size_t>(q)) ? 1 : 0;
    }

    // Typed without spaces (subject and 文种 run together: exact phrase, then near matches), and
    // the oldest document's exact title, which more than MaxCandidates newer documents resemble.
    std::vector<double> noSpaceMs;
    Generator typing(20240609);
    for (int i = 0; i < queryCount / 2; ++i) {
        const QString text = typing.query().remove(QLatin1Char(' '));
        timer.restart();
        auto hits = search.search(SearchQuery{text, {}, {}, 20});
        noSpaceMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!hits) {
            std::fprintf(stderr, "search %s: %s\n", qPrintable(text), qPrintable(hits.error().fullText()));
            return 1;
        }
    }
    std::printf("info typed without spaces: p50 %.2f ms, p95 %.2f ms\n", GovDesk::Bench::percentile(noSpaceMs, 50),
                GovDesk::Bench::percentile(noSpaceMs, 95));
    {
        const SearchDocument oldest = Generator(20140212).document(0);
        timer.restart();
        auto hits = search.search(SearchQuery{oldest.title, {}, {}, 100});
        const double ms = timer.nsecsElapsed() / 1e6;
        // Titles repeat in this vocabulary: the oldest ranks among the exact titles, newest first.
        qsizetype rank = -1, exactTitles = 0;
        for (qsizetype i = 0; hits && i < hits->size(); ++i) {
            exactTitles += hits->at(i).title == oldest.title ? 1 : 0;
            if (hits->at(i).recordId == QStringLiteral("0"))
                rank = i + 1;
        }
        std::printf("info oldest document's exact title: %.2f ms, its rank %lld among %lld hits with that title\n", ms,
                    static_cast<long long>(rank), static_cast<long long>(exactTitles));
    }

    std::printf("info filtered to one type: p50 %.2f ms, p95 %.2f ms\n", GovDesk::Bench::percentile(filteredMs, 50),
                GovDesk::Bench::percentile(filteredMs, 95));
    // On this vocabulary a substring match and the bigram index must find the same documents.
    std::printf("info %d queries, limit 20: FTS max %.2f ms, LIKE max %.1f ms; same number of results for %d of them\n",
                queryCount, GovDesk::Bench::percentile(ftsMs, 100), GovDesk::Bench::percentile(likeMs, 100), agreeing);
    GovDesk::Bench::report(QStringLiteral("search_p95_ms"), GovDesk::Bench::percentile(ftsMs, 95),
                           GovDesk::Bench::percentile(likeMs, 95));
    GovDesk::Bench::report(QStringLiteral("search_p50_ms"), GovDesk::Bench::percentile(ftsMs, 50),
                           GovDesk::Bench::percentile(likeMs, 50));
    return 0;
}
