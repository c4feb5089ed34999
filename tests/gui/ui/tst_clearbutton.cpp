// offerClearButton: the ✕ of a filter box is there as soon as there is text to clear.
#include "ClearButton.h"

#include <QLineEdit>
#include <QTest>

using GovDesk::Ui::offerClearButton;

class TestClearButton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyBoxGetsItWithTheFirstText()
    {
        QLineEdit edit;
        offerClearButton(&edit);
        QVERIFY(!edit.isClearButtonEnabled()); // nothing to clear: no icon looked up yet
        QTest::keyClicks(&edit, QStringLiteral("lin"));
        QVERIFY(edit.isClearButtonEnabled());
        // Cleared, it stays enabled (the button hides with the text, as Qt's always does).
        edit.clear();
        QVERIFY(edit.isClearButtonEnabled());
    }

    void textSetByTheProgramCountsToo()
    {
        QLineEdit edit;
        offerClearButton(&edit);
        edit.setText(QStringLiteral("森林防火"));
        QVERIFY(edit.isClearButtonEnabled());
    }

    void aBoxThatAlreadyHasTextGetsItAtOnce()
    {
        QLineEdit edit(QStringLiteral("柳政办发"));
        offerClearButton(&edit);
        QVERIFY(edit.isClearButtonEnabled());
    }
};

QTEST_MAIN(TestClearButton)
#include "tst_clearbutton.moc"
