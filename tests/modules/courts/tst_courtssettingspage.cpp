// Tests the 审判 settings group: it shows the 口径 and 达标线 it was given, returns what the controls
// say, keeps the 长期未结 thresholds rising (a later one cannot be set at or below an earlier one) and
// names the 长期未结 lines after the months chosen.
#include "CourtsSettingsPage.h"
#include "Screenshots.h"
#include "TestProfile.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace GovDesk::Courts;

class TestCourtsSettingsPage : public QObject
{
    Q_OBJECT

    GovDesk::Test::ScreenshotLanguage m_language;

private Q_SLOTS:
    void initTestCase() { m_language.install(); }

    void showsAndReturnsTheSettings()
    {
        IndicatorSettings given;
        given.closingBase = IndicatorSettings::ClosingBase::NewOnly;
        given.reversalBase = IndicatorSettings::ReversalBase::AppealsDecided;
        given.timelyEntryDays = 5;
        given.longPendingMonths = {6, 12, 24};
        CourtsSettingsPage page(given);
        QCOMPARE(page.settings().toJson(), given.toJson());
        QCOMPARE(page.timelyEntryDays()->value(), 5);
        QCOMPARE(page.longPending(1)->value(), 12);

        page.closingBase()->setCurrentIndex(
            page.closingBase()->findData(int(IndicatorSettings::ClosingBase::PendingAndNew)));
        page.timelyEntryDays()->setValue(3);
        page.longPending(2)->setValue(36);
        const IndicatorSettings chosen = page.settings();
        QCOMPARE(chosen.closingBase, IndicatorSettings::ClosingBase::PendingAndNew);
        QCOMPARE(chosen.reversalBase, IndicatorSettings::ReversalBase::AppealsDecided);
        QCOMPARE(chosen.timelyEntryDays, 3);
        QCOMPARE(chosen.longPendingMonths, (std::array<int, 3>{6, 12, 36}));
        // What the page returns is what the store accepts.
        QVERIFY(IndicatorSettings::fromJson(chosen.toJson()).has_value());
    }

    void thresholdsStayRising()
    {
        CourtsSettingsPage page(IndicatorSettings{});
        page.longPending(1)->setValue(10); // below the first (12): held above it
        QCOMPARE(page.longPending(1)->value(), 13);
        page.longPending(0)->setValue(40); // above the second: held below it
        QCOMPARE(page.longPending(0)->value(), 12);
        page.longPending(2)->setValue(1);
        QCOMPARE(page.longPending(2)->value(), 14);
        const auto months = page.settings().longPendingMonths;
        QVERIFY(months[0] < months[1] && months[1] < months[2]);
        QVERIFY(IndicatorSettings::fromJson(page.settings().toJson()).has_value());
    }

    void thresholdsShownSetAndCleared()
    {
        IndicatorSettings given;
        given.thresholds = {{Indicator::ClosingRate, 85.0}, {Indicator::AverageTrialDays, 60.0}};
        CourtsSettingsPage page(given);
        QCOMPARE(page.threshold(Indicator::ClosingRate)->value(), 85.0);
        QCOMPARE(page.threshold(Indicator::AverageTrialDays)->suffix(), QStringLiteral(" 天"));
        // An indicator without a line shows 「None」 (the spin box's special value), not 0.
        QDoubleSpinBox *publication = page.threshold(Indicator::PublicationRate);
        QCOMPARE(publication->value(), publication->minimum());
        QCOMPARE(publication->text(), publication->specialValueText());
        QCOMPARE(page.settings().thresholds, given.thresholds);

        publication->setValue(80);
        page.threshold(Indicator::ClosingRate)->setValue(page.threshold(Indicator::ClosingRate)->minimum());
        page.threshold(Indicator::LongPending)->setValue(0); // no case 12 months old: a real line
        const QMap<Indicator, double> expected{{Indicator::AverageTrialDays, 60.0},
                                               {Indicator::PublicationRate, 80.0},
                                               {Indicator::LongPending, 0.0}};
        QCOMPARE(page.settings().thresholds, expected);
        auto stored = IndicatorSettings::fromJson(page.settings().toJson());
        GD_VERIFY(stored);
        QCOMPARE(stored->thresholds, expected);
        // A rate's line stops at 100%.
        page.threshold(Indicator::ClosingRate)->setValue(120);
        QCOMPARE(page.threshold(Indicator::ClosingRate)->value(), 100.0);
    }

    void screenshotOfTheThresholds()
    {
        CourtsSettingsPage page(IndicatorSettings{});
        page.tabs()->setCurrentIndex(CourtsSettingsPage::ThresholdsTab);
        page.resize(page.sizeHint());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(GovDesk::Test::saveScreenshot(page, QStringLiteral("courts-settings")));
    }

    void longPendingLinesNamedAfterTheirMonths()
    {
        CourtsSettingsPage page(IndicatorSettings{});
        QCOMPARE(page.thresholdLabel(Indicator::LongPendingMiddle), QStringLiteral("18个月以上未结案件数："));
        page.longPending(1)->setValue(24);
        QCOMPARE(page.thresholdLabel(Indicator::LongPendingMiddle), QStringLiteral("24个月以上未结案件数："));
    }
};

QTEST_MAIN(TestCourtsSettingsPage)
#include "tst_courtssettingspage.moc"
