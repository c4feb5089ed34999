// Tests every indicator against figures worked out by hand (comments show the arithmetic) for one
// court's cases over the first half of 2026 — cases spanning periods, deducted days, an extension,
// late and missing entries — and the edge cases: no cases at all, a court with a single case, the
// province's figure as the sum of its courts', the configurable bases, and the settings' refusals.
#include "CaseIndicators.h"
#include "TestProfile.h"

#include <QJsonArray>
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
    return c;
}

QList<CourtCase> sample()
{
    // A: pending at the start, 简易程序 (3 months, due 2026-02-01), closed late on 02-10: 101 days;
    // appealed and reversed; its 裁判文书 online; 结案 entered ten days late.
    CourtCase a = make("民初", 1, QDate(2025, 11, 1), QDate(2026, 2, 10));
    a.limitMonths = 3;
    a.appealed = true;
    a.appealOutcome = AppealOutcome::Reversed;
    a.judgmentPublishable = a.judgmentPublished = true;
    a.events = {{QStringLiteral("立案"), QDate(2025, 11, 1), QDate(2025, 11, 2)},
                {QStringLiteral("结案"), QDate(2026, 2, 10), QDate(2026, 2, 20)}};
    // B: new, mediated on 03-15 after 64 days less 10 deducted (公告) = 54; 电子卷宗; entered same day.
    CourtCase b = make("民初", 2, QDate(2026, 1, 10), QDate(2026, 3, 15), ClosingMethod::Mediation);
    b.deductedDays = 10;
    b.electronicFile = true;
    b.events = {{QStringLiteral("立案"), QDate(2026, 1, 10), QDate(2026, 1, 10)}};
    // C: new, still open at the end (closed in September); mandatory fields missing.
    CourtCase c = make("民初", 3, QDate(2026, 2, 1), QDate(2026, 9, 1));
    c.mandatoryFieldsComplete = false;
    // D: filed 2024-12-01, never closed: over 12 and 18 months at 06-30, not 36.
    CourtCase d = make("民初", 4, QDate(2024, 12, 1), std::nullopt);
    // E: execution, new, closed 05-20 after 80 days: 60,000 of 100,000 recovered; one event never entered.
    CourtCase e = make("执", 5, QDate(2026, 3, 1), QDate(2026, 5, 20), ClosingMethod::Termination);
    e.executionApplied = 100000;
    e.executionRecovered = 60000;
    e.events = {{QStringLiteral("执行完毕"), QDate(2026, 5, 20), QDate()}};
    // F: pending at the start, extended by six months (due 2026-06-01), withdrawn 01-20 after 233
    // days; its 裁定 should be online and is not.
    CourtCase f = make("民初", 6, QDate(2025, 6, 1), QDate(2026, 1, 20), ClosingMethod::Withdrawal);
    f.extensionMonths = 6;
    f.judgmentPublishable = true;
    // G: closed before the period: counts nowhere.
    CourtCase g = make("民初", 7, QDate(2025, 3, 1), QDate(2025, 12, 31));
    g.appealed = true;
    return {a, b, c, d, e, f, g};
}

double valueOf(const QMap<Indicator, Figure> &figures, Indicator indicator)
{
    return CourtRanking::rounded(*CaseIndicators::value(indicator, figures.value(indicator)), 2);
}

} // namespace

class TestCaseIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIndicatorByHand()
    {
        const auto figures = CaseIndicators::compute(sample(), FirstHalf, {});
        // 结案 A B E F = 4; 旧存 A D F = 3, 新收 B C E = 3.
        QCOMPARE(figures.value(Indicator::ClosingRate), (Figure{4, 6}));
        QCOMPARE(valueOf(figures, Indicator::ClosingRate), 66.67);
        // Within the limit: B, E, F (with its extension); A was late.
        QCOMPARE(figures.value(Indicator::WithinLimitRate), (Figure{3, 4}));
        // (101 + 54 + 80 + 233) / 4.
        QCOMPARE(figures.value(Indicator::AverageTrialDays), (Figure{468, 4}));
        QCOMPARE(valueOf(figures, Indicator::AverageTrialDays), 117.0);
        // First instance closed: A B F; A appealed.
        QCOMPARE(figures.value(Indicator::AcceptanceRate), (Figure{2, 3}));
        QCOMPARE(figures.value(Indicator::AppealRate), (Figure{1, 3}));
        QCOMPARE(figures.value(Indicator::ReversedRemandedRate), (Figure{1, 3}));
        QCOMPARE(figures.value(Indicator::MediationWithdrawalRate), (Figure{2, 4}));
        QCOMPARE(figures.value(Indicator::ExecutionRecoveryRate), (Figure{60000, 100000}));
        QCOMPARE(valueOf(figures, Indicator::ExecutionRecoveryRate), 60.0);
        // Closings per month Jan–Jun: 1 1 1 0 1 0; mean 2/3, σ = √(2/9): 1 − σ/mean = 1 − 1/√2.
        QCOMPARE(valueOf(figures, Indicator::EvenClosingRate), 29.29);
        // Events in the period: A's 结案 (10 days), B's 立案 (same day), E's (never entered).
        QCOMPARE(figures.value(Indicator::EntryTimelinessRate), (Figure{1, 3}));
        // New or closed in the period: A B C E F; C incomplete.
        QCOMPARE(figures.value(Indicator::EntryCompletenessRate), (Figure{4, 5}));
        // New: B C E; only B with its 电子卷宗.
        QCOMPARE(figures.value(Indicator::ElectronicFileRate), (Figure{1, 3}));
        // To be published: A (online), F (not).
        QCOMPARE(figures.value(Indicator::PublicationRate), (Figure{1, 2}));
        QCOMPARE(*CaseIndicators::value(Indicator::LongPending, figures.value(Indicator::LongPending)), 1.0);
        QCOMPARE(
            *CaseIndicators::value(Indicator::LongPendingMiddle, figures.value(Indicator::LongPendingMiddle)),
            1.0);
        QCOMPARE(
            *CaseIndicators::value(Indicator::LongPendingLong, figures.value(Indicator::LongPendingLong)),
            0.0);
    }

    void configurableBasesChangeFigureAndDefinition()
    {
        IndicatorSettings settings;
        settings.closingBase = IndicatorSettings::ClosingBase::NewOnly;
        settings.reversalBase = IndicatorSettings::ReversalBase::AppealsDecided;
        settings.timelyEntryDays = 10;
        settings.longPendingMonths = {6, 12, 24};
        const auto figures = CaseIndicators::compute(sample(), FirstHalf, settings);
        QCOMPARE(figures.value(Indicator::ClosingRate), (Figure{4, 3}));
        QCOMPARE(figures.value(Indicator::ReversedRemandedRate),
                 (Figure{1, 1}));                                                // A: the only appeal decided
        QCOMPARE(figures.value(Indicator::EntryTimelinessRate), (Figure{2, 3})); // ten days now count
        // Open at 06-30: C (5 months) and D (19 months): over 6 → D; 12 → D; 24 → none.
        QCOMPARE(figures.value(Indicator::LongPending).numerator, 1.0);
        QCOMPARE(figures.value(Indicator::LongPendingLong).numerator, 0.0);
        QVERIFY(CaseIndicators::definition(Indicator::ClosingRate, settings)
                    .formula.contains(QStringLiteral("÷ 新收案件数")));
        QVERIFY(
            CaseIndicators::definition(Indicator::ClosingRate, {}).formula.contains(QStringLiteral("旧存")));
        QCOMPARE(CaseIndicators::definition(Indicator::LongPending, settings).name,
                 QStringLiteral("6个月以上未结案件数"));
        QVERIFY(CaseIndicators::definition(Indicator::EntryTimelinessRate, settings)
                    .formula.contains(QStringLiteral("10日内")));
    }

    void noCasesGiveNoRates()
    {
        const auto figures = CaseIndicators::compute({}, FirstHalf, {});
        for (Indicator indicator : CaseIndicators::all()) {
            const IndicatorDefinition definition = CaseIndicators::definition(indicator, {});
            if (definition.unit == QStringLiteral("件"))
                QCOMPARE(*CaseIndicators::value(indicator, figures.value(indicator)), 0.0);
            else
                QVERIFY2(!CaseIndicators::value(indicator, figures.value(indicator)),
                         qPrintable(definition.key));
        }
    }

    void aCourtWithOneCaseAndTheProvince()
    {
        const CourtCase only = make("民初", 1, QDate(2026, 4, 1), QDate(2026, 4, 30));
        const auto one = CaseIndicators::compute({only}, FirstHalf, {});
        QCOMPARE(valueOf(one, Indicator::ClosingRate), 100.0);
        QCOMPARE(valueOf(one, Indicator::AverageTrialDays), 29.0);
        // One closing in six months: counts 0 0 0 1 0 0, mean 1/6, σ = √5/6: 1 − √5 < 0 → 0.
        QCOMPARE(valueOf(one, Indicator::EvenClosingRate), 0.0);
        const auto many = CaseIndicators::compute(sample(), FirstHalf, {});
        // The province: sums, not the mean of two rates ((4 + 1) / (6 + 1), not (66.67 + 100) / 2).
        const Figure province = CaseIndicators::combine(
            Indicator::ClosingRate, {many.value(Indicator::ClosingRate), one.value(Indicator::ClosingRate)});
        QCOMPARE(province, (Figure{5, 7}));
        const Figure even
            = CaseIndicators::combine(Indicator::EvenClosingRate, {many.value(Indicator::EvenClosingRate),
                                                                   one.value(Indicator::EvenClosingRate)});
        QCOMPARE(CourtRanking::rounded(*CaseIndicators::value(Indicator::EvenClosingRate, even), 2), 14.64);
    }

    void settingsFromJson()
    {
        auto settings = IndicatorSettings::fromJson({{"closingBase", "new_only"}, {"timelyEntryDays", 5}});
        GD_VERIFY(settings);
        QCOMPARE(settings->closingBase, IndicatorSettings::ClosingBase::NewOnly);
        QCOMPARE(settings->timelyEntryDays, 5);
        QCOMPARE(settings->longPendingMonths[2], 36); // kept
        QCOMPARE(settings->thresholds, IndicatorSettings::defaultThresholds());
        auto back = IndicatorSettings::fromJson(settings->toJson());
        GD_VERIFY(back);
        QCOMPARE(back->toJson(), settings->toJson());
        const QList<std::pair<QJsonObject, QString>> wrong{
            {{{"closingBase", "all"}}, QStringLiteral("closingBase")},
            {{{"reversalBase", 3}}, QStringLiteral("reversalBase")},
            {{{"timelyEntryDays", -1}}, QStringLiteral("timelyEntryDays")},
            {{{"longPendingMonths", QJsonArray{18, 12, 36}}}, QStringLiteral("longPendingMonths")},
            {{{"longPendingMonths", QJsonArray{12, 18}}}, QStringLiteral("longPendingMonths")},
            {{{"thresholds", QJsonObject{{"closing_rate", 101}}}}, QStringLiteral("thresholds")},
            {{{"thresholds", QJsonObject{{"average_trial_days", -1}}}}, QStringLiteral("thresholds")},
            {{{"thresholds", QJsonObject{{"closing_rate", "80"}}}}, QStringLiteral("thresholds")},
            {{{"thresholds", QJsonObject{{"winning_rate", 80}}}}, QStringLiteral("thresholds")},
            {{{"thresholds", QJsonArray{80}}}, QStringLiteral("thresholds")},
        };

        // Lines given replace the defaults: a province may drop one, and set one on any indicator.
        auto lines = IndicatorSettings::fromJson(
            {{"thresholds",
              QJsonObject{{"closing_rate", 85}, {"average_trial_days", 60}, {"long_pending", 0}}}});
        GD_VERIFY(lines);
        const QMap<Indicator, double> expected{{Indicator::ClosingRate, 85.0},
                                               {Indicator::AverageTrialDays, 60.0},
                                               {Indicator::LongPending, 0.0}};
        QCOMPARE(lines->thresholds, expected);
        auto linesBack = IndicatorSettings::fromJson(lines->toJson());
        GD_VERIFY(linesBack);
        QCOMPARE(linesBack->thresholds, expected);
        auto none = IndicatorSettings::fromJson({{"thresholds", QJsonObject{}}});
        GD_VERIFY(none);
        QVERIFY(none->thresholds.isEmpty());

        for (const auto &[json, key] : wrong) {
            auto refused = IndicatorSettings::fromJson(json);
            QVERIFY(!refused);
            QCOMPARE(refused.error().detail, key);
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseIndicators)
#include "tst_caseindicators.moc"
