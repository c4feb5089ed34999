// Tests DocumentNumber: 发文字号 「代字〔年份〕序号号」 as GB/T 9704-2012 7.2.5 writes it.
#include "DocumentNumber.h"

#include <QTest>

using namespace GovDesk::Documents;
using Defect = DocumentNumberError::Defect;

Q_DECLARE_METATYPE(GovDesk::Documents::DocumentNumberError::Defect)

class TestDocumentNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheStandardForm()
    {
        auto number = DocumentNumber::parse(QStringLiteral("桂政发〔2014〕12号"));
        QVERIFY(number);
        QCOMPARE(number->prefix(), QStringLiteral("桂政发"));
        QCOMPARE(number->year(), 2014);
        QCOMPARE(number->sequence(), 12);
        QVERIFY(!number->isPending());
        QCOMPARE(number->toString(), QStringLiteral("桂政发〔2014〕12号"));
    }

    void formatsWhatItParses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("office") << QStringLiteral("柳政办发〔2026〕15号")
                                << QStringLiteral("柳政办发〔2026〕15号");
        QTest::newRow("report") << QStringLiteral("鹿政报〔2026〕9号") << QStringLiteral("鹿政报〔2026〕9号");
        QTest::newRow("letter") << QStringLiteral("桂林函〔2025〕108号")
                                << QStringLiteral("桂林函〔2025〕108号");
        QTest::newRow("central") << QStringLiteral("中办发〔2012〕14号")
                                 << QStringLiteral("中办发〔2012〕14号");
        QTest::newRow("spaces around")
            << QStringLiteral("  桂政发〔2014〕12号 ") << QStringLiteral("桂政发〔2014〕12号");
        // Chinese input methods type full-width digits; the standard prints Arabic ones.
        QTest::newRow("full-width digits")
            << QStringLiteral("桂政发〔２０１４〕１２号") << QStringLiteral("桂政发〔2014〕12号");
    }

    void formatsWhatItParses()
    {
        QFETCH(QString, text);
        QFETCH(QString, formatted);
        auto number = DocumentNumber::parse(text);
        QVERIFY2(number, qPrintable(number ? QString() : number.error().message));
        QCOMPARE(number->toString(), formatted);
        QCOMPARE(DocumentNumber(number->prefix(), number->year(), number->sequence()), *number);
    }

    void refusesEachWrongBracketAndNamesIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("brackets");
        QTest::newRow("ASCII round") << QStringLiteral("桂政发(2014)12号") << QStringLiteral("()");
        QTest::newRow("full-width round") << QStringLiteral("桂政发（2014）12号") << QStringLiteral("（）");
        QTest::newRow("ASCII square") << QStringLiteral("桂政发[2014]12号") << QStringLiteral("[]");
        QTest::newRow("full-width square") << QStringLiteral("桂政发［2014］12号") << QStringLiteral("［］");
        QTest::newRow("lenticular") << QStringLiteral("桂政发【2014】12号") << QStringLiteral("【】");
        QTest::newRow("white lenticular") << QStringLiteral("桂政发〖2014〗12号") << QStringLiteral("〖〗");
        QTest::newRow("mismatched") << QStringLiteral("桂政发〔2014】12号") << QStringLiteral("〔】");
    }

    void refusesEachWrongBracketAndNamesIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, brackets);
        auto number = DocumentNumber::parse(text);
        QVERIFY(!number);
        QCOMPARE(number.error().defect, Defect::WrongBrackets);
        QCOMPARE(number.error().found, brackets);
        QVERIFY2(number.error().message.contains(brackets), qPrintable(number.error().message));
        QVERIFY2(number.error().message.contains(QStringLiteral("〔〕")), qPrintable(number.error().message));
    }

    void refusesOtherDefects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Defect>("defect");
        QTest::addColumn<QString>("found");
        QTest::newRow("empty") << QString() << Defect::Empty << QString();
        QTest::newRow("blank") << QStringLiteral("  ") << Defect::Empty << QString();
        QTest::newRow("no brackets") << QStringLiteral("桂政发2014 12号") << Defect::MissingYearBrackets
                                     << QString();
        QTest::newRow("unclosed") << QStringLiteral("桂政发〔2014 12号") << Defect::MissingYearBrackets
                                  << QString();
        QTest::newRow("no prefix") << QStringLiteral("〔2014〕12号") << Defect::MissingPrefix << QString();
        QTest::newRow("two-digit year")
            << QStringLiteral("桂政发〔14〕12号") << Defect::YearForm << QStringLiteral("14");
        QTest::newRow("five-digit year")
            << QStringLiteral("桂政发〔20145〕12号") << Defect::YearForm << QStringLiteral("20145");
        QTest::newRow("Chinese year")
            << QStringLiteral("桂政发〔二〇一四〕12号") << Defect::YearForm << QStringLiteral("二〇一四");
        QTest::newRow("leading zero")
            << QStringLiteral("桂政发〔2014〕012号") << Defect::LeadingZero << QStringLiteral("012");
        QTest::newRow("zero") << QStringLiteral("桂政发〔2014〕0号") << Defect::LeadingZero
                              << QStringLiteral("0");
        QTest::newRow("第") << QStringLiteral("桂政发〔2014〕第12号") << Defect::OrdinalSequence << QString();
        QTest::newRow("missing 号") << QStringLiteral("桂政发〔2014〕12") << Defect::MissingHao << QString();
        QTest::newRow("no sequence") << QStringLiteral("桂政发〔2014〕号") << Defect::MissingSequence
                                     << QString();
        QTest::newRow("Chinese numerals")
            << QStringLiteral("桂政发〔2014〕十二号") << Defect::SequenceForm << QStringLiteral("十二");
        QTest::newRow("negative") << QStringLiteral("桂政发〔2014〕-3号") << Defect::SequenceForm
                                  << QStringLiteral("-3");
        QTest::newRow("after 号") << QStringLiteral("桂政发〔2014〕12号文") << Defect::TrailingText
                                  << QStringLiteral("文");
    }

    void refusesOtherDefects()
    {
        QFETCH(QString, text);
        QFETCH(Defect, defect);
        QFETCH(QString, found);
        auto number = DocumentNumber::parse(text);
        QVERIFY(!number);
        QCOMPARE(number.error().defect, defect);
        QCOMPARE(number.error().found, found);
        QVERIFY(!number.error().message.isEmpty());
        if (!found.isEmpty())
            QVERIFY2(number.error().message.contains(found), qPrintable(number.error().message));
    }

    void aDocumentNotYetNumberedIsPending()
    {
        const DocumentNumber pending;
        QVERIFY(pending.isPending());
        QVERIFY(pending.toString().isEmpty()); // what the payload stores
        QVERIFY(!pending.displayText().isEmpty());
        QVERIFY(DocumentNumber(QStringLiteral("桂政发"), 2014, 0).isPending());
    }
};

QTEST_GUILESS_MAIN(TestDocumentNumber)
#include "tst_documentnumber.moc"
