// Tests DocumentValidator: each rule of GB/T 9704 and the 2012 regulation, accepted and refused,
// each refusal naming its element in Chinese.
#include "DocumentSamples.h"
#include "DocumentValidator.h"
#include "DocumentsChinese.h"

#include <QCoreApplication>
#include <QTest>

using namespace GovDesk::Documents;
using GovDesk::Test::fireNotice;
using GovDesk::Test::luzhaiRequestDraft;

Q_DECLARE_METATYPE(GovDesk::Documents::Checkpoint)

namespace {

QList<Rule> rulesOf(const QList<ValidationIssue> &issues)
{
    QList<Rule> rules;
    for (const ValidationIssue &issue : issues)
        rules.append(issue.rule);
    return rules;
}

} // namespace

class TestDocumentValidator : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsChineseTranslator m_chinese;

    // Exactly one refusal, of `rule` on `element`, whose Chinese message names the element.
    void expectOnly(const OfficialDocument &document, Checkpoint checkpoint, Element element, Rule rule,
                    const QString &alsoSays = {})
    {
        const QList<ValidationIssue> issues = DocumentValidator::validate(document, checkpoint);
        QCOMPARE(rulesOf(issues), QList<Rule>{rule});
        const ValidationIssue &issue = issues.first();
        QCOMPARE(issue.element, element);
        QVERIFY2(issue.message.contains(issue.elementName()), qPrintable(issue.message));
        if (!alsoSays.isEmpty())
            QVERIFY2(issue.message.contains(alsoSays), qPrintable(issue.message));
        auto checked = DocumentValidator::check(document, checkpoint);
        QVERIFY(!checked);
        QCOMPARE(checked.error().message, issue.message);
    }

    void expectNone(const OfficialDocument &document, Checkpoint checkpoint)
    {
        const QList<ValidationIssue> issues = DocumentValidator::validate(document, checkpoint);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
        QVERIFY(DocumentValidator::check(document, checkpoint));
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }

    void aCompleteNoticePassesEveryCheckpoint_data()
    {
        QTest::addColumn<Checkpoint>("checkpoint");
        QTest::newRow("draft") << Checkpoint::Draft;
        QTest::newRow("signing") << Checkpoint::Signing;
        QTest::newRow("registration") << Checkpoint::Registration;
        QTest::newRow("sending") << Checkpoint::Sending;
    }

    void aCompleteNoticePassesEveryCheckpoint()
    {
        QFETCH(Checkpoint, checkpoint);
        expectNone(fireNotice(), checkpoint);
    }

    void aDraftNeedsOnlyItsTitle()
    {
        expectNone(luzhaiRequestDraft(), Checkpoint::Draft);
        OfficialDocument untitled = luzhaiRequestDraft();
        untitled.title = QStringLiteral("   ");
        expectOnly(untitled, Checkpoint::Draft, Element::Title, Rule::TitleRequired,
                   QStringLiteral("标题不能为空"));
    }

    void theDocumentNumberHasTheStandardForm()
    {
        OfficialDocument document = fireNotice();
        document.documentNumber = QStringLiteral("柳政办发【2026】12号");
        expectOnly(document, Checkpoint::Draft, Element::Number, Rule::DocumentNumberForm,
                   QStringLiteral("【】"));
        document.documentNumber = QStringLiteral("柳政办发〔2026〕第12号");
        expectOnly(document, Checkpoint::Draft, Element::Number, Rule::DocumentNumberForm,
                   QStringLiteral("「第」"));
        document.documentNumber = QStringLiteral("柳政办发〔2026〕012号");
        expectOnly(document, Checkpoint::Draft, Element::Number, Rule::DocumentNumberForm,
                   QStringLiteral("不编虚位"));
    }

    void aDocumentIsNumberedBeforeItIsSent()
    {
        OfficialDocument document = fireNotice();
        document.documentNumber.clear(); // 待编号: fine until it goes out
        expectNone(document, Checkpoint::Registration);
        expectOnly(document, Checkpoint::Sending, Element::Number, Rule::DocumentNumberRequired);
    }

    void anUpwardDocumentNamesItsSignatoryFromSigningOn()
    {
        OfficialDocument request = luzhaiRequestDraft();
        request.issuedOn = QDate(2026, 4, 10);
        expectNone(request, Checkpoint::Draft);
        expectOnly(request, Checkpoint::Signing, Element::Signers, Rule::SignerRequiredForUpward,
                   QStringLiteral("请示"));
        request.signers = {QStringLiteral("李敏")};
        expectNone(request, Checkpoint::Signing);

        OfficialDocument report = request;
        report.type = DocumentType::Report;
        report.signers.clear();
        expectOnly(report, Checkpoint::Signing, Element::Signers, Rule::SignerRequiredForUpward,
                   QStringLiteral("报告"));

        // A 下行文 needs none; an 意见 sent upward does.
        OfficialDocument notice = fireNotice();
        notice.signers.clear();
        expectNone(notice, Checkpoint::Sending);
        OfficialDocument opinion = notice;
        opinion.type = DocumentType::Opinion;
        opinion.direction = Direction::Upward;
        expectOnly(opinion, Checkpoint::Signing, Element::Signers, Rule::SignerRequiredForUpward);
    }

    void theCopyNumberHasSixDigits()
    {
        OfficialDocument document = fireNotice();
        document.copyNumber = QStringLiteral("000123");
        expectNone(document, Checkpoint::Draft);
        for (const QString &wrong :
             {QStringLiteral("123"), QStringLiteral("0001234"), QStringLiteral("00012A")}) {
            document.copyNumber = wrong;
            expectOnly(document, Checkpoint::Draft, Element::CopyNumber, Rule::CopyNumberForm, wrong);
        }
    }

    void aClassifiedDocumentCarriesACopyNumberFromRegistration()
    {
        OfficialDocument document = fireNotice();
        document.classification = SecurityLevel::Secret;
        expectNone(document, Checkpoint::Signing);
        expectOnly(document, Checkpoint::Registration, Element::CopyNumber,
                   Rule::CopyNumberRequiredWhenClassified, QStringLiteral("秘密"));
        document.copyNumber = QStringLiteral("000001");
        expectNone(document, Checkpoint::Registration);
        // 公开 and 内部 need none.
        document.copyNumber.clear();
        document.classification = SecurityLevel::Internal;
        expectNone(document, Checkpoint::Sending);
    }

    void aSecrecyPeriodOnlyWithAClassification()
    {
        OfficialDocument document = fireNotice();
        document.secrecyPeriod = {.unit = SecrecyPeriod::Unit::Years, .amount = 1};
        expectOnly(document, Checkpoint::Draft, Element::SecrecyTerm, Rule::SecrecyPeriodNeedsClassification);
        document.classification = SecurityLevel::Confidential;
        expectNone(document, Checkpoint::Draft);
    }

    void theDateOfIssueIsRequiredFromSigningOn()
    {
        OfficialDocument document = fireNotice();
        document.issuedOn = QDate();
        document.printedOn = QDate();
        expectNone(document, Checkpoint::Draft);
        for (Checkpoint checkpoint : {Checkpoint::Signing, Checkpoint::Registration, Checkpoint::Sending})
            expectOnly(document, checkpoint, Element::IssuedOn, Rule::IssuedOnRequired,
                       QStringLiteral("2014年4月16日"));
    }

    void printingComesAfterIssue()
    {
        OfficialDocument document = fireNotice();
        document.printedOn = document.issuedOn; // same day is usual
        expectNone(document, Checkpoint::Draft);
        document.printedOn = document.issuedOn.addDays(-1);
        expectOnly(document, Checkpoint::Draft, Element::PrintedOn, Rule::PrintedBeforeIssued,
                   QStringLiteral("成文日期"));
    }

    void sendingNeedsAMainRecipient()
    {
        OfficialDocument document = fireNotice();
        document.mainRecipients.clear();
        expectNone(document, Checkpoint::Registration);
        expectOnly(document, Checkpoint::Sending, Element::MainRecipients, Rule::MainRecipientsRequired);
    }

    void aClassifiedDocumentIsNeverSentThroughTheExchange_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("秘密") << int(SecurityLevel::Secret);
        QTest::newRow("机密") << int(SecurityLevel::Confidential);
        QTest::newRow("绝密") << int(SecurityLevel::TopSecret);
    }

    void aClassifiedDocumentIsNeverSentThroughTheExchange()
    {
        QFETCH(int, level);
        OfficialDocument document = fireNotice();
        document.classification = SecurityLevel(level);
        document.copyNumber = QStringLiteral("000008");
        expectNone(document, Checkpoint::Registration);
        expectOnly(document, Checkpoint::Sending, Element::Classification, Rule::ClassifiedNotExchanged,
                   QStringLiteral("涉密公文不得在非涉密网络传输"));
        QVERIFY(DocumentValidator::validate(document, Checkpoint::Sending)
                    .first()
                    .message.contains(securityLevelName(SecurityLevel(level))));
    }

    void reportsEveryRuleAtOnce()
    {
        OfficialDocument document;
        document.type = DocumentType::Request;
        document.classification = SecurityLevel::TopSecret;
        document.documentNumber = QStringLiteral("鹿政〔26〕1号");
        const QList<Rule> rules = rulesOf(DocumentValidator::validate(document, Checkpoint::Sending));
        QCOMPARE(rules, (QList<Rule>{Rule::CopyNumberRequiredWhenClassified, Rule::DocumentNumberForm,
                                     Rule::SignerRequiredForUpward, Rule::TitleRequired,
                                     Rule::MainRecipientsRequired, Rule::IssuedOnRequired,
                                     Rule::ClassifiedNotExchanged}));
        auto checked = DocumentValidator::check(document, Checkpoint::Sending);
        QVERIFY(!checked);
        QCOMPARE(checked.error().message.count(QLatin1Char('\n')), 6);
    }

    void elementsHaveTheirStandardNamesAndLabels()
    {
        QCOMPARE(DocumentElements::chineseName(Element::Number), QStringLiteral("发文字号"));
        QCOMPARE(DocumentElements::chineseName(Element::CopyTo), QStringLiteral("抄送机关"));
        QCOMPARE(DocumentElements::label(Element::Signers), QStringLiteral("签发人")); // zh_CN
        QCOMPARE(DocumentElements::fromPayloadKey(QStringLiteral("printedOn")), Element::PrintedOn);
        QVERIFY(!DocumentElements::fromPayloadKey(QStringLiteral("stage")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentValidator)
#include "tst_documentvalidator.moc"
