// Tests the 主动公开 categories: stable two-digit codes (01–15 the items of Art. 20 in order), names,
// the regulation's item for each, and codes read back.
#include "DisclosureCategories.h"

#include <QSet>
#include <QTest>

using namespace GovDesk::Disclosure;

class TestDisclosureCategories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stableCodes()
    {
        // Stored in records and printed in 索引号: these values must never change.
        QCOMPARE(DisclosureCategories::code(DisclosureCategory::RulesAndNormativeDocuments),
                 QStringLiteral("01"));
        QCOMPARE(DisclosureCategories::code(DisclosureCategory::BudgetsAndFinalAccounts),
                 QStringLiteral("07"));
        QCOMPARE(DisclosureCategories::code(DisclosureCategory::CivilServantRecruitment),
                 QStringLiteral("14"));
        QCOMPARE(DisclosureCategories::code(DisclosureCategory::Other), QStringLiteral("15"));
        QCOMPARE(DisclosureCategories::code(DisclosureCategory::PolicyInterpretation), QStringLiteral("16"));
        QCOMPARE(DisclosureCategories::code(DisclosureCategory::Personnel), QStringLiteral("17"));
    }

    void everyCategoryRoundTrips()
    {
        const QList<DisclosureCategory> all = DisclosureCategories::all();
        QCOMPARE(all.size(), 17);
        QSet<QString> codes, names;
        for (DisclosureCategory category : all) {
            const QString code = DisclosureCategories::code(category);
            QCOMPARE(DisclosureCategories::fromCode(code), std::optional(category));
            codes.insert(code);
            names.insert(DisclosureCategories::name(category));
        }
        QCOMPARE(codes.size(), 17);
        QCOMPARE(names.size(), 17);
        for (const QString &bad : {QStringLiteral("00"), QStringLiteral("18"), QStringLiteral("7"),
                                   QStringLiteral("+7"), QStringLiteral("0A"), QStringLiteral("007")})
            QVERIFY2(!DisclosureCategories::fromCode(bad), qPrintable(bad));
    }

    void basisInTheRegulation()
    {
        QVERIFY(DisclosureCategories::basis(DisclosureCategory::BudgetsAndFinalAccounts)
                    .contains(QStringLiteral("七")));
        QVERIFY(DisclosureCategories::basis(DisclosureCategory::Other).contains(QStringLiteral("十五")));
        QVERIFY(DisclosureCategories::basis(DisclosureCategory::PolicyInterpretation).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDisclosureCategories)
#include "tst_disclosurecategories.moc"
