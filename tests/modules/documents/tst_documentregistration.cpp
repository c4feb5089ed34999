// Tests 登记 (DocumentHandling::registerDispatch) on a real encrypted profile: a 「待编号」 document
// asks govdesk-syncd for its 发文字号 (queued for the next sync, the step done at once); a
// typed number is kept; the 代字 is checked and remembered; the demo numbers on its own.
#include "DocumentHandling.h"
#include "DocumentSamples.h"
#include "DocumentsChinese.h"
#include "DocumentsUiFixture.h"
#include "module/ModuleRecords.h"
#include "sync/RecordStore.h"

#include <QTest>

using namespace GovDesk::Documents;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QDateTime At(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

} // namespace

class TestDocumentRegistration : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;

    // A signed 通知 waiting for 登记, 「待编号」.
    QString registeringDocument()
    {
        OfficialDocument document = GovDesk::Test::fireNotice();
        document.documentNumber.clear();
        const QString id = GovDesk::Core::RecordStore::newRecordId();
        DispatchState state;
        state.stage = DispatchStage::Registering;
        state.signedOff = true;
        if (auto saved = DocumentsRecords::saveDocument(m_fixture.context(), id, document, state); !saved)
            qFatal("%s", qPrintable(saved.error().fullText()));
        return id;
    }

private slots:
    void init()
    {
        m_fixture.open();
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
    }
    void cleanup() { m_fixture.close(); }

    void aPendingNumberIsAskedOfTheServer()
    {
        const QString id = registeringDocument();
        auto loaded = DocumentHandling::load(m_fixture.context(), id);
        GD_VERIFY(loaded);
        GD_VERIFY(
            DocumentHandling::registerDispatch(m_fixture.context(), *loaded, QStringLiteral("柳政办发"), At));

        auto after = DocumentHandling::load(m_fixture.context(), id);
        GD_VERIFY(after);
        QCOMPARE(after->dispatch.stage, DispatchStage::Sealing); // the step is done at once
        QVERIFY(after->document.isPendingNumber());              // 「待编号」 until the sync
        auto request = m_fixture.context().records().numberRequest(Documents, id);
        GD_VERIFY(request);
        QVERIFY(request->has_value());
        QCOMPARE((*request)->series, QStringLiteral("柳政办发"));
        QCOMPARE((*request)->year, 2026); // the year of the 成文日期
        QCOMPARE((*request)->field, QStringLiteral("documentNumber"));
        (*request)->number = 7;
        QCOMPARE((*request)->formatted(), QStringLiteral("柳政办发〔2026〕7号"));
        QCOMPARE(DocumentHandling::knownSeries(m_fixture.context()), QStringList{QStringLiteral("柳政办发")});
        // Sending needs the number: 用印 may not be finished before it arrives.
        auto early = DocumentHandling::completeDispatch(m_fixture.context(), *after, {}, At);
        QVERIFY(!early);
    }

    void aTypedNumberIsKept()
    {
        const QString id = registeringDocument();
        auto loaded = DocumentHandling::load(m_fixture.context(), id);
        GD_VERIFY(loaded);
        loaded->document.documentNumber = QStringLiteral("柳政办发〔2026〕12号");
        GD_VERIFY(
            DocumentsRecords::saveDocument(m_fixture.context(), id, loaded->document, loaded->dispatch));
        GD_VERIFY(
            DocumentHandling::registerDispatch(m_fixture.context(), *loaded, QStringLiteral("柳政办发"), At));
        auto request = m_fixture.context().records().numberRequest(Documents, id);
        GD_VERIFY(request);
        QVERIFY(!request->has_value());
    }

    void theSeriesIsTheCodeAlone()
    {
        const QString id = registeringDocument();
        auto loaded = DocumentHandling::load(m_fixture.context(), id);
        GD_VERIFY(loaded);
        for (const QString &wrong :
             {QStringLiteral("柳政办发〔2026〕"), QStringLiteral("柳政办发12"), QString()}) {
            auto refused = DocumentHandling::registerDispatch(m_fixture.context(), *loaded, wrong, At);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, GovDesk::Core::ErrorCode::InvalidArgument);
        }
        auto unchanged = DocumentHandling::load(m_fixture.context(), id);
        GD_VERIFY(unchanged);
        QCOMPARE(unchanged->dispatch.stage, DispatchStage::Registering);
    }
};

QTEST_MAIN(TestDocumentRegistration)
#include "tst_documentregistration.moc"
