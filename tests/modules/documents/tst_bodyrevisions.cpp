// Tests TextDiff and BodyRevisions (留痕): character diffs that spell both versions, revisions per
// person and step, decisions in order, rejection restoring the text, and the trail in JSON.
#include "BodyRevisions.h"
#include "TestProfile.h"

#include <QRandomGenerator>
#include <QTest>

using namespace GovDesk::Documents;
using Kind = DiffSegment::Kind;

namespace {

const QDateTime At(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QString spell(const QList<DiffSegment> &segments, Kind skipped)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != skipped)
            text += segment.text;
    }
    return text;
}

} // namespace

class TestBodyRevisions : public QObject
{
    Q_OBJECT

private slots:
    void diffMarksInsertionsAndDeletions()
    {
        const auto segments = TextDiff::compare(QStringLiteral("各地要加强野外火源管控。"),
                                                QStringLiteral("各地要严格加强野外用火管控。"));
        QCOMPARE(segments, (QList<DiffSegment>{{Kind::Equal, QStringLiteral("各地要")},
                                               {Kind::Inserted, QStringLiteral("严格")},
                                               {Kind::Equal, QStringLiteral("加强野外")},
                                               {Kind::Inserted, QStringLiteral("用")}, // the fewest edits:
                                               {Kind::Equal, QStringLiteral("火")},    // 火 stays
                                               {Kind::Deleted, QStringLiteral("源")},
                                               {Kind::Equal, QStringLiteral("管控。")}}));
        QVERIFY(TextDiff::compare(QString(), QString()).isEmpty());
        QCOMPARE(TextDiff::compare(QString(), QStringLiteral("新")),
                 (QList<DiffSegment>{{Kind::Inserted, QStringLiteral("新")}}));
    }

    void diffsAlwaysSpellBothVersions()
    {
        // Random edits of a 公文 sentence: whatever the diff chose, it must be exact.
        QRandomGenerator random(20261205);
        const QString alphabet = QStringLiteral("各地要压实森林防火责任加强野外火源管控，。一二三");
        for (int round = 0; round < 200; ++round) {
            QString before;
            QString after;
            for (int i = 0; i < random.bounded(0, 40); ++i)
                before += alphabet.at(random.bounded(alphabet.size()));
            after = before;
            for (int edit = 0; edit < random.bounded(0, 6); ++edit) {
                const int at = after.isEmpty() ? 0 : random.bounded(after.size() + 1);
                if (random.bounded(2) == 0 && at < after.size())
                    after.remove(at, 1 + random.bounded(3));
                else
                    after.insert(at, alphabet.at(random.bounded(alphabet.size())));
            }
            const auto segments = TextDiff::compare(before, after);
            QCOMPARE(spell(segments, Kind::Inserted), before);
            QCOMPARE(spell(segments, Kind::Deleted), after);
        }
    }

    void eachPersonsChangesAreARevision()
    {
        BodyRevisions trail;
        trail.setBaseline(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("拟稿"), At,
                          QStringLiteral("各地要加强火源管控。"));
        trail.record(QStringLiteral("liqiang"), QStringLiteral("李强"), QStringLiteral("核稿"), At,
                     QStringLiteral("各地要严格加强火源管控。"));
        // The same reviewer saving again at the same step: still one revision.
        trail.record(QStringLiteral("liqiang"), QStringLiteral("李强"), QStringLiteral("核稿"),
                     At.addSecs(60), QStringLiteral("各地要严格加强野外火源管控。"));
        trail.record(QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("签发"),
                     At.addSecs(120), QStringLiteral("各地要严格加强野外火源管控，落实责任。"));
        trail.record(QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("签发"),
                     At.addSecs(180),
                     QStringLiteral("各地要严格加强野外火源管控，落实责任。")); // unchanged: nothing
        QCOMPARE(trail.revisions().size(), 3);
        QCOMPARE(trail.revisions().at(1).name, QStringLiteral("李强"));
        QVERIFY(trail.hasPending());
        QCOMPARE(spell(trail.changesOf(2), Kind::Equal), QStringLiteral("，落实责任")); // 张伟's own change
        QCOMPARE(trail.currentBody(), QStringLiteral("各地要严格加强野外火源管控，落实责任。"));
    }

    void decisionsComeInOrderAndRejectionRestoresTheText()
    {
        BodyRevisions trail;
        trail.setBaseline(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("拟稿"), At,
                          QStringLiteral("甲"));
        trail.record(QStringLiteral("liqiang"), QStringLiteral("李强"), QStringLiteral("核稿"), At,
                     QStringLiteral("甲乙"));
        trail.record(QStringLiteral("zhangwei"), QStringLiteral("张伟"), QStringLiteral("签发"), At,
                     QStringLiteral("甲乙丙"));
        QVERIFY(!trail.accept(2, QStringLiteral("王芳"))); // the earlier one first
        GD_VERIFY(trail.accept(1, QStringLiteral("王芳")));
        QVERIFY(trail.hasPending());
        GD_VERIFY(trail.reject(2, QStringLiteral("王芳")));
        QVERIFY(!trail.hasPending());
        QCOMPARE(trail.currentBody(), QStringLiteral("甲乙"));

        // Rejecting an earlier revision rejects what was written on it.
        BodyRevisions other;
        other.setBaseline(QStringLiteral("a"), QStringLiteral("甲"), QStringLiteral("拟稿"), At,
                          QStringLiteral("一"));
        other.record(QStringLiteral("b"), QStringLiteral("乙"), QStringLiteral("核稿"), At,
                     QStringLiteral("一二"));
        other.record(QStringLiteral("c"), QStringLiteral("丙"), QStringLiteral("签发"), At,
                     QStringLiteral("一二三"));
        GD_VERIFY(other.reject(1, QStringLiteral("甲")));
        QCOMPARE(other.currentBody(), QStringLiteral("一"));
        QCOMPARE(other.revisions().at(2).decision, BodyRevision::Decision::Rejected);
    }

    void theTrailTravelsAsJson()
    {
        BodyRevisions trail;
        trail.setBaseline(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("拟稿"), At,
                          QStringLiteral("甲"));
        trail.record(QStringLiteral("liqiang"), QStringLiteral("李强"), QStringLiteral("核稿"), At,
                     QStringLiteral("甲乙"));
        GD_VERIFY(trail.accept(1, QStringLiteral("王芳")));
        const BodyRevisions read = BodyRevisions::fromJson(trail.toJson());
        QCOMPARE(read.revisions(), trail.revisions());
    }
};

QTEST_GUILESS_MAIN(TestBodyRevisions)
#include "tst_bodyrevisions.moc"
