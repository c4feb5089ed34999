// The drill-down from a court's figure to the cases behind it, per indicator, on hand-made cases
// (the comments give what each case did): which cases are listed, worst first, with a reason that
// names the fact (days late, days open, the late event); and that the list is exactly the part of
// the figure that hurts it — denominator − numerator for a rate better higher, the numerator for
// one better lower (上诉率, 发回改判率) and for 长期未结 — under both 结案率 bases.
#include "CasesBehind.h"

#include <QTest>

using namespace GovDesk::Courts;

namespace {

const Period FirstHalf{QDate(2026, 1, 1), QDate(2026, 6, 30)};

CourtCase make(const char *type, int serial, QDate filed, std::optional<QDate> closed,
               std::optional<ClosingMethod> closing = ClosingMethod::Judgment)
{
    CourtCase c;
    c.number = {filed.year(), QStringLiteral("琼0105"), QString::fromUtf8(type), serial};
    c.filedOn = filed;
    c.closedOn = closed;
    c.closing = closed ? closing : std::nullopt;
    c.limitMonths = 6;
    c.electronicFile = true;
    return c;
}

QList<CourtCase> sample()
{
    // 1: 简易程序 due 2026-02-01, closed 02-10 (9 days late); appealed, reversed; published.
    CourtCase a = make("民初", 1, QDate(2025, 11, 1), QDate(2026, 2, 10));
    a.limitMonths = 3;
    a.appealed = true;
    a.appealOutcome = AppealOutcome::Reversed;
    a.judgmentPublishable = a.judgmentPublished = true;
    a.events = {{QStringLiteral("结案"), QDate(2026, 2, 10), QDate(2026, 2, 20)}}; // 10 days late
    // 2: due 2026-03-01, closed 04-01 (31 days late), remanded; publishable, not published.
    CourtCase b = make("民初", 2, QDate(2025, 12, 1), QDate(2026, 4, 1));
    b.limitMonths = 3;
    b.appealed = true;
    b.appealOutcome = AppealOutcome::Remanded;
    b.judgmentPublishable = true;
    b.events = {{QStringLiteral("开庭"), QDate(2026, 3, 1), QDate()}}; // never entered
    // 3: mediated within the limit; no electronic file; fields incomplete.
    CourtCase c = make("民初", 3, QDate(2026, 1, 10), QDate(2026, 3, 1), ClosingMethod::Mediation);
    c.electronicFile = false;
    c.mandatoryFieldsComplete = false;
    c.retrialSought = true;
    // 4: open since 2024-06-01: over 18 months at 06-30 (not 36).
    CourtCase d = make("民初", 4, QDate(2024, 6, 1), std::nullopt);
    // 5: open since 2025-05-01: over 12 months.
    CourtCase e = make("民初", 5, QDate(2025, 5, 1), std::nullopt);
    // 6: execution: 30,000 of 100,000 recovered.
    CourtCase f = make("执", 6, QDate(2026, 2, 1), QDate(2026, 5, 1), ClosingMethod::Termination);
    f.executionApplied = 100000;
    f.executionRecovered = 30000;
    // 7: filed in the period, still open.
    CourtCase g = make("民初", 7, QDate(2026, 5, 1), std::nullopt);
    return {a, b, c, d, e, f, g};
}

QStringList serials(const QList<BehindCase> &behind)
{
    QStringList list;
    for (const BehindCase &entry : behind)
        list << QString::number(entry.courtCase.number.serial);
    return list;
}

QList<BehindCase> behind(Indicator indicator, const IndicatorSettings &settings = {})
{
    return CasesBehind::of(sample(), indicator, FirstHalf, settings);
}

} // namespace

class TestCasesBehind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheCasesPerIndicator_data()
    {
        QTest::addColumn<int>("indicator");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("firstReason");
        const auto row = [](const char *name, Indicator indicator, QStringList expected, QString reason) {
            QTest::newRow(name) << int(indicator) << expected << reason;
        };
        // Open at the end: 4 (longest), 5, 7.
        row("closing", Indicator::ClosingRate, {"4", "5", "7"}, QStringLiteral("2024-06-01"));
        row("within limit", Indicator::WithinLimitRate, {"2", "1"}, QStringLiteral("31"));
        // Average of 101, 121, 50, 89 trial days = 90.25: 2 and 1 above it.
        row("average days", Indicator::AverageTrialDays, {"2", "1"}, QStringLiteral("121"));
        row("12 months", Indicator::LongPending, {"4", "5"}, QStringLiteral("759"));
        row("18 months", Indicator::LongPendingMiddle, {"4"}, QStringLiteral("2024-06-01"));
        row("36 months", Indicator::LongPendingLong, {}, QString());
        row("acceptance", Indicator::AcceptanceRate, {"1", "2", "3"}, QString());
        row("mediation", Indicator::MediationWithdrawalRate, {"1", "2", "6"}, QString());
        row("appeal", Indicator::AppealRate, {"1", "2"}, QString());
        row("reversed", Indicator::ReversedRemandedRate, {"1", "2"}, QString());
        row("execution", Indicator::ExecutionRecoveryRate, {"6"}, QStringLiteral("30000.00"));
        row("evenness", Indicator::EvenClosingRate, {}, QString());
        // Never entered weighs as the days to the period's end (121) > 10 days late.
        row("timeliness", Indicator::EntryTimelinessRate, {"2", "1"}, QStringLiteral("开庭"));
        row("completeness", Indicator::EntryCompletenessRate, {"3"}, QString());
        row("electronic file", Indicator::ElectronicFileRate, {"3"}, QString());
        row("publication", Indicator::PublicationRate, {"2"}, QString());
    }

    void listsTheCasesPerIndicator()
    {
        QFETCH(int, indicator);
        QFETCH(QStringList, expected);
        QFETCH(QString, firstReason);
        const QList<BehindCase> list = behind(Indicator(indicator));
        QCOMPARE(serials(list), expected);
        for (const BehindCase &entry : list)
            QVERIFY(!entry.reason.isEmpty());
        if (!firstReason.isEmpty())
            QVERIFY2(list.first().reason.contains(firstReason), qPrintable(list.first().reason));
    }

    void ratesShortfallIsTheList()
    {
        for (const auto base :
             {IndicatorSettings::ClosingBase::PendingAndNew, IndicatorSettings::ClosingBase::NewOnly}) {
            IndicatorSettings settings;
            settings.closingBase = base;
            const auto figures = CaseIndicators::compute(sample(), FirstHalf, settings);
            for (Indicator indicator : {Indicator::WithinLimitRate, Indicator::AcceptanceRate,
                                        Indicator::MediationWithdrawalRate, Indicator::EntryCompletenessRate,
                                        Indicator::ElectronicFileRate, Indicator::PublicationRate}) {
                const Figure figure = figures.value(indicator);
                QCOMPARE(behind(indicator, settings).size(),
                         qsizetype(figure.denominator - figure.numerator));
            }
            QCOMPARE(behind(Indicator::LongPending, settings).size(),
                     qsizetype(figures.value(Indicator::LongPending).numerator));
            // 上诉率 and 发回改判率 are better lower: what pulls them down is their numerator.
            for (Indicator indicator : {Indicator::AppealRate, Indicator::ReversedRemandedRate})
                QCOMPARE(behind(indicator, settings).size(), qsizetype(figures.value(indicator).numerator));
        }
        // Under 新收 only, cases pending at the start are not in the base: only 7 is behind.
        IndicatorSettings newOnly;
        newOnly.closingBase = IndicatorSettings::ClosingBase::NewOnly;
        QCOMPARE(serials(behind(Indicator::ClosingRate, newOnly)), QStringList{QStringLiteral("7")});
    }

    void noCasesNothingBehind()
    {
        for (Indicator indicator : CaseIndicators::all())
            QVERIFY(CasesBehind::of({}, indicator, FirstHalf, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCasesBehind)
#include "tst_casesbehind.moc"
