// Tests the annual report's record on a real encrypted profile with the demo's year of requests
// and items: the input gathers every request and item; a draft keeps what was entered by hand and
// reads it back; saving again rewrites the same record; 发布 marks it published with its date, and
// a later draft takes it off the portal again.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "AnnualReportStore.h"
#include "DisclosureDemoData.h"
#include "DisclosureRecords.h"
#include "RequestsDemoData.h"
#include "RequestsStore.h"
#include "module/ModuleRecords.h"
#include "module/ProjectionRunner.h"

#include <QTest>

using namespace GovDesk::Disclosure;

class TestAnnualReportStore : public QObject
{
    Q_OBJECT

    GovDesk::Test::ModuleTestProfile m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;
    const QDate m_today = QDate::currentDate();
    int m_requests = 0;

private slots:
    void initTestCase()
    {
        GD_VERIFY(m_profile.create());
        m_context = &m_profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(m_context->migrate(DisclosureRecords::migrations()));
        GD_VERIFY(DisclosureRecords::declare(*m_context));
        GD_VERIFY(RequestsStore::install(*m_context));
        GD_VERIFY(AnnualReportStore::declare(*m_context));
        GD_VERIFY(seedDemoItems(*m_context, m_today));
        auto calendar = HolidayCalendar::shipped();
        GD_VERIFY(calendar);
        auto seeded = RequestsDemoData::seed(*m_context, *calendar, m_today);
        GD_VERIFY(seeded);
        m_requests = *seeded;
        GD_VERIFY(m_context->projections().catchUp());
    }

    void theInputHoldsEveryRequestAndItem()
    {
        auto input = AnnualReportStore::input(*m_context, m_today.year(), {}, {});
        GD_VERIFY(input);
        QCOMPARE(input->requests.size(), m_requests);
        GovDesk::Core::RecordQuery items;
        items.collection = QString::fromLatin1(ItemCollection);
        GD_VERIFY(m_context->records().count(items));
        QCOMPARE(input->items.size(), *m_context->records().count(items));
        QCOMPARE(input->organisation, m_context->account().organisationName);
        // The figures the report states are the reconciled ones.
        const Reconciliation check
            = AnnualReport::reconcile(AnnualReport::requestFigures(input->year, input->requests));
        QVERIFY2(check.balanced, qPrintable(check.problems.join(QLatin1Char('\n'))));
    }

    void aDraftKeepsWhatWasEntered()
    {
        QVERIFY(!*AnnualReportStore::find(*m_context, m_today.year()));
        ReviewLitigation cases;
        cases.review = {.upheld = 3, .corrected = 1, .other = 0, .pending = 1};
        cases.litigationAfterReview.pending = 2;
        const ReportTexts texts{.overview = QStringLiteral("本年度政务公开工作扎实推进。"),
                                .problems = QStringLiteral("依申请公开答复规范性有待提高。"),
                                .other = QString()};
        auto input = AnnualReportStore::input(*m_context, m_today.year(), cases, texts);
        GD_VERIFY(input);
        auto id = AnnualReportStore::saveDraft(*m_context, *input);
        GD_VERIFY(id);

        auto found = AnnualReportStore::find(*m_context, m_today.year());
        GD_VERIFY(found);
        QVERIFY(*found);
        const SavedReport &report = **found;
        QCOMPARE(report.recordId, *id);
        QVERIFY(!report.isPublished());
        QCOMPARE(report.reviewLitigation.review.upheld, 3);
        QCOMPARE(report.reviewLitigation.review.total(), 5);
        QCOMPARE(report.reviewLitigation.litigationAfterReview.pending, 2);
        QCOMPARE(report.texts.overview, texts.overview);
        QCOMPARE(report.texts.problems, texts.problems);
        QCOMPARE(report.payload.value(QStringLiteral("title")).toString(),
                 AnnualReport::title(input->organisation, m_today.year()));
        // Section 四's table carries the entered outcomes, with the row total.
        const QJsonArray sections = report.payload.value(QStringLiteral("sections")).toArray();
        const QJsonArray reviewRow = sections.at(3)
                                         .toObject()
                                         .value(QStringLiteral("tables"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("rows"))
                                         .toArray()
                                         .at(0)
                                         .toArray();
        QCOMPARE(reviewRow.at(0).toString(), QStringLiteral("行政复议"));
        QCOMPARE(reviewRow.at(1).toString(), QStringLiteral("3"));
        QCOMPARE(reviewRow.at(5).toString(), QStringLiteral("5"));
        QVERIFY(!*AnnualReportStore::find(*m_context, m_today.year() - 1)); // only that year's
    }

    void publishingAndRedraftingRewriteTheSameRecord()
    {
        auto before = AnnualReportStore::find(*m_context, m_today.year());
        GD_VERIFY(before);
        const SavedReport draft = **before;
        auto input = AnnualReportStore::input(*m_context, m_today.year(), draft.reviewLitigation, draft.texts);
        GD_VERIFY(input);
        auto published = AnnualReportStore::publish(*m_context, *input, m_today);
        GD_VERIFY(published);
        QCOMPARE(*published, draft.recordId);
        auto after = AnnualReportStore::find(*m_context, m_today.year());
        QVERIFY((*after)->isPublished());
        QCOMPARE((*after)->payload.value(QStringLiteral("publishedOn")).toString(), m_today.toString(Qt::ISODate));
        QCOMPARE((*after)->texts.overview, draft.texts.overview);

        GD_VERIFY(AnnualReportStore::saveDraft(*m_context, *input));
        auto redrafted = AnnualReportStore::find(*m_context, m_today.year());
        QCOMPARE((*redrafted)->recordId, draft.recordId);
        QVERIFY(!(*redrafted)->isPublished()); // off the portal until published again
        GovDesk::Core::RecordQuery all;
        all.collection = QString::fromLatin1(ReportCollection);
        QCOMPARE(*m_context->records().count(all), 1);
    }
};

QTEST_MAIN(TestAnnualReportStore)
#include "tst_annualreportstore.moc"
