// Tests DatasetFileImport on a real encrypted profile, with a module's importLocal that writes
// each row into a table of its own: a clean file becomes the module's rows, the file as a blob, a
// dataset record and an audit entry; when the record cannot be written (here: a collection the
// module does not own) the rows are taken out again and the refusal is reported; a file the
// module refuses writes nothing and reports nothing as finished.
#include "DatasetFileImport.h"
#include "ImportDialog.h"
#include "ModuleTestProfile.h"
#include "audit/AuditLog.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "sync/BlobCache.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Core;
using GovDesk::Ui::DatasetFileImport;
using GovDesk::Ui::ImportDialog;

namespace {

const QString Collection = QStringLiteral("gauge.dataset");

ImportSchema levelSchema()
{
    return {.fields = {{.key = QStringLiteral("STCD"), .label = QStringLiteral("测站编码")},
                       {.key = QStringLiteral("Z"),
                        .label = QStringLiteral("水位"),
                        .type = ImportFieldType::Decimal,
                        .minimum = -100.0,
                        .maximum = 9000.0}},
            .keyFields = {QStringLiteral("STCD")}};
}

// What a module's importLocal does: all rows or none, into its table, tagged with the dataset.
Result<DatasetStatus> importLevels(Database &db, const DatasetStatus &status, const QString &path,
                                   const ColumnMapping &mapping, const TableImport::Progress &progress,
                                   const std::atomic_bool *cancel)
{
    DatasetStatus result = status;
    if (status.fileName.contains(QStringLiteral("拒绝"))) {
        result.state = DatasetState::Rejected;
        result.problems = QStringLiteral("第 2 行：测站不在名录中");
        return result;
    }
    GD_TRY(db.execute(
        QStringLiteral("CREATE TABLE IF NOT EXISTS gauge_levels (stcd TEXT, z REAL, dataset_id TEXT)")));
    auto insert = db.prepare(QStringLiteral("INSERT INTO gauge_levels VALUES (?1, ?2, ?3)"));
    if (!insert)
        return std::unexpected(insert.error());
    auto rows = TableImport(path, levelSchema())
                    .apply(
                        mapping,
                        [&](const QVariantList &values) -> Result<> {
                            insert->reset();
                            insert->bind(1, values.at(0).toString())
                                .bind(2, values.at(1).toDouble())
                                .bind(3, status.recordId);
                            return insert->exec();
                        },
                        progress, cancel);
    if (!rows)
        return std::unexpected(rows.error());
    result.state = DatasetState::Applied;
    result.rows = *rows;
    return result;
}

} // namespace

class TestDatasetFileImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_profile->dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    DatasetFileImport::Dataset dataset(const QString &collection = Collection)
    {
        return {.collection = collection,
                .kindCode = QStringLiteral("ST_RIVER_R"),
                .auditAction = QStringLiteral("gauge.dataset.imported"),
                .schema = levelSchema(),
                .importLocal = &importLevels,
                .payload =
                    [](const QString &title, const QString &fileName, const QString &sha256, qint64 size,
                       const ColumnMapping &) {
                        return QJsonObject{{"kind", "ST_RIVER_R"},
                                           {"title", title},
                                           {"fileName", fileName},
                                           {"sha256", sha256},
                                           {"size", size}};
                    },
                .forget = [](Database &db, const QString &recordId) -> Result<> {
                    auto remove
                        = db.prepare(QStringLiteral("DELETE FROM gauge_levels WHERE dataset_id = ?1"));
                    if (!remove)
                        return std::unexpected(remove.error());
                    remove->bind(1, recordId);
                    return remove->exec();
                }};
    }

    // Opens the import of `path`, checks it and imports it when clean; what `finished` received.
    std::optional<Result<QString>> run(const QString &path, DatasetFileImport::Dataset dataset)
    {
        std::optional<Result<QString>> outcome;
        auto dialog = DatasetFileImport::open(*m_context, path, std::move(dataset), nullptr,
                                              [&](const Result<QString> &id) { outcome = id; });
        if (!dialog)
            return Result<QString>(std::unexpected(dialog.error()));
        QSignalSpy checked(*dialog, &ImportDialog::checkFinished);
        QSignalSpy imported(*dialog, &ImportDialog::importFinished);
        (*dialog)->startCheck();
        if (!checked.wait(30'000) || !(*dialog)->lastCheck() || !(*dialog)->lastCheck()->isClean())
            return std::nullopt;
        (*dialog)->startImport();
        if (!imported.wait(30'000))
            return std::nullopt;
        return outcome;
    }

    qint64 rowsOf(const QString &datasetId)
    {
        auto count = m_context->database().prepare(
            QStringLiteral("SELECT count(*) FROM gauge_levels WHERE dataset_id = ?1"));
        if (!count)
            return -1;
        count->bind(1, datasetId);
        return count->step().value_or(false) ? count->int64(0) : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("gauge"));
        GD_VERIFY(m_context->records().declareCollection(
            {.name = Collection, .policy = ConflictPolicy::LastWriterWins}));
    }

    void cleanup()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void cleanFileBecomesRowsBlobRecordAndAudit()
    {
        const QByteArray bytes = "测站编码,水位\n80600100,82.31\n80600200,75.02\n";
        const QString path = write(QStringLiteral("柳江水位.csv"), bytes);
        const auto outcome = run(path, dataset());
        QVERIFY(outcome.has_value());
        GD_VERIFY(*outcome);
        const QString id = **outcome;
        QCOMPARE(rowsOf(id), 2);
        auto record = m_context->records().get(Collection, id);
        GD_VERIFY(record);
        QVERIFY(record->has_value());
        const QString sha256 = (*record)->payload.value(QStringLiteral("sha256")).toString();
        QCOMPARE((*record)->payload.value(QStringLiteral("fileName")).toString(),
                 QStringLiteral("柳江水位.csv"));
        QCOMPARE((*record)->payload.value(QStringLiteral("title")).toString(), QStringLiteral("柳江水位"));
        QCOMPARE(BlobCache(m_context->database()).read(sha256).value_or(QByteArray()), bytes);
        auto entries = m_context->audit().entries();
        GD_VERIFY(entries);
        QCOMPARE(entries->last().event, QStringLiteral("gauge.dataset.imported"));
        QCOMPARE(entries->last().subject, id);
        QCOMPARE(entries->last().detail.value(QStringLiteral("rows")).toInteger(), 2);
    }

    void rowsAreTakenOutWhenTheRecordIsRefused()
    {
        const QString path = write(QStringLiteral("水位.csv"), "测站编码,水位\n80600100,82.31\n");
        // Not the module's own collection: the record is refused after the rows were written.
        const auto outcome = run(path, dataset(QStringLiteral("water.dataset")));
        QVERIFY(outcome.has_value());
        QVERIFY(!*outcome);
        QVERIFY2(outcome->error().message.contains(QStringLiteral("gauge.")),
                 qPrintable(outcome->error().message));
        auto left = m_context->database().prepare(QStringLiteral("SELECT count(*) FROM gauge_levels"));
        GD_VERIFY(left);
        QVERIFY(left->step().value_or(false));
        QCOMPARE(left->int64(0), 0);
    }

    void aRefusedFileWritesNothing()
    {
        const QString path = write(QStringLiteral("拒绝.csv"), "测站编码,水位\n80600100,82.31\n");
        bool finished = false;
        auto dialog = DatasetFileImport::open(*m_context, path, dataset(), nullptr,
                                              [&](const Result<QString> &) { finished = true; });
        GD_VERIFY(dialog);
        QSignalSpy checked(*dialog, &ImportDialog::checkFinished);
        QSignalSpy imported(*dialog, &ImportDialog::importFinished);
        (*dialog)->startCheck();
        QVERIFY(checked.wait(30'000));
        (*dialog)->startImport();
        QVERIFY(imported.wait(30'000));
        QCOMPARE(imported.first().first().toBool(), false); // the dialog stays and shows why
        QVERIFY(!finished);
        QCOMPARE(m_context->records().count({.collection = Collection}).value_or(-1), 0);
        (*dialog)->reject();
    }
};

QTEST_MAIN(TestDatasetFileImport)
#include "tst_datasetfileimport.moc"
