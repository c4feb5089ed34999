// Tests BlobStore: chunked, resumable uploads that end in a hash check; each organisation's upload
// its own, and a blob readable only by who uploaded it or reads a record naming it. Run twice: with
// the bytes in files (LocalBlobBytes, SQLite repository) and in PostgreSQL (PgBlobBytes, on a
// server the test starts itself), as instances sharing one database keep them.
#include "BlobStore.h"
#include "BothBackEnds.h"
#include "SqlSyncRepository.h"
#include "TestProfile.h"
#include "blobs/LocalBlobBytes.h"
#include "postgres/PgBlobBytes.h"
#include "postgres/PgConnection.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Server;
using Kind = BlobStore::AppendOutcome::Kind;

namespace {

QByteArray attachment()
{
    // A stand-in for 附件1.pdf: not a multiple of the chunk size, with Chinese text inside.
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes += QStringLiteral("柳州市森林防火检查表 第%1行\n").arg(i).toUtf8();
    return bytes;
}

const QString Gov = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-lz-forestry");
const QString Luzhai = QStringLiteral("gx-lz-luzhai");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

public:
    // `postgres`: repository and bytes in a fresh database of that server for each test.
    explicit TestBlobStore(GovDesk::Test::PostgresFixture *postgres = nullptr)
        : m_postgres(postgres)
    {
    }

private:
    GovDesk::Test::PostgresFixture *m_postgres;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlSyncRepository> m_repository;
    std::unique_ptr<BlobBytes> m_bytes;
    std::unique_ptr<BlobStore> m_store;

    // The whole complete blob, read as a download reads it (in small pieces).
    QByteArray readBlob(const QString &id, qint64 offset = 0, qint64 length = -1)
    {
        const auto info = m_repository->blob(id);
        if (!info || !*info || !(*info)->complete)
            return "(not complete)";
        if (length < 0)
            length = (*info)->size - offset;
        auto body = m_store->read(id, offset, length);
        if (!body)
            qFatal("read failed: %s", qPrintable(body.error().fullText()));
        QByteArray bytes;
        while (bytes.size() < length) {
            auto piece = (*body)->read(qMin<qint64>(1000, length - bytes.size()));
            if (!piece || piece->isEmpty())
                return "(short read)";
            bytes += *piece;
        }
        return bytes;
    }

    qint64 partSize(const QString &id, const QString &organisation)
    {
        return m_bytes->partSize(id, organisation).value_or(-1);
    }

    BlobStore::AppendOutcome append(const QString &id, qint64 offset, qint64 total, const QByteArray &bytes,
                                    const QString &organisation = Gov)
    {
        auto outcome = m_store->append(id, organisation, offset, total, bytes);
        if (!outcome)
            qFatal("append failed: %s", qPrintable(outcome.error().fullText()));
        return *outcome;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (m_postgres) {
            static int counter = 0;
            const QString name = QStringLiteral("blobs_%1").arg(++counter);
            GD_VERIFY(m_postgres->createDatabase(name));
            auto repository = SqlSyncRepository::openPostgres(m_postgres->uri(name), 4);
            GD_VERIFY(repository);
            m_repository = std::move(*repository);
            auto bytes = PgBlobBytes::open(m_postgres->uri(name));
            GD_VERIFY(bytes);
            m_bytes = std::move(*bytes);
        } else {
            auto repository = SqlSyncRepository::openSqlite(m_dir->filePath(QStringLiteral("syncd.db")), {});
            GD_VERIFY(repository);
            m_repository = std::move(*repository);
            m_bytes = std::make_unique<LocalBlobBytes>(m_dir->filePath(QStringLiteral("blobs")));
        }
        m_store = std::make_unique<BlobStore>(*m_repository, *m_bytes);
        for (const QString &organisation : {Gov, Forestry, Luzhai})
            GD_VERIFY(m_repository->addOrganisation({organisation, organisation}));
    }

    std::optional<BlobInfo> status(const QString &id, const QString &organisation = Gov)
    {
        auto info = m_store->status(id, organisation);
        if (!info)
            qFatal("status failed: %s", qPrintable(info.error().fullText()));
        return *info;
    }

    void cleanup()
    {
        m_store.reset();
        m_bytes.reset();
        m_repository.reset();
        m_dir.reset();
    }

    void validIdsAreLowerCaseSha256()
    {
        QVERIFY(BlobStore::isValidId(sha256("x")));
        QVERIFY(!BlobStore::isValidId(sha256("x").toUpper()));
        QVERIFY(!BlobStore::isValidId(sha256("x").left(63)));
        QVERIFY(!BlobStore::isValidId(QStringLiteral("../../etc/passwd")));
    }

    void uploadsInChunksAndChecksTheHash()
    {
        const QByteArray bytes = attachment();
        const QString id = sha256(bytes);
        const qint64 half = bytes.size() / 2;
        QVERIFY(!status(id).has_value());

        const auto first = append(id, 0, bytes.size(), bytes.left(half));
        QCOMPARE(first.kind, Kind::Accepted);
        QCOMPARE(first.info.received, half);
        const auto progress = status(id);
        QVERIFY(progress);
        QCOMPARE(progress->received, half);
        QVERIFY(!progress->complete);

        const auto last = append(id, half, bytes.size(), bytes.mid(half));
        QCOMPARE(last.kind, Kind::Complete);
        QCOMPARE(readBlob(id), bytes);
        QCOMPARE(readBlob(id, 1000, 2345), bytes.mid(1000, 2345)); // a range, across chunks
        QCOMPARE(partSize(id, Gov), 0);

        // Idempotent: uploading a complete blob again changes nothing.
        QCOMPARE(append(id, 0, bytes.size(), bytes.left(10)).kind, Kind::Complete);
        QCOMPARE(readBlob(id), bytes);
    }

    void refusesAChunkAtTheWrongOffset()
    {
        const QByteArray bytes = attachment();
        const QString id = sha256(bytes);
        QCOMPARE(append(id, 0, bytes.size(), bytes.left(1000)).kind, Kind::Accepted);
        const auto gap = append(id, 2000, bytes.size(), bytes.mid(2000, 1000));
        QCOMPARE(gap.kind, Kind::OffsetMismatch);
        QCOMPARE(gap.info.received, 1000);
        const auto overlap = append(id, 500, bytes.size(), bytes.mid(500, 1000));
        QCOMPARE(overlap.kind, Kind::OffsetMismatch);
        QCOMPARE(append(id, 1000, bytes.size(), bytes.mid(1000)).kind, Kind::Complete);
    }

    void discardsAnUploadWhoseHashDiffers()
    {
        const QByteArray bytes = attachment();
        const QString id = sha256(bytes);
        QByteArray damaged = bytes;
        damaged[damaged.size() - 5] = 'X';
        QCOMPARE(append(id, 0, bytes.size(), damaged.left(4000)).kind, Kind::Accepted);
        QCOMPARE(append(id, 4000, bytes.size(), damaged.mid(4000)).kind, Kind::HashMismatch);
        QVERIFY(!status(id).has_value());
        QCOMPARE(partSize(id, Gov), 0);
        // A clean retry from 0 succeeds.
        QCOMPARE(append(id, 0, bytes.size(), bytes).kind, Kind::Complete);
    }

    void overwritesBytesThatWereNeverRecorded()
    {
        // A crash after writing a chunk but before recording it leaves extra bytes; the recorded
        // offset wins and the resumed upload overwrites them.
        const QByteArray bytes = attachment();
        const QString id = sha256(bytes);
        QCOMPARE(append(id, 0, bytes.size(), bytes.left(1000)).kind, Kind::Accepted);
        GD_VERIFY(m_bytes->writePart(id, Gov, 1000, "garbage that was never acknowledged"));
        GD_VERIFY(m_bytes->writePart(id, Gov, 500, bytes.mid(500, 900))); // and one across the offset
        QCOMPARE(status(id)->received, 1000);
        QCOMPARE(append(id, 1000, bytes.size(), bytes.mid(1000)).kind, Kind::Complete);
        QCOMPARE(readBlob(id), bytes);
    }

    void sizeIsFixedOnceAnUploadRuns()
    {
        const QByteArray bytes = attachment();
        const QString id = sha256(bytes);
        QCOMPARE(append(id, 0, bytes.size(), bytes.left(1000)).kind, Kind::Accepted);
        QCOMPARE(append(id, 1000, bytes.size() + 1, bytes.mid(1000, 10)).kind, Kind::SizeMismatch);
        // The same size from 0 is a lost position, not a restart: resume where the server is.
        QCOMPARE(append(id, 0, bytes.size(), bytes).kind, Kind::OffsetMismatch);
        // From 0 with another size, the client starts over.
        const auto restarted = append(id, 0, bytes.size() + 5, bytes.left(10));
        QCOMPARE(restarted.kind, Kind::Accepted);
        QCOMPARE(restarted.info.size, bytes.size() + 5);
        QCOMPARE(restarted.info.received, 10);
        QCOMPARE(append(id, 0, bytes.size(), bytes).kind, Kind::Complete);
    }

    void emptyBlobCompletesAtOnce()
    {
        const QString id = sha256(QByteArray());
        QCOMPARE(append(id, 0, 0, QByteArray()).kind, Kind::Complete);
        QCOMPARE(readBlob(id), QByteArray());
    }

    void anotherOrganisationCannotSeeOrBreakAnUploadInProgress()
    {
        const QByteArray bytes = attachment();
        const QString id = sha256(bytes);
        QCOMPARE(append(id, 0, bytes.size(), bytes.left(1000)).kind, Kind::Accepted);
        QVERIFY(!status(id, Forestry)); // as for a blob the server does not have

        // A restart with another size, or a chunk at the uploader's offset, starts Forestry's own
        // upload; Gov's stays as it was.
        const auto restart = append(id, 0, 5, QByteArray("12345").left(3), Forestry);
        QCOMPARE(restart.kind, Kind::Accepted);
        QCOMPARE(restart.info.received, 3);
        QCOMPARE(append(id, 1000, bytes.size(), bytes.mid(1000, 10), Forestry).kind, Kind::SizeMismatch);
        QCOMPARE(status(id, Gov)->received, 1000);
        QCOMPARE(status(id, Gov)->size, bytes.size());
        QCOMPARE(status(id, Forestry)->size, 5);

        QCOMPARE(append(id, 1000, bytes.size(), bytes.mid(1000)).kind, Kind::Complete);
        // Forestry's upload is still its own, and the complete blob is not readable for it.
        QCOMPARE(status(id, Forestry)->received, 3);
        QVERIFY(!status(id, Forestry)->complete);
        QVERIFY(!status(id, Luzhai));
    }

    void aCompleteBlobIsReadableOnlyByItsUploadersAndReaders()
    {
        const QByteArray bytes = attachment();
        const QString id = sha256(bytes);
        QCOMPARE(append(id, 0, bytes.size(), bytes).kind, Kind::Complete);
        QVERIFY(status(id, Gov)->complete);
        QVERIFY(!status(id, Forestry));

        // Claiming the blob with a few bytes is not enough: it is an upload like any other...
        QCOMPARE(append(id, 0, bytes.size(), bytes.left(10), Luzhai).kind, Kind::Accepted);
        QVERIFY(!status(id, Luzhai)->complete);
        // ...and all of the right bytes make it readable (one copy stays on disk).
        QCOMPARE(append(id, 10, bytes.size(), bytes.mid(10), Luzhai).kind, Kind::Complete);
        QVERIFY(status(id, Luzhai)->complete);
        QCOMPARE(partSize(id, Luzhai), 0);
        QCOMPARE(readBlob(id), bytes);

        // A record that names the blob makes it readable for its recipients, and only for them.
        RecordState record;
        record.collection = QStringLiteral("documents.document");
        record.recordId = QStringLiteral("9f3e2c1a-0b7d-4e55-8a61-3c2f5d9e8b10");
        record.owner = Gov;
        record.recipients = {Forestry};
        record.revision = 1;
        record.payload = {{QStringLiteral("title"), QStringLiteral("关于森林防火检查的通知")}};
        record.blobIds = {id};
        auto seq = m_repository->nextChangeSeq();
        GD_VERIFY(seq);
        record.seq = *seq;
        GD_VERIFY(m_repository->saveRecord(record));
        QVERIFY(status(id, Forestry)->complete);

        // Dropped from the record (recipients and attachments change): no longer readable.
        record.recipients = {};
        record.blobIds = {};
        record.revision = 2;
        record.seq = *m_repository->nextChangeSeq();
        GD_VERIFY(m_repository->saveRecord(record));
        QVERIFY(!status(id, Forestry));
    }
};

class TestBlobStorePostgres : public TestBlobStore
{
    Q_OBJECT
public:
    explicit TestBlobStorePostgres(GovDesk::Test::PostgresFixture *postgres)
        : TestBlobStore(postgres)
    {
    }
};

int main(int argc, char **argv)
{
    return GovDesk::Test::runOnBothBackEnds<TestBlobStore, TestBlobStorePostgres>(argc, argv);
}

#include "tst_blobstore.moc"
