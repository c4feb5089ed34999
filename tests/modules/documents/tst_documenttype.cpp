// Tests DocumentType: the 15 types of the 2012 regulation and their 行文方向.
#include "DocumentType.h"

#include <QSet>
#include <QTest>

using namespace GovDesk::Documents;

class TestDocumentType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasTheFifteenTypesOfTheRegulation()
    {
        const QStringList expected{QStringLiteral("决议"), QStringLiteral("决定"), QStringLiteral("命令"),
                                   QStringLiteral("公报"), QStringLiteral("公告"), QStringLiteral("通告"),
                                   QStringLiteral("意见"), QStringLiteral("通知"), QStringLiteral("通报"),
                                   QStringLiteral("报告"), QStringLiteral("请示"), QStringLiteral("批复"),
                                   QStringLiteral("议案"), QStringLiteral("函"),   QStringLiteral("纪要")};
        QStringList names;
        for (DocumentType type : allDocumentTypes()) {
            names.append(typeName(type));
            QCOMPARE(typeFromName(typeName(type)), type);
        }
        QCOMPARE(names, expected);
    }

    void readsTheOrdersOtherNames()
    {
        QCOMPARE(typeFromName(QStringLiteral("命令（令）")), DocumentType::Order);
        QCOMPARE(typeFromName(QStringLiteral("令")), DocumentType::Order);
        QVERIFY(!typeFromName(QStringLiteral("签报")));
        QVERIFY(!typeFromName(QString()));
    }

    void reportAndRequestGoUpLettersSideways()
    {
        QCOMPARE(directionOf(DocumentType::Report), Direction::Upward);
        QCOMPARE(directionOf(DocumentType::Request), Direction::Upward);
        QCOMPARE(directionOf(DocumentType::Letter), Direction::Parallel);
        QCOMPARE(directionOf(DocumentType::Notice), Direction::Downward);
        QCOMPARE(directionOf(DocumentType::Reply), Direction::Downward);
        int upward = 0;
        for (DocumentType type : allDocumentTypes())
            upward += directionOf(type) == Direction::Upward ? 1 : 0;
        QCOMPARE(upward, 2);
    }

    void namesDirections()
    {
        QCOMPARE(directionName(Direction::Upward), QStringLiteral("上行文"));
        QCOMPARE(directionName(Direction::Downward), QStringLiteral("下行文"));
        QCOMPARE(directionName(Direction::Parallel), QStringLiteral("平行文"));
        QCOMPARE(directionFromName(QStringLiteral("平行文")), Direction::Parallel);
        QVERIFY(!directionFromName(QStringLiteral("斜行文")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentType)
#include "tst_documenttype.moc"
