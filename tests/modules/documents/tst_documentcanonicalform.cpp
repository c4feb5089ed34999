// Tests DocumentCanonicalForm: the documented bytes, stable across payload round trips and
// sensitive to every element, to the 正文 and to each attachment.
#include "DocumentCanonicalForm.h"
#include "DocumentSamples.h"

#include <QTest>
#include <functional>

using namespace GovDesk::Documents;
using GovDesk::Test::fireNotice;

class TestDocumentCanonicalForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheVersionAndListsEveryPartInOrder()
    {
        const OfficialDocument document = fireNotice();
        const QByteArray form = DocumentCanonicalForm::bytes(document);
        QVERIFY(form.startsWith("GovDesk-CanonicalForm/1\ncopyNumber:0\n\nclassification:6\n公开\n"));
        QStringList ids;
        for (const CanonicalPart &part : DocumentCanonicalForm::parts(document))
            ids.append(part.id);
        QCOMPARE(ids, (QStringList{"copyNumber",      "classification", "secrecyPeriod",  "urgency",
                                   "issuerMark",      "documentNumber", "signers",        "type",
                                   "direction",       "title",          "mainRecipients", "body",
                                   "attachmentNotes", "issuerName",     "issuedOn",       "remark",
                                   "copyTo",          "printedBy",      "printedOn",      "attachments.1"}));
    }

    // The specification in the header, written out for one document: another implementation
    // following the text must produce exactly these bytes.
    void matchesTheSpecificationByteForByte()
    {
        OfficialDocument document;
        document.title = QStringLiteral("关于放假的通知");
        document.mainRecipients = {QStringLiteral("各科室"), QStringLiteral("各直属单位")};
        document.body = QStringLiteral("放假三天。");
        document.issuedOn = QDate(2026, 9, 30);
        document.attachments
            = {{.sha256 = QString(64, QLatin1Char('b')), .name = QStringLiteral("值班表.xlsx"), .size = 100}};
        const QByteArray expected
            = QByteArray("GovDesk-CanonicalForm/1\n") + "copyNumber:0\n\n" + "classification:6\n公开\n"
              + "secrecyPeriod:0\n\n" + "urgency:6\n普通\n" + "issuerMark:0\n\n" + "documentNumber:0\n\n"
              + "signers:0\n\n" + "type:6\n通知\n" + "direction:9\n下行文\n" + "title:21\n关于放假的通知\n"
              + "mainRecipients:31\n9:各科室;15:各直属单位;\n" + "body:15\n放假三天。\n"
              + "attachmentNotes:0\n\n" + "issuerName:0\n\n" + "issuedOn:10\n2026-09-30\n" + "remark:0\n\n"
              + "copyTo:0\n\n" + "printedBy:0\n\n" + "printedOn:0\n\n"
              + "attachments.1:100\nsha256:" + QByteArray(64, 'b') + "\nname:值班表.xlsx\nsize:100\n";
        QCOMPARE(DocumentCanonicalForm::bytes(document), expected);
    }

    // 出席/请假/列席 came after version 1 was specified: a form without them is what it was, and
    // each one, once there, is a part a change shows in.
    void theListsOfMinutesArePartsOnlyWhenPresent()
    {
        OfficialDocument minutes = GovDesk::Test::executiveMinutes();
        OfficialDocument without = minutes;
        without.attendees.clear();
        without.onLeave.clear();
        without.observers.clear();
        QStringList ids;
        for (const CanonicalPart &part : DocumentCanonicalForm::parts(minutes))
            ids.append(part.id);
        QCOMPARE(ids.mid(19), (QStringList{"attendees", "onLeave", "observers"}));
        QCOMPARE(DocumentCanonicalForm::parts(without).size(), 19);
        const QByteArray form = DocumentCanonicalForm::bytes(minutes);
        QVERIFY(form.endsWith(QByteArray("observers:") + QByteArray::number(minutes.observers.toUtf8().size()) + '\n'
                              + minutes.observers.toUtf8() + '\n'));
        OfficialDocument changed = minutes;
        changed.onLeave = QStringLiteral("黄强（病假）");
        QVERIFY(DocumentCanonicalForm::bytes(changed) != form);
        QCOMPARE(DocumentCanonicalForm::bytes(OfficialDocument::fromPayload(minutes.toPayload())), form);
    }

    void isStableAcrossThePayload()
    {
        const OfficialDocument document = fireNotice();
        const OfficialDocument reread = OfficialDocument::fromPayload(document.toPayload());
        QCOMPARE(DocumentCanonicalForm::bytes(reread), DocumentCanonicalForm::bytes(document));
        QCOMPARE(DocumentCanonicalForm::bytes(fireNotice()), DocumentCanonicalForm::bytes(document));
    }

    void ignoresTheSealItself()
    {
        OfficialDocument sealed = fireNotice();
        sealed.seal = {.sealed = true, .sealId = QStringLiteral("gx-lz-gov"), .signature = {{"version", 4}}};
        QCOMPARE(DocumentCanonicalForm::bytes(sealed), DocumentCanonicalForm::bytes(fireNotice()));
    }

    void changesWithEveryElement_data()
    {
        QTest::addColumn<std::function<void(OfficialDocument &)>>("change");
        using Change = std::function<void(OfficialDocument &)>;
        QTest::newRow("份号") << Change([](OfficialDocument &d) { d.copyNumber = QStringLiteral("000001"); });
        QTest::newRow("密级") << Change(
            [](OfficialDocument &d) { d.classification = SecurityLevel::Internal; });
        QTest::newRow("保密期限") << Change([](OfficialDocument &d) {
            d.secrecyPeriod = {SecrecyPeriod::Unit::Years, 1};
        });
        QTest::newRow("紧急程度") << Change([](OfficialDocument &d) { d.urgency = Urgency::Normal; });
        QTest::newRow("发文机关标志")
            << Change([](OfficialDocument &d) { d.issuerMark += QStringLiteral(" "); });
        QTest::newRow("发文字号") << Change(
            [](OfficialDocument &d) { d.documentNumber = QStringLiteral("柳政办发〔2026〕13号"); });
        QTest::newRow("签发人") << Change([](OfficialDocument &d) { d.signers = {QStringLiteral("李强")}; });
        QTest::newRow("签发人 split") << Change([](OfficialDocument &d) {
            d.signers = {QStringLiteral("张"), QStringLiteral("伟")};
        });
        QTest::newRow("文种") << Change([](OfficialDocument &d) { d.type = DocumentType::Bulletin; });
        QTest::newRow("行文方向") << Change([](OfficialDocument &d) { d.direction = Direction::Parallel; });
        QTest::newRow("标题") << Change(
            [](OfficialDocument &d) { d.title.replace(QStringLiteral("春季"), QStringLiteral("秋季")); });
        QTest::newRow("主送机关") << Change([](OfficialDocument &d) { d.mainRecipients.removeLast(); });
        QTest::newRow("正文") << Change(
            [](OfficialDocument &d) { d.body.replace(QStringLiteral("24"), QStringLiteral("12")); });
        QTest::newRow("附件说明") << Change([](OfficialDocument &d) { d.attachmentNotes.clear(); });
        QTest::newRow("发文机关署名")
            << Change([](OfficialDocument &d) { d.issuerName = QStringLiteral("柳州市人民政府"); });
        QTest::newRow("成文日期") << Change([](OfficialDocument &d) { d.issuedOn = d.issuedOn.addDays(1); });
        QTest::newRow("附注") << Change([](OfficialDocument &d) { d.remark.clear(); });
        QTest::newRow("抄送机关") << Change(
            [](OfficialDocument &d) { d.copyTo.append(QStringLiteral("市政协办公室")); });
        QTest::newRow("印发机关") << Change(
            [](OfficialDocument &d) { d.printedBy = QStringLiteral("柳州市人民政府"); });
        QTest::newRow("印发日期") << Change([](OfficialDocument &d) { d.printedOn = QDate(); });
        QTest::newRow("附件 digest") << Change(
            [](OfficialDocument &d) { d.attachments[0].sha256 = QString(64, QLatin1Char('c')); });
        QTest::newRow("附件 name") << Change(
            [](OfficialDocument &d) { d.attachments[0].name = QStringLiteral("附件2.pdf"); });
        QTest::newRow("附件 added") << Change([](OfficialDocument &d) {
            d.attachments.append(
                {.sha256 = QString(64, QLatin1Char('d')), .name = QStringLiteral("附件2.pdf"), .size = 1});
        });
    }

    void changesWithEveryElement()
    {
        QFETCH(std::function<void(OfficialDocument &)>, change);
        OfficialDocument changed = fireNotice();
        change(changed);
        QVERIFY(DocumentCanonicalForm::bytes(changed) != DocumentCanonicalForm::bytes(fireNotice()));
    }

    // Length prefixes keep element boundaries: moving text between neighbours is a change.
    void boundariesCannotShift()
    {
        OfficialDocument a = fireNotice();
        OfficialDocument b = fireNotice();
        a.title = QStringLiteral("通知甲");
        a.remark = QStringLiteral("乙");
        b.title = QStringLiteral("通知");
        b.remark = QStringLiteral("甲乙");
        QVERIFY(DocumentCanonicalForm::bytes(a) != DocumentCanonicalForm::bytes(b));
        a.mainRecipients = {QStringLiteral("甲;乙")};
        b.mainRecipients = {QStringLiteral("甲"), QStringLiteral("乙")};
        QVERIFY(DocumentCanonicalForm::parts(a).at(10) != DocumentCanonicalForm::parts(b).at(10));
    }

    void attachmentNumbers()
    {
        QCOMPARE(DocumentCanonicalForm::attachmentNumber(QStringLiteral("attachments.2")), 2);
        QCOMPARE(DocumentCanonicalForm::attachmentNumber(QStringLiteral("title")), 0);
        QCOMPARE(DocumentCanonicalForm::attachmentNumber(QStringLiteral("attachments.x")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocumentCanonicalForm)
#include "tst_documentcanonicalform.moc"
