// Tests AttachmentLists and that the module's attachments travel with the sync: an item's and a
// reply's lists convert to the panel's references and back; a request's payload names its reply's
// files where the sync reads them (top-level "attachments"), yet reads back from the reply only; and
// on a real profile, items and requests saved with attachments whose bytes are not here yet are
// what the next sync downloads (Core::BlobReferences::missing), until the bytes are in the profile.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "AttachmentLists.h"
#include "DisclosureRecords.h"
#include "DisclosureSamples.h"
#include "RequestSamples.h"
#include "RequestsStore.h"
#include "module/ModuleRecords.h"
#include "sync/BlobCache.h"
#include "sync/BlobReferences.h"
#include "sync/RecordStore.h"

#include <QTest>

using namespace GovDesk::Disclosure;
using GovDesk::Core::AttachmentRef;

namespace {

const QString PlanSha = QString(64, QLatin1Char('a'));
const QString NoticeSha = QString(64, QLatin1Char('c'));

QStringList ids(const QList<AttachmentRef> &refs)
{
    QStringList out;
    for (const AttachmentRef &ref : refs)
        out << ref.sha256;
    return out;
}

// Answered with one file (a 告知书 scan) on 2026-03-20.
DisclosureRequest answered(const QString &sha256)
{
    DisclosureRequest request = GovDesk::Test::registered(QDate(2026, 3, 2));
    RequestReply reply{
        .type = ReplyType::Granted, .on = QDate(2026, 3, 20), .text = QStringLiteral("予以公开。")};
    reply.attachments = AttachmentLists::toJson({{sha256, QStringLiteral("规划批复.pdf"), 48213}});
    auto done = RequestWorkflow::reply(request, reply, GovDesk::Test::clerk(),
                                       GovDesk::Test::at(QDate(2026, 3, 20)));
    if (!done)
        qFatal("%s", qPrintable(done.error().message));
    return *done;
}

} // namespace

class TestAttachmentLists : public QObject
{
    Q_OBJECT

private slots:
    void itemAttachmentsConvertBothWays()
    {
        const QList<ItemAttachment> files{{PlanSha, QStringLiteral("附件1.pdf"), 1234},
                                          {NoticeSha, QStringLiteral("附件2.ofd"), 0}};
        const QList<AttachmentRef> refs = AttachmentLists::refs(files);
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs.at(0).sha256, PlanSha);
        QCOMPARE(refs.at(0).name, QStringLiteral("附件1.pdf"));
        QCOMPARE(refs.at(0).size, qint64(1234));
        QCOMPARE(AttachmentLists::items(refs), files);
        // A reference that does not declare its size is stored as 0 bytes, which an item accepts.
        QCOMPARE(AttachmentLists::items({{PlanSha, QStringLiteral("附件1.pdf"), -1}}).constFirst().size,
                 qint64(0));
    }

    void replyAttachmentsConvertBothWays()
    {
        const QList<AttachmentRef> refs{{PlanSha, QStringLiteral("规划批复.pdf"), 48213}};
        const QJsonArray stored = AttachmentLists::toJson(refs);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).toObject().value(QStringLiteral("sha256")).toString(), PlanSha);
        QCOMPARE(stored.at(0).toObject().value(QStringLiteral("size")).toInteger(), qint64(48213));
        const QList<AttachmentRef> back = AttachmentLists::refs(stored);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).name, QStringLiteral("规划批复.pdf"));
        QCOMPARE(back.at(0).size, qint64(48213));
        // An entry without a valid id is not a file the sync could fetch: left out.
        QCOMPARE(
            AttachmentLists::refs(QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x.pdf")}}})
                .size(),
            0);
    }

    void aRequestNamesItsReplysFilesWhereTheSyncReadsThem()
    {
        const DisclosureRequest request = answered(NoticeSha);
        const QJsonObject payload = request.toJson();
        QCOMPARE(ids(GovDesk::Core::BlobReferences::of(payload)), QStringList{NoticeSha});
        auto read = DisclosureRequests::fromJson(payload);
        GD_VERIFY(read);
        QCOMPARE(*read, request);
        // Without files, no top-level list.
        QVERIFY(
            !GovDesk::Test::registered(QDate(2026, 3, 2)).toJson().contains(QStringLiteral("attachments")));
    }

    void savedAttachmentsAreWhatTheSyncFetches()
    {
        GovDesk::Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        auto &context = profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(context.migrate(DisclosureRecords::migrations()));
        GD_VERIFY(DisclosureRecords::declare(context));
        GD_VERIFY(RequestsStore::install(context));

        DisclosureItem item = GovDesk::Test::planDraft();
        item.attachments = {{PlanSha, QStringLiteral("附件1.pdf"), 1234}};
        const QString itemId = GovDesk::Core::RecordStore::newRecordId();
        GD_VERIFY(DisclosureRecords::saveItem(context, itemId, item));
        const QString requestId = GovDesk::Core::RecordStore::newRecordId();
        GD_VERIFY(RequestsStore::save(context, requestId, answered(NoticeSha)));

        // Both records, as stored (and pushed), name their files where the sync looks.
        auto storedItem = context.records().get(QString::fromLatin1(ItemCollection), itemId);
        GD_VERIFY(storedItem);
        QCOMPARE(ids(GovDesk::Core::BlobReferences::of((*storedItem)->payload)), QStringList{PlanSha});
        auto storedRequest = context.records().get(QString::fromLatin1(RequestCollection), requestId);
        GD_VERIFY(storedRequest);
        QCOMPARE(ids(GovDesk::Core::BlobReferences::of((*storedRequest)->payload)), QStringList{NoticeSha});

        // Neither file's bytes are here (as on a desk that pulled the records): both are fetched.
        auto missing = GovDesk::Core::BlobReferences::missing(context.database());
        GD_VERIFY(missing);
        QStringList wanted = ids(*missing);
        wanted.sort();
        QCOMPARE(wanted, (QStringList{PlanSha, NoticeSha}));

        // Once a reply's bytes are in the profile, only the item's file is still wanted.
        const QByteArray bytes("%PDF-1.7 告知书");
        auto added = GovDesk::Core::BlobCache(context.database()).addBytes(bytes);
        GD_VERIFY(added);
        GD_VERIFY(RequestsStore::save(context, requestId, answered(*added)));
        missing = GovDesk::Core::BlobReferences::missing(context.database());
        GD_VERIFY(missing);
        QCOMPARE(ids(*missing), QStringList{PlanSha});
    }
};

QTEST_GUILESS_MAIN(TestAttachmentLists)
#include "tst_attachmentlists.moc"
