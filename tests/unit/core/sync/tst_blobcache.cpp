// Tests BlobCache: attachments stored inside the encrypted profile in 1 MiB chunks, addressed by
// their SHA-256, checked on every read and export, refused over the size limit, never plaintext
// on disk; downloads resume chunk by chunk and a download that does not hash right is discarded.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"
#include "sync/BlobCache.h"
#include "sync/BlobReferences.h"
#include "sync/RecordStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.generate());
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestBlobCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    [[nodiscard]] qint64 count(const QString &sql) const { return m_db->queryInt(sql).value_or(-1); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = openWithSchema(m_dir->filePath(QStringLiteral("profile.gddb")), RecordStore::MigrationOwner,
                                 RecordStore::migrations(), true);
        GD_VERIFY(db);
        m_db = std::move(*db);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void theBlobTablesAreAppendedToTheSyncSchema()
    {
        // Appended, not a new owner: profiles at core.sync version 1 get them at their next unlock.
        const QList<Migration> migrations = RecordStore::migrations();
        QVERIFY(migrations.size() >= 2);
        QVERIFY(migrations.at(1).description.contains(QStringLiteral("sync_blobs")));
        QCOMPARE(MigrationRunner::currentVersion(*m_db, QString::fromLatin1(RecordStore::MigrationOwner)).value_or(0),
                 migrations.last().version);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blobs")), 0);
    }

    void aFileIsStoredInChunksUnderItsHash()
    {
        // 2.5 MiB: two full chunks and a half one.
        const QByteArray bytes = randomBytes(BlobCache::ChunkBytes * 5 / 2, 1);
        const QString path = m_dir->filePath(QStringLiteral("附件1-森林防火工作方案.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        BlobCache cache(*m_db);
        auto sha = cache.addFile(path);
        GD_VERIFY(sha);
        QCOMPARE(*sha, sha256Of(bytes));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blob_chunks")), 3);
        QCOMPARE(count(QStringLiteral("SELECT max(length(bytes)) FROM sync_blob_chunks")), BlobCache::ChunkBytes);
        auto info = cache.info(*sha);
        GD_VERIFY(info);
        QVERIFY(info->has_value());
        QCOMPARE((*info)->size, bytes.size());
        QVERIFY((*info)->complete);
        QVERIFY(!(*info)->uploaded);
        QCOMPARE(cache.has(*sha).value_or(false), true);
        auto read = cache.read(*sha);
        GD_VERIFY(read);
        QCOMPARE(*read, bytes);
        // A range across chunk boundaries, as an upload of 4 MiB chunks from 1 MiB rows reads it.
        auto range = cache.readRange(*sha, BlobCache::ChunkBytes - 10, BlobCache::ChunkBytes + 20);
        GD_VERIFY(range);
        QCOMPARE(*range, bytes.mid(BlobCache::ChunkBytes - 10, BlobCache::ChunkBytes + 20));
        QCOMPARE(cache.readRange(*sha, bytes.size() - 5, BlobCache::ChunkBytes)->size(), 5);

        const QString exported = m_dir->filePath(QStringLiteral("导出.pdf"));
        GD_VERIFY(cache.exportTo(*sha, exported));
        QFile back(exported);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), bytes);
    }

    void theSameBytesAreStoredOnce()
    {
        BlobCache cache(*m_db);
        const QByteArray bytes = QStringLiteral("关于做好2014年森林防火工作的通知（附件）").toUtf8();
        auto first = cache.addBytes(bytes);
        GD_VERIFY(first);
        GD_VERIFY(cache.markUploaded(*first));
        auto second = cache.addBytes(bytes);
        GD_VERIFY(second);
        QCOMPARE(*second, *first);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blobs")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blob_chunks")), 1);
        QVERIFY(cache.info(*first)->value().uploaded); // adding again does not forget the upload
        auto empty = cache.addBytes(QByteArray(""));
        GD_VERIFY(empty);
        QCOMPARE(*empty, sha256Of({}));
        QCOMPARE(cache.read(*empty).value_or("x"), QByteArray());
    }

    void aBlobOverTheLimitIsRefusedAndNothingIsWritten()
    {
        BlobCache cache(*m_db, 2 * BlobCache::ChunkBytes);
        const QByteArray bytes = randomBytes(2 * BlobCache::ChunkBytes + 1, 2);
        auto refused = cache.addBytes(bytes);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().message.contains(QStringLiteral("MiB")));

        const QString path = m_dir->filePath(QStringLiteral("big.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QVERIFY(!cache.addFile(path));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blobs")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blob_chunks")), 0);

        GD_VERIFY(cache.addBytes(bytes.left(2 * BlobCache::ChunkBytes))); // exactly the limit is fine
    }

    void attachmentsAreNotPlaintextOnDisk()
    {
        BlobCache cache(*m_db);
        const QByteArray marker = QStringLiteral("机密附件-柳政办发〔2014〕12号-").toUtf8().repeated(2000);
        GD_VERIFY(cache.addBytes(marker));
        GD_VERIFY(m_db->checkpoint());
        const QString path = m_db->path();
        m_db.reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.size() > marker.size());
        QVERIFY(!onDisk.contains(QStringLiteral("柳政办发").toUtf8()));
        QVERIFY(isEncryptedOnDisk(path));
    }

    void aDamagedBlobIsRefusedOnReadAndExport()
    {
        BlobCache cache(*m_db);
        const QByteArray bytes = randomBytes(BlobCache::ChunkBytes + 100, 3);
        auto sha = cache.addBytes(bytes);
        GD_VERIFY(sha);
        GD_VERIFY(m_db->execute(QStringLiteral("UPDATE sync_blob_chunks SET bytes = zeroblob(100) WHERE idx = 1")));
        auto read = cache.read(*sha);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Corrupt);
        QCOMPARE(cache.verify(*sha).value_or(true), false);
        const QString target = m_dir->filePath(QStringLiteral("out.bin"));
        QVERIFY(!cache.exportTo(*sha, target));
        QVERIFY(!QFile::exists(target)); // the damaged bytes never reach the user's file
    }

    void aDownloadResumesChunkByChunkAndIsCheckedAtTheEnd()
    {
        BlobCache cache(*m_db);
        const QByteArray bytes = randomBytes(BlobCache::ChunkBytes * 3 + 7, 4);
        const QString sha = sha256Of(bytes);
        // Pieces that do not line up with the 1 MiB rows, as ranges of other sizes arrive.
        const qint64 pieces[] = {300 * 1024, BlobCache::ChunkBytes, 5, BlobCache::ChunkBytes * 2};
        qint64 offset = 0;
        for (const qint64 piece : pieces) {
            const QByteArray part = bytes.mid(offset, piece);
            GD_VERIFY(cache.appendReceived(sha, offset, part, bytes.size()));
            offset += part.size();
            QCOMPARE(cache.info(sha)->value().received, offset);
            QVERIFY(!cache.has(sha).value_or(true));
        }
        QCOMPARE(offset, bytes.size());
        // Out of order is refused: a resumed download continues exactly at what is stored.
        QVERIFY(!cache.appendReceived(sha, 0, bytes.left(10), bytes.size()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blob_chunks WHERE length(bytes) <> %1 AND idx < 3")
                           .arg(BlobCache::ChunkBytes)),
                 0);
        QCOMPARE(cache.completeDownload(sha).value_or(false), true);
        QCOMPARE(cache.read(sha).value_or(QByteArray()), bytes);
        QVERIFY(cache.info(sha)->value().uploaded); // it came from the server
    }

    void aDownloadThatDoesNotMatchItsHashIsDiscarded()
    {
        BlobCache cache(*m_db);
        const QByteArray bytes = randomBytes(BlobCache::ChunkBytes + 1, 5);
        const QString claimed = sha256Of(QByteArray("something else"));
        GD_VERIFY(cache.appendReceived(claimed, 0, bytes, bytes.size()));
        auto complete = cache.completeDownload(claimed);
        GD_VERIFY(complete);
        QVERIFY(!*complete);
        QVERIFY(!cache.info(claimed)->has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_blob_chunks")), 0);
    }

    void referencesComeFromTheAttachmentsArray()
    {
        const QString a = sha256Of("a");
        const QString b = sha256Of("b");
        const QJsonObject payload{
            {QStringLiteral("title"), QStringLiteral("关于汛限水位调整的批复")},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("sha256"), a}, {QStringLiteral("name"), QStringLiteral("附件1.pdf")},
                                    {QStringLiteral("size"), 1}},
                        QJsonObject{{QStringLiteral("sha256"), QStringLiteral("not-a-hash")}},
                        QJsonObject{{QStringLiteral("sha256"), a.toUpper()}},
                        QJsonObject{{QStringLiteral("sha256"), b}, {QStringLiteral("name"), QStringLiteral("附件2.xlsx")}},
                        QJsonObject{{QStringLiteral("sha256"), a}}}}};
        const QList<AttachmentRef> refs = BlobReferences::of(payload);
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs.at(0).sha256, a);
        QCOMPARE(refs.at(0).name, QStringLiteral("附件1.pdf"));
        QCOMPARE(refs.at(0).size, 1);
        QCOMPARE(refs.at(1).sha256, b);
        QCOMPARE(refs.at(1).size, -1);

        RecordStore store(*m_db);
        GD_VERIFY(store.put(QStringLiteral("documents.document"), QStringLiteral("doc-1"), payload));
        BlobCache cache(*m_db);
        GD_VERIFY(cache.addBytes("a"));
        auto missing = BlobReferences::missing(*m_db);
        GD_VERIFY(missing);
        QCOMPARE(missing->size(), 1);
        QCOMPARE(missing->first().sha256, b);
        GD_VERIFY(store.remove(QStringLiteral("documents.document"), QStringLiteral("doc-1")));
        QVERIFY(BlobReferences::missing(*m_db)->isEmpty()); // a deleted record needs nothing
    }
};

QTEST_GUILESS_MAIN(TestBlobCache)
#include "tst_blobcache.moc"
