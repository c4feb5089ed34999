#include "CourtsDemoData.h"

#include "CaseNumber.h"
#include "CourtsDatasets.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cmath>

namespace GovDesk::Courts {

namespace {

struct DemoCourt
{
    const char *code;
    const char *name;
    int yearly;       // cases filed a year
    double diligence; // 0 … 1: how promptly it closes, enters and publishes
    double drift;     // change of diligence from the first year to the second
};

// 海南 as the demo draws it: the 高院, four 中院 (海口, 三亚, 第一 at 琼海, 第二 at 儋州) and twenty
// 基层法院 — about 25,000 cases a year. 琼0108, 琼9605 and 琼9703 lag; 琼0202 and 琼9702 improve
// markedly in the second year; 琼9606 slips.
const DemoCourt Courts[] = {
    {"琼", "海南省高级人民法院", 700, 0.85, 0.02},
    {"琼01", "海南省海口市中级人民法院", 2400, 0.80, 0.03},
    {"琼0105", "海口市秀英区人民法院", 1100, 0.82, 0.02},
    {"琼0106", "海口市龙华区人民法院", 2000, 0.90, 0.01},
    {"琼0107", "海口市琼山区人民法院", 1300, 0.76, 0.04},
    {"琼0108", "海口市美兰区人民法院", 1700, 0.55, -0.05},
    {"琼02", "海南省三亚市中级人民法院", 1600, 0.78, 0.05},
    {"琼0202", "三亚市城郊人民法院", 1500, 0.62, 0.18},
    {"琼0203", "三亚市崖州区人民法院", 600, 0.84, 0.00},
    {"琼0204", "三亚市吉阳区人民法院", 900, 0.80, 0.02},
    {"琼0205", "三亚市天涯区人民法院", 700, 0.86, 0.01},
    {"琼96", "海南省第一中级人民法院", 1300, 0.83, 0.01},
    {"琼9601", "琼海市人民法院", 800, 0.88, 0.01},
    {"琼9602", "文昌市人民法院", 850, 0.79, 0.03},
    {"琼9603", "万宁市人民法院", 750, 0.73, 0.04},
    {"琼9604", "定安县人民法院", 450, 0.81, 0.02},
    {"琼9605", "屯昌县人民法院", 400, 0.57, -0.02},
    {"琼9606", "陵水黎族自治县人民法院", 550, 0.77, -0.08},
    {"琼97", "海南省第二中级人民法院", 1200, 0.74, 0.02},
    {"琼9701", "儋州市人民法院", 1100, 0.70, 0.05},
    {"琼9702", "临高县人民法院", 600, 0.60, 0.15},
    {"琼9703", "澄迈县人民法院", 700, 0.58, -0.04},
    {"琼9704", "东方市人民法院", 650, 0.75, 0.03},
    {"琼9705", "昌江黎族自治县人民法院", 400, 0.80, 0.00},
    {"琼9706", "乐东黎族自治县人民法院", 600, 0.72, 0.02},
};

struct TypeShare
{
    const char *code;
    double share;
    int limitMonths;
    double meanDays; // typical time from filing to closing
};

const QList<TypeShare> &sharesOf(CourtLevel level)
{
    static const QList<TypeShare> basic{{"民初", 0.52, 6, 70},
                                        {"刑初", 0.12, 3, 40},
                                        {"行初", 0.03, 6, 80},
                                        {"执", 0.28, 6, 110},
                                        {"民特", 0.05, 1, 18}};
    static const QList<TypeShare> intermediate{
        {"民终", 0.45, 3, 55}, {"刑终", 0.12, 2, 35}, {"行终", 0.05, 3, 60}, {"民初", 0.15, 6, 90},
        {"刑初", 0.05, 3, 50}, {"行初", 0.05, 6, 85}, {"执", 0.13, 6, 120}};
    static const QList<TypeShare> high{{"民终", 0.45, 3, 60},  {"刑终", 0.15, 2, 40}, {"行终", 0.10, 3, 65},
                                       {"民初", 0.10, 6, 100}, {"民申", 0.10, 3, 60}, {"执", 0.10, 6, 120}};
    return level == CourtLevel::Basic ? basic : level == CourtLevel::Intermediate ? intermediate : high;
}

// Filing by month: quiet in January and at 春节, busy in spring, a dip at 国庆.
constexpr double MonthWeight[] = {0.6, 0.5, 1.1, 1.15, 1.1, 1.05, 0.95, 0.95, 1.0, 0.85, 1.05, 1.0};

class Generator
{
public:
    Generator(QDate end, double scale)
        : m_end(end)
        , m_start(end.addYears(-2).addDays(1))
        , m_scale(scale)
        , m_random(20260618)
    {
    }

    QList<DemoFile> files()
    {
        QJsonArray directory;
        for (const DemoCourt &court : Courts) {
            directory.append(QJsonObject{{QStringLiteral("code"), QString::fromUtf8(court.code)},
                                         {QStringLiteral("name"), QString::fromUtf8(court.name)}});
            generateCourt(court);
        }
        return {{DatasetKind::Courts, QStringLiteral("海南省法院名录"), QStringLiteral("海南省法院名录.json"),
                 QJsonDocument(directory).toJson(QJsonDocument::Indented)},
                {DatasetKind::Cases, QStringLiteral("全省法院案件（两年）"),
                 QStringLiteral("海南法院_案件.csv"), m_cases},
                {DatasetKind::Events, QStringLiteral("全省法院案件节点（两年）"),
                 QStringLiteral("海南法院_案件节点.csv"), m_events}};
    }

private:
    double uniform() { return m_random.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    static QString yesNo(bool value) { return value ? QStringLiteral("是") : QStringLiteral("否"); }

    QDate filingDay()
    {
        const int days = int(m_start.daysTo(m_end));
        for (;;) {
            const QDate day = m_start.addDays(between(0, days));
            if (chance(MonthWeight[day.month() - 1] / 1.15))
                return day;
        }
    }

    // The year-end push: a closing due early in the new year is hurried into late December.
    QDate pushed(QDate closed, QDate filed, double diligence)
    {
        if (closed.month() <= 2 && chance(0.25 + 0.2 * diligence)) {
            const QDate december(closed.year() - 1, 12, between(18, 31));
            if (december >= filed)
                return december;
        }
        return closed;
    }

    QString closingFor(const QString &type, double diligence)
    {
        const double u = uniform();
        if (type == QStringLiteral("执"))
            return u < 0.55 - 0.3 * diligence ? QStringLiteral("终结")
                   : u < 0.93                 ? QStringLiteral("其他")
                                              : QStringLiteral("撤诉");
        if (type.startsWith(u'刑'))
            return u < 0.9    ? QStringLiteral("判决")
                   : u < 0.97 ? QStringLiteral("裁定")
                              : QStringLiteral("终结");
        if (type.endsWith(u'终'))
            return u < 0.7   ? QStringLiteral("判决")
                   : u < 0.8 ? QStringLiteral("调解")
                   : u < 0.9 ? QStringLiteral("撤诉")
                             : QStringLiteral("裁定");
        if (type == QStringLiteral("民申") || type == QStringLiteral("民特"))
            return u < 0.7 ? QStringLiteral("裁定") : QStringLiteral("驳回");
        // 民初, 行初: diligent courts mediate more.
        const double mediation = 0.12 + 0.15 * diligence;
        if (u < mediation)
            return QStringLiteral("调解");
        if (u < mediation + 0.2)
            return QStringLiteral("撤诉");
        if (u < mediation + 0.25)
            return QStringLiteral("驳回");
        if (u < mediation + 0.3)
            return QStringLiteral("裁定");
        if (u < mediation + 0.32)
            return QStringLiteral("移送");
        if (u < mediation + 0.33)
            return QStringLiteral("其他");
        return QStringLiteral("判决");
    }

    // An event entered promptly, late, or (rarely) not at all — never after the data's end.
    QString entered(QDate occurred, double diligence)
    {
        QDate on = occurred;
        if (chance(0.004 * (1 - diligence) * 10))
            return {};
        if (chance(0.74 + 0.25 * diligence))
            on = occurred.addDays(between(0, 2) * (chance(0.7) ? 0 : 1));
        else
            on = occurred.addDays(between(4, 25));
        return on <= m_end ? on.toString(Qt::ISODate) : QString();
    }

    void event(const QString &number, const char *kind, QDate occurred, double diligence)
    {
        if (occurred > m_end)
            return;
        m_events += QStringLiteral("%1,%2,%3,%4\n")
                        .arg(number, QString::fromUtf8(kind), occurred.toString(Qt::ISODate),
                             entered(occurred, diligence))
                        .toUtf8();
    }

    void generateCourt(const DemoCourt &court)
    {
        const QString code = QString::fromUtf8(court.code);
        const CourtLevel level = CaseNumbers::levelOf(code).value_or(CourtLevel::Basic);
        const QList<TypeShare> &shares = sharesOf(level);
        const int count = int(std::lround(court.yearly * 2 * m_scale));
        QList<std::pair<QDate, int>> filings; // day, type index: numbered in filing order
        for (int i = 0; i < count; ++i) {
            double u = uniform();
            qsizetype type = 0;
            while (type + 1 < shares.size() && u >= shares.at(type).share) {
                u -= shares.at(type).share;
                ++type;
            }
            filings.append({filingDay(), int(type)});
        }
        // 积案: a few old cases still open (more at the courts that lag), for 长期未结 over 36 months.
        const int backlog = int(std::lround((1 - court.diligence) * 10 * m_scale));
        for (int i = 0; i < backlog; ++i)
            filings.append({m_start.addDays(-between(30, 700)), 0});
        std::sort(filings.begin(), filings.end());
        QHash<QString, int> serials; // year and type → last 编号
        for (const auto &[filed, typeIndex] : std::as_const(filings)) {
            const TypeShare &share = shares.at(typeIndex);
            const QString type = QString::fromUtf8(share.code);
            const int serial = ++serials[QString::number(filed.year()) + type];
            const QString number = CaseNumber{filed.year(), code, type, serial}.toString();
            const double diligence
                = std::clamp(court.diligence + (filed < m_end.addYears(-1) ? 0 : court.drift), 0.3, 0.99);
            generateCase(number, type, share, filed, diligence);
        }
    }

    void generateCase(const QString &number, const QString &type, const TypeShare &share, QDate filed,
                      double diligence)
    {
        int limitMonths = share.limitMonths;
        if (type == QStringLiteral("民初") && chance(0.55))
            limitMonths = 3; // 简易程序
        const double slowness = 1.6 - 0.7 * diligence;
        int days = int(share.meanDays * slowness * (0.3 + 0.7 * -std::log(1 - uniform())));
        int deducted = 0;
        if (chance(0.08)) {
            deducted = between(30, 120); // 公告, 鉴定
            days += deducted;
        }
        if (filed < m_start || chance(0.05 * (1.3 - diligence)))
            days += between(300, 1000) + std::max(0, int(filed.daysTo(m_start))); // a hard case: 长期未结
        const int limitDays = int(filed.daysTo(filed.addMonths(limitMonths)));
        int extension = 0;
        if (days - deducted > limitDays && type != QStringLiteral("民特") && chance(0.35 + 0.5 * diligence))
            extension = std::min(6, int(std::ceil((days - deducted - limitDays) / 30.0)));
        std::optional<QDate> closed = pushed(filed.addDays(days), filed, diligence);
        if (*closed > m_end)
            closed.reset();

        const bool execution = type == QStringLiteral("执");
        const bool firstInstance = type.endsWith(u'初');
        QString closing;
        bool appealed = false;
        bool retrial = false;
        QString outcome;
        QString applied;
        QString recovered;
        bool publishable = false;
        bool published = false;
        if (closed) {
            closing = closingFor(type, diligence);
            const bool decided = closing == QStringLiteral("判决") || closing == QStringLiteral("驳回")
                                 || closing == QStringLiteral("裁定");
            if (firstInstance && decided) {
                appealed = chance(0.08 + 0.2 * (1 - diligence));
                retrial = !appealed && chance(0.02);
                if (appealed && closed->addDays(between(60, 150)) <= m_end) {
                    const double u = uniform();
                    const double reversed = 0.05 + 0.12 * (1 - diligence);
                    outcome = u < reversed                ? QStringLiteral("改判")
                              : u < reversed * 1.6        ? QStringLiteral("发回重审")
                              : u < reversed * 1.6 + 0.08 ? QStringLiteral("调撤")
                                                          : QStringLiteral("维持");
                }
            }
            publishable
                = (closing == QStringLiteral("判决") || closing == QStringLiteral("驳回")) && chance(0.9);
            published = publishable && chance(0.6 + 0.38 * diligence);
        }
        if (execution) {
            const double amount
                = std::round(std::exp(11 + 1.2 * (uniform() + uniform() + uniform() - 1.5)) * 100) / 100;
            applied = QString::number(amount, 'f', 2);
            if (closed) {
                const double part = closing == QStringLiteral("其他")   ? 1.0
                                    : closing == QStringLiteral("终结") ? uniform() * 0.4 * diligence
                                                                        : 0.0;
                recovered = QString::number(std::round(amount * part * 100) / 100, 'f', 2);
            }
        }
        const bool complete = chance(0.86 + 0.13 * diligence);
        const bool electronic = chance(0.7 + 0.29 * diligence);
        m_cases += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13,%14,%15,%16\n")
                       .arg(number, filed.toString(Qt::ISODate),
                            closed ? closed->toString(Qt::ISODate) : QString())
                       .arg(limitMonths)
                       .arg(extension)
                       .arg(deducted)
                       .arg(closing, yesNo(appealed), yesNo(retrial), outcome, applied, recovered,
                            yesNo(complete), yesNo(electronic), yesNo(publishable), yesNo(published))
                       .toUtf8();

        event(number, "立案", filed, diligence);
        event(number, "分案", filed.addDays(between(0, 3)), diligence);
        const QDate last = closed.value_or(m_end);
        if (execution)
            event(number, "财产查控", std::min(last, filed.addDays(between(3, 20))), diligence);
        else if (closing != QStringLiteral("撤诉") && filed.daysTo(last) > 10)
            event(number, "开庭", filed.addDays(between(7, int(filed.daysTo(last)))), diligence);
        if (closed) {
            if (closing == QStringLiteral("判决"))
                event(number, "宣判", *closed, diligence);
            event(number, "结案", *closed, diligence);
            event(number, "归档", closed->addDays(between(15, 45)), diligence);
        }
    }

    QDate m_end;
    QDate m_start;
    double m_scale;
    QRandomGenerator m_random;
    QByteArray m_cases{
        "案号,立案日期,结案日期,审限（月）,延长审限（月）,扣除审限天数,结案方式,是否上诉,是否申请再审,"
        "二审结果,申请执行金额,执行到位金额,必填项完整,电子卷宗随案生成,应公开文书,文书已上网\n"};
    QByteArray m_events{"案号,节点,发生日期,录入日期\n"};
};

} // namespace

QList<DemoFile> CourtsDemoData::generate(QDate end, double scale)
{
    return Generator(end, scale).files();
}

Core::Result<> CourtsDemoData::seed(Core::ModuleContext &context, const QList<DemoFile> &files)
{
    for (const DemoFile &file : files) {
        auto put = CourtsDatasets::put(context, file.kind, file.title, file.fileName, file.bytes);
        if (!put)
            return std::unexpected(put.error());
    }
    return {};
}

} // namespace GovDesk::Courts
