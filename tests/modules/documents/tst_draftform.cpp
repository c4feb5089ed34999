// Tests DraftForm (拟稿) on a real encrypted profile: refusals appear beside their element, an
// incomplete draft saves where the draft checkpoint allows it, and a saved draft is a record.
#include "DocumentsChinese.h"
#include "DocumentsUiFixture.h"
#include "AttachmentPanel.h"
#include "DraftForm.h"
#include "module/ModuleRecords.h"
#include "sync/OrganisationDirectory.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QInputMethodEvent>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;

namespace {
// Chinese reaches a field through the input method, as on a clerk's desktop (keyClicks types ASCII only).
void typeText(QWidget *field, const QString &text)
{
    field->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(field, &event);
}
} // namespace

class TestDraftForm : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsUiFixture m_fixture;
    GovDesk::Test::DocumentsChineseTranslator m_chinese;

    template<typename T>
    static T *field(DraftForm &form, const char *name)
    {
        auto *widget = form.findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }

    int documentCount()
    {
        return m_fixture.context().records().count({.collection = QStringLiteral("documents.document")}).value_or(-1);
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }
    void init() { m_fixture.open(); }
    void cleanup() { m_fixture.close(); }

    void offersTheFifteenTypesAndTheLevels()
    {
        DraftForm form(m_fixture.context());
        form.startNew();
        auto *type = field<QComboBox>(form, "draftType");
        QCOMPARE(type->count(), 15);
        QCOMPARE(type->itemText(0), QStringLiteral("决议"));
        QCOMPARE(type->itemText(14), QStringLiteral("纪要"));
        QCOMPARE(field<QComboBox>(form, "draftClassification")->count(), 5);
        QCOMPARE(field<QComboBox>(form, "draftUrgency")->itemText(2), QStringLiteral("特急"));
    }

    void refusalsAppearBesideTheirElement()
    {
        DraftForm form(m_fixture.context());
        form.startNew();
        form.show();
        QTest::keyClicks(field<QLineEdit>(form, "draftCopyNumber"), QStringLiteral("12"));
        typeText(field<QLineEdit>(form, "draftNumber"), QStringLiteral("柳政办发(2026)3号"));
        QTest::mouseClick(field<QPushButton>(form, "draftSave"), Qt::LeftButton);

        QCOMPARE(documentCount(), 0);
        // The validator's own words, beside 标题, 份号 and 发文字号 — nowhere else.
        QVERIFY(form.issueText(Element::Title).contains(QStringLiteral("标题")));
        QVERIFY2(form.issueText(Element::CopyNumber).contains(QStringLiteral("「12」")),
                 qPrintable(form.issueText(Element::CopyNumber)));
        QVERIFY(!form.issueText(Element::Number).isEmpty());
        QVERIFY(form.issueText(Element::Body).isEmpty());
        QVERIFY(form.issueText(Element::Signers).isEmpty()); // only from 签发 on

        // Fixing a field clears its refusal at once, the others stay.
        typeText(field<QLineEdit>(form, "draftTitle"), QStringLiteral("柳州市人民政府办公室关于做好城市防洪排涝工作的通知"));
        QVERIFY(form.issueText(Element::Title).isEmpty());
        QVERIFY(!form.issueText(Element::CopyNumber).isEmpty());
    }

    void minutesHaveTheirListsAndTheTemplateGivesTheMark()
    {
        m_fixture.signIn(QStringLiteral("wangfang"), QStringLiteral("王芳"), {QStringLiteral("clerk")});
        GD_VERIFY(GovDesk::Core::OrganisationDirectory(m_fixture.session().database())
                      .replace({{QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府办公室"),
                                 {GovDesk::Core::RedHeaderTemplate::standard(GovDesk::Core::DocumentFormat::Minutes,
                                                                             QStringLiteral("柳州市人民政府常务会议纪要"))}}}));
        DraftForm form(m_fixture.context());
        form.startNew();
        form.show();
        auto *type = field<QComboBox>(form, "draftType");
        auto *attendees = field<QLineEdit>(form, "draftAttendees");
        auto *mark = field<QLineEdit>(form, "draftIssuerMark");
        type->setCurrentIndex(type->findText(QStringLiteral("通知")));
        QVERIFY(!attendees->isVisible()); // 出席, 请假, 列席 belong to a 纪要
        QVERIFY(mark->placeholderText().isEmpty()); // no template for 通知: the field is the mark
        type->setCurrentIndex(type->findText(QStringLiteral("纪要")));
        QVERIFY(attendees->isVisible());
        QVERIFY(field<QLineEdit>(form, "draftObservers")->isVisible());
        QVERIFY2(mark->placeholderText().contains(QStringLiteral("柳州市人民政府常务会议纪要")),
                 qPrintable(mark->placeholderText()));

        field<QLineEdit>(form, "draftTitle")->setText(QStringLiteral("市政府第12次常务会议纪要"));
        attendees->setText(QStringLiteral("张伟、王芳"));
        field<QLineEdit>(form, "draftOnLeave")->setText(QStringLiteral("黄强（出差）"));
        QVERIFY(form.save());
        const OfficialDocument written = form.document();
        QCOMPARE(written.attendees, QStringLiteral("张伟、王芳"));
        QCOMPARE(written.onLeave, QStringLiteral("黄强（出差）"));
        QVERIFY(written.observers.isEmpty());
    }

    void anUnreadableSecrecyPeriodIsRefusedBesideIt()
    {
        DraftForm form(m_fixture.context());
        form.startNew();
        field<QLineEdit>(form, "draftTitle")->setText(QStringLiteral("关于做好重要活动期间安全保卫工作的通知"));
        field<QComboBox>(form, "draftClassification")->setCurrentIndex(2); // 秘密
        field<QLineEdit>(form, "draftSecrecyPeriod")->setText(QStringLiteral("一年半"));
        QVERIFY(!form.save());
        QVERIFY(form.issueText(Element::SecrecyTerm).contains(QStringLiteral("长期")));
        field<QLineEdit>(form, "draftSecrecyPeriod")->setText(QStringLiteral("1年"));
        QVERIFY(form.save());
        QCOMPARE(form.document().secrecyPeriod.toString(), QStringLiteral("1年"));
    }

    void anIncompleteDraftSavesAsARecord()
    {
        DraftForm form(m_fixture.context());
        QSignalSpy saved(&form, &DraftForm::saved);
        form.startNew();
        field<QComboBox>(form, "draftType")->setCurrentIndex(field<QComboBox>(form, "draftType")->findText(QStringLiteral("请示")));
        field<QLineEdit>(form, "draftTitle")->setText(QStringLiteral("柳州市人民政府办公室关于申请安排柳江防洪堤加固资金的请示"));
        field<QLineEdit>(form, "draftMainRecipients")->setText(QStringLiteral("柳州市人民政府"));
        field<QPlainTextEdit>(form, "draftBody")->setPlainText(QStringLiteral("柳江防洪堤3处险段亟需加固。\n妥否，请批示。"));
        field<QPlainTextEdit>(form, "draftAttachmentNotes")->setPlainText(QStringLiteral("险段位置图\n\n投资估算表"));
        field<QLineEdit>(form, "draftCopyTo")->setText(QStringLiteral("市财政局，市水利局"));
        field<QLineEdit>(form, "draftIssuerName")->setText(QStringLiteral("柳州市人民政府办公室"));
        // An attachment file, kept in the profile and named in the record.
        QTemporaryDir files;
        QFile map(files.filePath(QStringLiteral("险段位置图.pdf")));
        QVERIFY(map.open(QIODevice::WriteOnly) && map.write("%PDF-1.4 险段位置图") > 0);
        map.close();
        QVERIFY(field<GovDesk::Ui::AttachmentPanel>(form, "draftAttachments")->addFile(map.fileName()));
        QVERIFY(form.isDirty());
        // No 签发人, no 成文日期, no 发文字号: all for later steps.
        QVERIFY(form.save());
        QVERIFY(!form.isDirty());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(documentCount(), 1);

        auto record = m_fixture.context().records().get(QStringLiteral("documents.document"), form.recordId());
        GD_VERIFY(record);
        QVERIFY(record->has_value());
        const OfficialDocument written = OfficialDocument::fromPayload((*record)->payload);
        QCOMPARE(written.type, DocumentType::Request);
        QCOMPARE(written.attachmentNotes, (QStringList{QStringLiteral("险段位置图"), QStringLiteral("投资估算表")}));
        QCOMPARE(written.copyTo, (QStringList{QStringLiteral("市财政局"), QStringLiteral("市水利局")}));
        QCOMPARE(written.attachments.size(), 1);
        QCOMPARE(written.attachments.first().name, QStringLiteral("险段位置图.pdf"));
        QVERIFY(written.isPendingNumber());
        QVERIFY(!written.issuedOn.isValid());
        QCOMPARE((*record)->payload.value(QStringLiteral("stage")).toString(), QStringLiteral("拟稿"));

        // Saving again changes the same record; the issuer is remembered for the next draft.
        field<QLineEdit>(form, "draftRemark")->setText(QStringLiteral("（联系人：王芳，电话：0772-2821234）"));
        QVERIFY(form.save());
        QCOMPARE(documentCount(), 1);
        DraftForm next(m_fixture.context());
        next.startNew();
        QCOMPARE(field<QLineEdit>(next, "draftIssuerName")->text(), QStringLiteral("柳州市人民政府办公室"));
        QVERIFY(!next.isDirty());
    }

    void recipientsArePickedFromTheDirectoryAndFreeTextIsNotSent()
    {
        GD_VERIFY(OrganisationDirectory(m_fixture.session().database())
                      .replace({{QStringLiteral("gx-lz-forestry"), QStringLiteral("柳州市林业和园林局")},
                                {QStringLiteral("gx-lz-gov"), QStringLiteral("柳州市人民政府办公室")},
                                {QStringLiteral("gx-lz-luzhai"), QStringLiteral("鹿寨县人民政府")}}));
        DraftForm form(m_fixture.context());
        form.startNew();
        field<QLineEdit>(form, "draftTitle")->setText(QStringLiteral("柳州市人民政府办公室关于做好森林防火工作的通知"));
        // 主送: picked from the directory's menu, as the clerk does.
        QMenu *menu = field<QToolButton>(form, "draftMainRecipientsPick")->menu();
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QAction *forestry = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("柳州市林业和园林局"))
                forestry = action;
        }
        QVERIFY(forestry);
        forestry->trigger();
        QCOMPARE(field<QLineEdit>(form, "draftMainRecipients")->text(), QStringLiteral("柳州市林业和园林局"));
        // 抄送: one typed exactly as the directory names it, one outside the directory.
        field<QLineEdit>(form, "draftCopyTo")->setText(QStringLiteral("鹿寨县人民政府，市应急管理局"));
        const QString reach = field<QLabel>(form, "draftCopyToReach")->text();
        QVERIFY2(reach.contains(QStringLiteral("鹿寨县人民政府")) && reach.contains(QStringLiteral("市应急管理局")),
                 qPrintable(reach));
        QVERIFY(form.save());

        auto record = m_fixture.context().records().get(QStringLiteral("documents.document"), form.recordId());
        GD_VERIFY(record);
        const OfficialDocument written = OfficialDocument::fromPayload((*record)->payload);
        QCOMPARE(written.mainRecipientIds, QStringList{QStringLiteral("gx-lz-forestry")});
        QCOMPARE(written.copyToIds, QStringList{QStringLiteral("gx-lz-luzhai")});
        QCOMPARE(written.copyTo, (QStringList{QStringLiteral("鹿寨县人民政府"), QStringLiteral("市应急管理局")}));
        QCOMPARE(written.recipientIds(), (QStringList{QStringLiteral("gx-lz-forestry"), QStringLiteral("gx-lz-luzhai")}));
        // A draft is addressed to nobody yet: only 分发 sets the record's recipients.
        QVERIFY((*record)->recipients.isEmpty());
    }
};

QTEST_MAIN(TestDraftForm)
#include "tst_draftform.moc"
