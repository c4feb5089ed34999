// Tests the organisation codes that go into 索引号: 统一社会信用代码 (GB 32100, mod 31) and
// 组织机构代码 (GB 11714, mod 11), right and with one character wrong.
#include "OrganisationCode.h"

#include <QTest>

using namespace GovDesk::Disclosure;

class TestOrganisationCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organisationCode()
    {
        QCOMPARE(OrganisationCode::organisationCodeCheck(u"00001434"), QChar(u'9'));
        QVERIFY(OrganisationCode::isOrganisationCode(u"000014349"));
        QVERIFY(OrganisationCode::isValid(u"000014349"));
        QVERIFY(!OrganisationCode::isValid(u"000014348"));
        QVERIFY(!OrganisationCode::isValid(u"00001434-9")); // the printed form, not the one in 索引号
        QCOMPARE(OrganisationCode::organisationCodeCheck(u"MB123456"), QChar(u'2'));
    }

    void creditCode()
    {
        QCOMPARE(OrganisationCode::creditCodeCheck(u"11450200MB1234567"), QChar(u'J'));
        QVERIFY(OrganisationCode::isCreditCode(u"11450200MB1234567J"));
        QVERIFY(OrganisationCode::isCreditCode(u"91110108MA01C2XY35"));
        QVERIFY(!OrganisationCode::isValid(u"11450200MB1234567X")); // check character wrong
        QVERIFY(!OrganisationCode::isValid(u"11450200MB1234568J"));
        QVERIFY(!OrganisationCode::isValid(u"11450200mb1234567J"));                // lower case is not a code
        QVERIFY(OrganisationCode::creditCodeCheck(u"11450200MBI234567").isNull()); // no I in GB 32100
        QVERIFY(!OrganisationCode::isValid(u""));
    }
};

QTEST_GUILESS_MAIN(TestOrganisationCode)
#include "tst_organisationcode.moc"
