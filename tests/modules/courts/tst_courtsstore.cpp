// The 审判 tables read back as the domain core needs them, on a real encrypted profile with hand-
// made files imported: a court's cases and all courts', with their events in order; the cases
// relevant to a period give CaseIndicators the same figures as all the cases do; one case and its
// events; the directory; the drill-down (casesBehind) per indicator with its reasons.
#include "CourtsDatasets.h"
#include "CourtsFiles.h"
#include "CourtsStore.h"
#include "ModuleTestProfile.h"
#include "sync/RecordStore.h"

#include <QFile>
#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Courts;

namespace {

const Period FirstHalf{QDate(2025, 1, 1), QDate(2025, 6, 30)};

QStringList numbers(const QList<CourtCase> &cases)
{
    QStringList list;
    for (const CourtCase &c : cases)
        list << c.number.toString();
    return list;
}

} // namespace

class TestCourtsStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;

    DatasetStatus import(DatasetKind kind, const QByteArray &bytes,
                         const QString &name = QStringLiteral("file.csv"))
    {
        const QString path = m_profile->dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        DatasetStatus status{.recordId = RecordStore::newRecordId(),
                             .kind = CourtsSchema::kindCode(kind),
                             .title = name,
                             .fileName = name,
                             .sha256 = QString(64, u'0')};
        auto imported = CourtsDatasets::importLocal(m_context->database(), status, path);
        if (!imported)
            qFatal("import: %s", qPrintable(imported.error().fullText()));
        return *imported;
    }

    CourtsStore store() { return CourtsStore(m_context->database()); }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("courts"));
        GD_VERIFY(CourtsDatasets::install(*m_context));
        QCOMPARE(import(DatasetKind::Cases, Test::caseRows().toUtf8()).state, DatasetState::Applied);
        QCOMPARE(import(DatasetKind::Events, Test::eventRows().toUtf8()).state, DatasetState::Applied);
    }

    void cleanup()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void casesOfACourtAndOfAll()
    {
        QCOMPARE(store().caseCount().value_or(-1), 8);
        QCOMPARE(store().eventCount().value_or(-1), 6);
        auto xiuying = store().cases(QStringLiteral("琼0105"));
        GD_VERIFY(xiuying);
        QCOMPARE(
            numbers(*xiuying),
            (QStringList{QStringLiteral("（2023）琼0105民初4号"), QStringLiteral("（2025）琼0105执5号"),
                         QStringLiteral("（2025）琼0105民初1号"), QStringLiteral("（2025）琼0105民初2号"),
                         QStringLiteral("（2025）琼0105民初3号")}));
        auto all = store().cases();
        GD_VERIFY(all);
        QCOMPARE(all->size(), 8);

        // Every column as imported.
        const CourtCase first = xiuying->at(2);
        QCOMPARE(first.filedOn, QDate(2025, 1, 6));
        QCOMPARE(first.closedOn.value_or(QDate()), QDate(2025, 3, 20));
        QCOMPARE(first.limitMonths, 3);
        QCOMPARE(first.closing, ClosingMethod::Judgment);
        QVERIFY(first.appealed);
        QCOMPARE(first.appealOutcome, AppealOutcome::Reversed);
        QVERIFY(first.judgmentPublishable && first.judgmentPublished && first.electronicFile);
        QCOMPARE(first.events.size(), 3);
        QCOMPARE(first.events.at(1),
                 (CaseEvent{QStringLiteral("开庭"), QDate(2025, 2, 20), QDate(2025, 3, 5)}));
        const CourtCase third = xiuying->at(4);
        QCOMPARE(third.extensionMonths, 3);
        QCOMPARE(third.deductedDays, 30);
        QCOMPARE(third.closing, ClosingMethod::Mediation);
        const CourtCase execution = xiuying->at(1);
        QCOMPARE(execution.executionApplied, 100000.0);
        QCOMPARE(execution.executionRecovered, 40000.0);
        QVERIFY(!execution.mandatoryFieldsComplete && !execution.electronicFile);
        QVERIFY(!xiuying->first().closedOn);
        // Empty cells take the usual values: no extension, fields complete, nothing published.
        auto longhua = store().cases(QStringLiteral("琼0106"));
        GD_VERIFY(longhua);
        // 刑 sorts before 民.
        QCOMPARE(numbers(*longhua), (QStringList{QStringLiteral("（2025）琼0106刑初2号"),
                                                 QStringLiteral("（2025）琼0106民初1号")}));
        const CourtCase withdrawn = longhua->last();
        QCOMPARE(withdrawn.closing, ClosingMethod::Withdrawal);
        QCOMPARE(withdrawn.extensionMonths, 0);
        QVERIFY(withdrawn.mandatoryFieldsComplete);
        QVERIFY(!withdrawn.appealed && !withdrawn.judgmentPublished);
        QCOMPARE(withdrawn.events.size(), 1); // the half-width 案号 found its case
        QVERIFY(longhua->first().retrialSought);
    }

    void periodFilterKeepsTheFigures()
    {
        // A case closed before the period, one filed after, and an 归档 after the closing.
        GD_VERIFY(m_context->database().execute(
            QStringLiteral("INSERT INTO courts_cases (case_number, court, filed_on, closed_on, limit_months, "
                           "dataset_id) VALUES "
                           "('（2024）琼0105民初8号', '琼0105', '2024-03-01', '2024-12-20', 6, 'x'), "
                           "('（2025）琼0105民初9号', '琼0105', '2025-08-01', NULL, 6, 'x'), "
                           "('（2024）琼0105民初10号', '琼0105', '2024-05-01', '2024-12-01', 6, 'x');"
                           "INSERT INTO courts_events VALUES ('（2024）琼0105民初10号', '归档', "
                           "'2025-01-08', '2025-01-20', 'x');")));
        auto relevant = store().cases(QStringLiteral("琼0105"), FirstHalf);
        auto all = store().cases(QStringLiteral("琼0105"));
        GD_VERIFY(relevant);
        GD_VERIFY(all);
        QCOMPARE(all->size(), 8);
        QCOMPARE(relevant->size(), 6); // not 民初8 (closed before) nor 民初9 (filed after)
        QVERIFY(numbers(*relevant).contains(QStringLiteral("（2024）琼0105民初10号")));
        QCOMPARE(CaseIndicators::compute(*relevant, FirstHalf, {}),
                 CaseIndicators::compute(*all, FirstHalf, {}));
        auto province = store().cases({}, FirstHalf);
        GD_VERIFY(province);
        QCOMPARE(province->size(), 9);
    }

    void oneCaseAndItsEvents()
    {
        auto found = store().courtCase(QStringLiteral("（2025）琼0105民初2号"));
        GD_VERIFY(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->events.size(), 2);
        QVERIFY(!(*found)->events.last().enteredOn.isValid());
        auto events = store().events(QStringLiteral("（2025）琼0105民初1号"));
        GD_VERIFY(events);
        QStringList kinds;
        for (const CaseEvent &event : std::as_const(*events))
            kinds << event.kind;
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("立案"), QStringLiteral("开庭"), QStringLiteral("结案")}));
        auto missing = store().courtCase(QStringLiteral("（2025）琼0105民初99号"));
        GD_VERIFY(missing);
        QVERIFY(!missing->has_value());
    }

    void directoryFromItsDataset()
    {
        auto empty = store().directory();
        GD_VERIFY(empty);
        QVERIFY(empty->courts().isEmpty());
        const DatasetStatus courts = import(
            DatasetKind::Courts,
            QStringLiteral("法院代字,法院名称\n琼,海南省高级人民法院\n琼01,海南省海口市中级人民法院\n"
                           "琼0105,海口市秀英区人民法院\n琼0106,海口市龙华区人民法院\n")
                .toUtf8());
        QCOMPARE(courts.rows, 4);
        auto directory = store().directory();
        GD_VERIFY(directory);
        QCOMPARE(directory->courts().size(), 4);
        QCOMPARE(directory->nameOf(QStringLiteral("琼0106")), QStringLiteral("海口市龙华区人民法院"));
        QCOMPARE(directory->court(QStringLiteral("琼0105"))->parent, QStringLiteral("琼01"));
        // A directory whose 基层法院 has no 中院 above it is refused as a whole when read.
        import(DatasetKind::Courts, QStringLiteral("法院代字,法院名称\n琼0202,三亚市城郊人民法院\n").toUtf8(),
               QStringLiteral("more.csv"));
        QVERIFY(!store().directory());
    }

    void casesBehindPerIndicator()
    {
        // 民初2 closed 20 days past its 3-month limit (due 04-10, closed 04-30).
        auto late = store().casesBehind(Indicator::WithinLimitRate, QStringLiteral("琼0105"), FirstHalf);
        GD_VERIFY(late);
        QCOMPARE(late->size(), 1);
        QCOMPARE(late->first().courtCase.number.toString(), QStringLiteral("（2025）琼0105民初2号"));
        QVERIFY2(late->first().reason.contains(QStringLiteral("2025-04-10")),
                 qPrintable(late->first().reason));
        // 民初4 open since 2023-11-01: over 12 and 18 months.
        for (Indicator indicator : {Indicator::LongPending, Indicator::LongPendingMiddle}) {
            auto pending = store().casesBehind(indicator, QStringLiteral("琼0105"), FirstHalf);
            GD_VERIFY(pending);
            QCOMPARE(numbers([&] {
                         QList<CourtCase> cases;
                         for (const BehindCase &entry : std::as_const(*pending))
                             cases << entry.courtCase;
                         return cases;
                     }()),
                     QStringList{QStringLiteral("（2023）琼0105民初4号")});
        }
        // 开庭 entered 13 days late, 结案 never: both of 民初1 and 民初2 listed, with the events named.
        auto entry = store().casesBehind(Indicator::EntryTimelinessRate, QStringLiteral("琼0105"), FirstHalf);
        GD_VERIFY(entry);
        QCOMPARE(entry->size(), 2);
        QCOMPARE(entry->first().courtCase.number.toString(), QStringLiteral("（2025）琼0105民初2号"));
        QVERIFY(entry->first().reason.contains(QStringLiteral("结案")));
        QVERIFY(entry->last().reason.contains(QStringLiteral("开庭")));
        // The same court's list agrees with its figure.
        auto cases = store().cases(QStringLiteral("琼0105"), FirstHalf);
        GD_VERIFY(cases);
        const auto figures = CaseIndicators::compute(*cases, FirstHalf, {});
        for (Indicator indicator : {Indicator::ElectronicFileRate, Indicator::EntryCompletenessRate,
                                    Indicator::PublicationRate, Indicator::MediationWithdrawalRate}) {
            auto listed = store().casesBehind(indicator, QStringLiteral("琼0105"), FirstHalf);
            GD_VERIFY(listed);
            const Figure figure = figures.value(indicator);
            QCOMPARE(listed->size(), qsizetype(figure.denominator - figure.numerator));
        }
        auto execution
            = store().casesBehind(Indicator::ExecutionRecoveryRate, QStringLiteral("琼0105"), FirstHalf);
        GD_VERIFY(execution);
        QCOMPARE(execution->size(), 1);
        QVERIFY(execution->first().reason.contains(QStringLiteral("40000.00")));
        // Another court's cases are not listed.
        auto longhua = store().casesBehind(Indicator::WithinLimitRate, QStringLiteral("琼0106"), FirstHalf);
        GD_VERIFY(longhua);
        QVERIFY(longhua->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCourtsStore)
#include "tst_courtsstore.moc"
