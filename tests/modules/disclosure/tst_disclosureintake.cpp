// Tests DisclosureIntakeService as 公文 reaches it — through the object pool by interface: a document
// handed over becomes a 主动公开 draft with its source, and handing it over again makes no second one.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "DisclosureIntakeService.h"
#include "DisclosureItem.h"
#include "DisclosureRecords.h"
#include "module/ModuleRecords.h"
#include "services/DisclosureIntake.h"

#include <QTest>

using namespace GovDesk::Disclosure;

class TestDisclosureIntake : public QObject
{
    Q_OBJECT

private slots:
    void aDocumentBecomesADraftOnce()
    {
        GovDesk::Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        auto &context = profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(context.migrate(DisclosureRecords::migrations()));
        GD_VERIFY(DisclosureRecords::declare(context));
        DisclosureIntakeService service(context);
        profile.pool.addObject(&service);

        auto *intake = profile.pool.object<GovDesk::Core::DisclosureIntake>();
        QVERIFY(intake);
        const GovDesk::Core::IntakeDocument document{
            .title = QStringLiteral("柳州市人民政府办公室关于印发柳州市2026年城市建设计划的通知"),
            .body = QStringLiteral(
                "各县、区人民政府：\n现将《柳州市2026年城市建设计划》印发给你们，请认真贯彻执行。"),
            .publisher = QStringLiteral("柳州市人民政府办公室"),
            .writtenOn = QDate(2026, 3, 2),
            .documentNumber = QStringLiteral("柳政办发〔2026〕3号"),
            .attachments
            = {{.sha256 = QString(64, QLatin1Char('c')), .name = QStringLiteral("附件1.pdf"), .size = 2048}},
            .sourceCollection = QStringLiteral("documents.document"),
            .sourceRecordId = QStringLiteral("doc-0042")};
        auto id = intake->draftFromDocument(document);
        GD_VERIFY(id);

        auto record = context.records().get(QString::fromLatin1(ItemCollection), *id);
        GD_VERIFY(record);
        QVERIFY(record->has_value());
        auto item = DisclosureItem::fromPayload((*record)->payload);
        GD_VERIFY(item);
        QCOMPARE(item->status, ItemStatus::Draft);
        QCOMPARE(item->title, document.title);
        QCOMPARE(item->body, document.body);
        QCOMPARE(item->publisher, document.publisher);
        QCOMPARE(item->writtenOn, QDate(2026, 3, 2));
        QCOMPARE(item->changedOn, QDate(2026, 3, 2)); // Art. 26 counts from the 成文日期
        QCOMPARE(item->indexNumber, QString());       // 待编号
        QCOMPARE(item->attachments.size(), 1);
        QCOMPARE(item->attachments.at(0).name, QStringLiteral("附件1.pdf"));
        QVERIFY(item->source);
        QCOMPARE(item->source->documentNumber, QStringLiteral("柳政办发〔2026〕3号"));
        QCOMPARE(item->source->recordId, QStringLiteral("doc-0042"));
        QCOMPARE(item->history.size(), 1);
        QCOMPARE(item->history.at(0).action, ItemAction::Create);

        auto again = intake->draftFromDocument(document);
        GD_VERIFY(again);
        QCOMPARE(*again, *id);
        QCOMPARE(*context.records().count({.collection = QString::fromLatin1(ItemCollection)}), 1);

        GovDesk::Core::IntakeDocument untitled = document;
        untitled.title.clear();
        untitled.sourceRecordId = QStringLiteral("doc-0043");
        QVERIFY(!intake->draftFromDocument(untitled));
        profile.pool.removeObject(&service);
    }
};

QTEST_MAIN(TestDisclosureIntake)
#include "tst_disclosureintake.moc"
