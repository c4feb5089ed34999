// Tests the 依申请公开 tab's steps as an officer takes them, through the buttons and their dialogs
// on a real encrypted profile: 登记 (refused without an applicant — the dialog stays open with what
// was entered — then accepted), 分办, 征求第三方意见 and its answer, 延期 (refused without the head
// who approved it), 答复 (部分公开 refused without a reason; a file attached to the reply is kept with
// the request and listed in its detail), then the 告知书 as a PDF read back by pdftotext — refused
// until the 行政复议机关 is set.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "AttachmentPanel.h"
#include "DisclosureSettings.h"
#include "RequestForms.h"
#include "RequestsStore.h"
#include "RequestsTab.h"
#include "Screenshots.h"
#include "module/ProjectionRunner.h"
#include "sync/BlobCache.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace GovDesk::Disclosure;
using Step = RequestsTab::Step;

namespace {

// Each call fills the dialog and presses OK; the dialog may refuse and stay open for the next call.
using DialogRound = std::function<void(StepDialog &)>;

// Clicks `button`, then plays the rounds on the modal StepDialog that opens; returns the dialog's
// error text after each round (empty when it closed).
QStringList playDialog(QPushButton *button, const QList<DialogRound> &rounds)
{
    QStringList errors;
    QTimer driver;
    int next = 0;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<StepDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (next >= rounds.size()) {
            dialog->reject();
            return;
        }
        rounds.at(next++)(*dialog);
        dialog->accept();
        errors << (dialog->isVisible() ? dialog->findChild<QLabel *>(QStringLiteral("stepError"))->text()
                                       : QString());
    });
    driver.start();
    button->click();
    driver.stop();
    return errors;
}

template<typename T>
T *field(StepDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no field %s in the dialog", name);
    return widget;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

class TestRequestsTab : public QObject
{
    Q_OBJECT

    GovDesk::Test::ModuleTestProfile m_profile;
    GovDesk::Core::ModuleContext *m_context = nullptr;
    std::unique_ptr<RequestsTab> m_tab;
    QDate m_today = QDate::currentDate();

    GovDesk::Test::ScreenshotLanguage m_language;

    [[nodiscard]] DisclosureRequest shown() const
    {
        auto all = RequestsStore::all(m_context->database());
        return all ? all->value(m_tab->shownRequest()) : DisclosureRequest();
    }

private slots:
    void initTestCase()
    {
        m_language.install();
        GD_VERIFY(m_profile.create());
        m_context = &m_profile.context(QStringLiteral("disclosure"));
        GD_VERIFY(RequestsStore::install(*m_context));
        m_tab = std::make_unique<RequestsTab>(*m_context);
        m_tab->resize(1280, 800);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
    }

    void registersThroughTheDialogKeepingWhatWasEntered()
    {
        QVERIFY(m_tab->stepButton(Step::Register)->isEnabled());
        QVERIFY(!m_tab->stepButton(Step::Reply)->isEnabled()); // nothing selected
        const QDate signedFor = m_today.addDays(-20);
        const QStringList errors = playDialog(
            m_tab->stepButton(Step::Register),
            {[&](StepDialog &dialog) {
                 auto *channel = field<QComboBox>(dialog, "channel");
                 channel->setCurrentIndex(channel->findData(int(RequestChannel::Post)));
                 field<QDateEdit>(dialog, "receiptDate")->setDate(signedFor);
                 field<QPlainTextEdit>(dialog, "content")->setPlainText(QStringLiteral("某小区改造项目的立项批复文件"));
             },
             [](StepDialog &dialog) {
                 // Only the missing field: the rest is still there.
                 QCOMPARE(field<QPlainTextEdit>(dialog, "content")->toPlainText(),
                          QStringLiteral("某小区改造项目的立项批复文件"));
                 field<QLineEdit>(dialog, "applicantName")->setText(QStringLiteral("王某"));
                 QVERIFY(GovDesk::Test::saveScreenshot(dialog, QStringLiteral("disclosure-request-register")));
             }});
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QStringLiteral("申请人姓名或名称")), qPrintable(errors.at(0)));
        QCOMPARE(errors.at(1), QString());

        GD_VERIFY(m_context->projections().catchUp());
        QCOMPARE(m_tab->list()->rowCount(), 1);
        const DisclosureRequest request = shown();
        QCOMPARE(request.serial, QStringLiteral("%1-0001").arg(signedFor.year()));
        QCOMPARE(request.applicantName, QStringLiteral("王某"));
        QCOMPARE(request.channel(), RequestChannel::Post);
        QCOMPARE(request.receivedOn, signedFor); // Art. 31: the day the office signed for it
        QCOMPARE(request.status, RequestStatus::Registered);
        QVERIFY(m_tab->stepButton(Step::Assign)->isEnabled());
        QVERIFY(!m_tab->stepButton(Step::Notice)->isEnabled());
    }

    void assignsConsultsAndExtends()
    {
        QCOMPARE(playDialog(m_tab->stepButton(Step::Assign),
                            {[](StepDialog &dialog) {
                                field<QComboBox>(dialog, "department")->setCurrentText(QStringLiteral("住房和城乡建设局"));
                            }}),
                 QStringList{QString()});
        QCOMPARE(shown().department, QStringLiteral("住房和城乡建设局"));
        QCOMPARE(shown().status, RequestStatus::InProgress);

        const QDate sent = m_today.addDays(-12);
        QCOMPARE(playDialog(m_tab->stepButton(Step::Consult),
                            {[&](StepDialog &dialog) {
                                field<QLineEdit>(dialog, "thirdParty")->setText(QStringLiteral("某建设公司"));
                                field<QDateEdit>(dialog, "sentOn")->setDate(sent);
                            }}),
                 QStringList{QString()});
        QCOMPARE(shown().consultations.size(), 1);
        QVERIFY(m_tab->stepButton(Step::ConsultationAnswered)->isEnabled());
        QVERIFY(!m_tab->stepButton(Step::Correct)->isEnabled()); // 补正 comes before a consultation
        QCOMPARE(playDialog(m_tab->stepButton(Step::ConsultationAnswered),
                            {[&](StepDialog &dialog) {
                                QCOMPARE(field<QComboBox>(dialog, "consultation")->currentText(),
                                         QStringLiteral("某建设公司"));
                                field<QDateEdit>(dialog, "answeredOn")->setDate(sent.addDays(5));
                            }}),
                 QStringList{QString()});
        QCOMPARE(shown().consultations.at(0).answeredOn, sent.addDays(5));
        QVERIFY(!m_tab->stepButton(Step::ConsultationAnswered)->isEnabled());

        const QStringList errors = playDialog(m_tab->stepButton(Step::Extend),
                                              {[&](StepDialog &dialog) {
                                                   field<QDateEdit>(dialog, "approvedOn")->setDate(m_today.addDays(-2));
                                               },
                                               [](StepDialog &dialog) {
                                                   field<QLineEdit>(dialog, "approvedBy")->setText(QStringLiteral("韦东"));
                                               }});
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QStringLiteral("延期批准人")), qPrintable(errors.at(0)));
        QCOMPARE(errors.at(1), QString());
        QVERIFY(shown().extension);
        QCOMPARE(shown().extension->approvedBy, QStringLiteral("韦东"));
        QCOMPARE(shown().extension->workingDays, RequestDeadline::MaxExtension);
        QVERIFY(!m_tab->stepButton(Step::Extend)->isEnabled()); // once (Art. 33)
    }

    void answersWithTheReasonsTheTypeRequires()
    {
        QTemporaryDir files;
        QFile scan(files.filePath(QStringLiteral("立项批复（公开部分）.pdf")));
        QVERIFY(scan.open(QIODevice::WriteOnly));
        const QByteArray scanned = QByteArray("%PDF-1.4\n立项批复\n").repeated(64);
        QCOMPARE(scan.write(scanned), qint64(scanned.size()));
        scan.close();
        const QStringList errors = playDialog(
            m_tab->stepButton(Step::Reply),
            {[&scan](StepDialog &dialog) {
                 auto *type = field<QComboBox>(dialog, "replyType");
                 type->setCurrentIndex(type->findData(int(ReplyType::Partial)));
                 field<QPlainTextEdit>(dialog, "replyText")->setPlainText(QStringLiteral("立项批复文件予以公开。"));
                 QVERIFY(field<GovDesk::Ui::AttachmentPanel>(dialog, "replyAttachments")->addFile(scan.fileName()));
             },
             [](StepDialog &dialog) {
                 auto *reasons = field<QListWidget>(dialog, "replyReasons");
                 // Only 部分公开's reasons (the 不予公开 ones) are offered.
                 QCOMPARE(reasons->count(), ReplyTypes::reasonsOf(ReplyType::Partial).size());
                 for (int row = 0; row < reasons->count(); ++row)
                     if (ReplyReason(reasons->item(row)->data(Qt::UserRole).toInt())
                         == ReplyReason::ThirdPartyPrivacy)
                         reasons->item(row)->setCheckState(Qt::Checked);
             }});
        QCOMPARE(errors.size(), 2);
        QVERIFY(!errors.at(0).isEmpty());
        QCOMPARE(errors.at(1), QString());
        const DisclosureRequest request = shown();
        QCOMPARE(request.status, RequestStatus::Answered);
        QVERIFY(request.reply);
        QCOMPARE(request.reply->type, ReplyType::Partial);
        QCOMPARE(request.reply->reasons, QList<ReplyReason>{ReplyReason::ThirdPartyPrivacy});
        QCOMPARE(request.history.constLast().action, QStringLiteral("reply"));
        // The file sent with the reply: in the record, its bytes in the profile, listed in the detail.
        QCOMPARE(request.reply->attachments.size(), 1);
        const QJsonObject file = request.reply->attachments.at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("name")).toString(), QStringLiteral("立项批复（公开部分）.pdf"));
        QCOMPARE(file.value(QStringLiteral("size")).toInteger(), qint64(scanned.size()));
        auto bytes = GovDesk::Core::BlobCache(m_context->database()).read(file.value(QStringLiteral("sha256")).toString());
        GD_VERIFY(bytes);
        QCOMPARE(*bytes, scanned);
        auto *listed = m_tab->findChild<GovDesk::Ui::AttachmentPanel *>(QStringLiteral("replyAttachments"));
        QVERIFY(listed && listed->isVisible());
        QCOMPARE(listed->attachments().size(), 1);
        QCOMPARE(listed->attachments().first().name, QStringLiteral("立项批复（公开部分）.pdf"));
        QVERIFY(listed->findChild<QPushButton *>(QStringLiteral("attachmentAdd"))->isHidden());
        QVERIFY(!m_tab->stepButton(Step::Reply)->isEnabled());
        QVERIFY(m_tab->stepButton(Step::Notice)->isEnabled());
    }

    void writesTheNoticeOnceTheReviewBodyIsSet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("告知书.pdf"));
        auto refused = m_tab->writeNotice(m_tab->shownRequest(), path);
        refused.waitForFinished();
        QVERIFY(!refused.result());
        QCOMPARE(refused.result().error().detail, QStringLiteral("reviewBody"));
        QVERIFY(!QFile::exists(path));

        DisclosureSettings settings = DisclosureSettings::load(*m_context);
        settings.reviewBody = QStringLiteral("桂林市人民政府");
        GD_VERIFY(DisclosureSettings::save(*m_context, settings));
        auto written = m_tab->writeNotice(m_tab->shownRequest(), path);
        written.waitForFinished();
        GD_VERIFY(written.result());
        QVERIFY(*written.result() >= 1);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF is written, its text not read");
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("告知书")), qPrintable(text.left(200)));
        QVERIFY(text.contains(shown().serial));
        QVERIFY(text.contains(QStringLiteral("桂林市人民政府")));
        QVERIFY(text.contains(QStringLiteral("第三十七条")));
    }
};

QTEST_MAIN(TestRequestsTab)
#include "tst_requeststab.moc"
