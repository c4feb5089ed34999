// Tests SyncNotices: each thing a completed run left undone becomes one sentence that names it,
// and a clean run has none.
#include "sync/SyncNotices.h"

#include <QTest>

using namespace GovDesk::Core;

class TestSyncNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCleanRunHasNone()
    {
        SyncSummary clean;
        clean.pushed = 3;
        clean.pulled = 12;
        clean.sealKeyStored = true;
        QVERIFY(SyncNotices::of(clean).isEmpty());
    }

    void everyMatterIsNamed()
    {
        SyncSummary summary;
        summary.rejections = {QStringLiteral("documents.document/doc-1: 涉密公文不得在非涉密网络传输")};
        summary.numbersRefused = {QStringLiteral("documents.document/doc-2: unknown series")};
        summary.sealProblem = QStringLiteral("the certificate is not issued by the seal authority");
        summary.blobsUnavailable = {QStringLiteral("附件1.pdf (3f2a…): not found")};
        summary.directoryUnavailable = QStringLiteral("server answered 503");
        const QStringList notices = SyncNotices::of(summary);
        QCOMPARE(notices.size(), 5);
        QVERIFY(notices.at(0).contains(summary.rejections.first()));
        QVERIFY(notices.at(1).contains(summary.numbersRefused.first()));
        QVERIFY(notices.at(2).contains(summary.sealProblem));
        QVERIFY(notices.at(3).contains(summary.blobsUnavailable.first()));
        QVERIFY(notices.at(4).contains(summary.directoryUnavailable));
    }
};

QTEST_GUILESS_MAIN(TestSyncNotices)
#include "tst_syncnotices.moc"
