// Tests 索引号 rules: patterns checked with clear refusals, numbers rendered with zero-padded
// sequences and read back into their parts, and numbers that do not fit refused.
#include "IndexNumberRule.h"

#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

IndexNumberRule rule(const QString &pattern)
{
    auto result = IndexNumberRule::fromPattern(pattern);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return *result;
}

QString errorOf(const QString &pattern)
{
    const auto result = IndexNumberRule::fromPattern(pattern);
    return result ? QString() : result.error().message;
}

const QString CreditCode = QStringLiteral("11450200MB1234567J");
const QString OldCode = QStringLiteral("000014349");

} // namespace

class TestIndexNumberRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPatterns()
    {
        const IndexNumberRule standard = rule(IndexNumberRule::defaultPattern());
        QCOMPARE(standard.sequenceWidth(), 4);
        QVERIFY(standard.usesOrganisation());
        QVERIFY(standard.usesCategory());
        const IndexNumberRule slash = rule(QStringLiteral("{org}/{year}-{seq:5}"));
        QVERIFY(!slash.usesCategory());
        QVERIFY(!rule(QStringLiteral("MZJ-{year}-{seq:3}")).usesOrganisation());
        QVERIFY(rule(QStringLiteral("{year}{seq:6}")).sequenceWidth() == 6);
    }

    void refusedPatterns()
    {
        QVERIFY(errorOf(QStringLiteral("{org}-{category}-{seq:4}")).contains(QStringLiteral("{year}")));
        QVERIFY(errorOf(QStringLiteral("{org}-{year}")).contains(QStringLiteral("{seq:N}")));
        QVERIFY(errorOf(QStringLiteral("{org}-{year}-{seq:0}")).contains(QStringLiteral("seq:0")));
        QVERIFY(!errorOf(QStringLiteral("{org}-{year}-{seq:10}")).isEmpty());
        QVERIFY(errorOf(QStringLiteral("{org}-{year}-{seq:4}-{year}")).contains(QStringLiteral("{year}")));
        QVERIFY(errorOf(QStringLiteral("{dept}-{year}-{seq:4}")).contains(QStringLiteral("{dept}")));
        QVERIFY(!errorOf(QStringLiteral("{org}-{year-{seq:4}")).isEmpty());
        QVERIFY(!errorOf(QStringLiteral("{org}-{year}-{seq:4")).isEmpty());
        QVERIFY(!errorOf(QStringLiteral("{org} {year}-{seq:4}")).isEmpty());
        QVERIFY(!errorOf(QStringLiteral("{org}}-{year}-{seq:4}")).isEmpty());
    }

    void renderAndParse()
    {
        const IndexNumberRule standard = rule(IndexNumberRule::defaultPattern());
        const IndexNumberParts parts{.organisation = OldCode,
                                     .category = DisclosureCategory::RulesAndNormativeDocuments,
                                     .year = 2026,
                                     .sequence = 12};
        const auto number = standard.format(parts);
        QVERIFY(number);
        QCOMPARE(*number, QStringLiteral("000014349-01-2026-0012"));
        const auto back = standard.parse(*number);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->organisation, OldCode);
        QCOMPARE(back->category, std::optional(DisclosureCategory::RulesAndNormativeDocuments));
        QCOMPARE(back->year, 2026);
        QCOMPARE(back->sequence, 12);

        const IndexNumberRule slash = rule(QStringLiteral("{org}/{year}-{seq:5}"));
        const auto credit = slash.format({.organisation = CreditCode, .year = 2026, .sequence = 12});
        QCOMPARE(*credit, QStringLiteral("11450200MB1234567J/2026-00012"));
        QCOMPARE(slash.parse(*credit)->organisation, CreditCode);

        // Without separators: only {org} varies in length, so this still reads back.
        const IndexNumberRule packed = rule(QStringLiteral("{org}{year}{seq:4}"));
        const auto dense = packed.format({.organisation = CreditCode, .year = 2027, .sequence = 9999});
        QCOMPARE(*dense, QStringLiteral("11450200MB1234567J20279999"));
        QCOMPARE(packed.parse(*dense)->year, 2027);
        QCOMPARE(packed.parse(*dense)->sequence, 9999);

        // Literal text with regular-expression characters is taken literally.
        const IndexNumberRule literal = rule(QStringLiteral("GX.(政)[{year}]{seq:3}"));
        QCOMPARE(*literal.format({.year = 2026, .sequence = 7}), QStringLiteral("GX.(政)[2026]007"));
        QCOMPARE(literal.parse(QStringLiteral("GX.(政)[2026]007"))->sequence, 7);
        QVERIFY(!literal.parse(QStringLiteral("GXa(政)[2026]007")));
    }

    void refusedParts()
    {
        const IndexNumberRule standard = rule(IndexNumberRule::defaultPattern());
        IndexNumberParts parts{
            .organisation = OldCode, .category = DisclosureCategory::Plans, .year = 2026, .sequence = 10000};
        const auto tooWide = standard.format(parts);
        QVERIFY(!tooWide);
        QVERIFY(tooWide.error().message.contains(QStringLiteral("9999")));
        parts.sequence = 0;
        QVERIFY(!standard.format(parts));
        parts.sequence = 1;
        parts.organisation = QStringLiteral("11450200MB1234567X"); // check character wrong
        QVERIFY(standard.format(parts).error().message.contains(QStringLiteral("11450200MB1234567X")));
        parts.organisation = OldCode;
        parts.category.reset();
        QVERIFY(!standard.format(parts));
        parts.category = DisclosureCategory::Plans;
        parts.year = 126;
        QVERIFY(!standard.format(parts));
    }

    void refusedNumbers()
    {
        const IndexNumberRule standard = rule(IndexNumberRule::defaultPattern());
        QVERIFY(!standard.parse(QStringLiteral("000014349-01-2026-012")));  // three digits for four
        QVERIFY(!standard.parse(QStringLiteral("000014349-99-2026-0012"))); // no category 99
        QVERIFY(!standard.parse(QStringLiteral("000014348-01-2026-0012"))); // check character
        QVERIFY(!standard.parse(QStringLiteral("000014349-01-2026-0000"))); // sequences start at 1
        QVERIFY(!standard.parse(QStringLiteral("000014349/01/2026/0012"))); // other separators
        QVERIFY(!standard.parse(QStringLiteral("桂政发〔2014〕12号")));     // a 发文字号
        const auto wrong = standard.parse(QStringLiteral("000014349-99-2026-0012"));
        QVERIFY(wrong.error().message.contains(QStringLiteral("99")));
        // Surrounding blanks from a pasted number are forgiven.
        QCOMPARE(standard.parse(QStringLiteral(" 000014349-01-2026-0012 "))->sequence, 12);
    }
};

QTEST_GUILESS_MAIN(TestIndexNumberRule)
#include "tst_indexnumberrule.moc"
