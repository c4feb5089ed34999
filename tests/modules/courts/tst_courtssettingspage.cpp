// Tests the 审判 settings group: it shows the 口径 it was given, returns what the controls say, and
// keeps the 长期未结 thresholds rising (a later one cannot be set at or below an earlier one).
#include "CourtsSettingsPage.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTest>

using namespace GovDesk::Courts;

class TestCourtsSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_MAIN(TestCourtsSettingsPage)
#include "tst_courtssettingspage.moc"
