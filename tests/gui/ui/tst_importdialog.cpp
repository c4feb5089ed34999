// Tests ImportDialog as a duty officer uses it: a GB18030 file previews with its encoding named
// and its columns suggested; a check lists the bad rows and keeps 导入 disabled; a clean file
// imports through the module's Apply on a worker thread; a failing Apply shows why and keeps the
// dialog; closing during a long check cancels it.
#include "ErrorBanner.h"
#include "ImportDialog.h"
#include "InterfaceFont.h"
#include "TestProfile.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using GovDesk::Ui::ImportDialog;

namespace {

ImportSchema rainSchema()
{
    return {
        .fields
        = {{.key = QStringLiteral("STCD"),
            .label = QStringLiteral("测站编码"),
            .pattern = QStringLiteral("[0-9A-Za-z]{8}"),
            .patternHint = QStringLiteral("8位字母或数字")},
           {.key = QStringLiteral("TM"), .label = QStringLiteral("时间"), .type = ImportFieldType::DateTime},
           {.key = QStringLiteral("DRP"),
            .label = QStringLiteral("时段降水量"),
            .type = ImportFieldType::Decimal,
            .minimum = 0.0,
            .maximum = 500.0}},
        .keyFields = {QStringLiteral("STCD"), QStringLiteral("TM")}};
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QString &text)
    {
        QStringEncoder gb("GB18030");
        const QByteArray bytes = gb.encode(text);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // What a module's Apply does, minus the database: the rows through TableImport::apply.
    static ImportDialog::Apply collectInto(QList<QVariantList> &rows, const QString &path)
    {
        return [&rows, path](const ColumnMapping &mapping, const TableImport::Progress &progress,
                             const std::atomic_bool *cancel) -> Result<qint64> {
            return TableImport(path, rainSchema())
                .apply(
                    mapping,
                    [&rows](const QVariantList &values) -> Result<> {
                        rows.append(values);
                        return {};
                    },
                    progress, cancel);
        };
    }

private Q_SLOTS:
    void initTestCase() { GovDesk::Ui::useInterfaceFont(); }

    void badRowsAreListedAndNothingImports()
    {
        const QString path
            = write(QStringLiteral("雨量.csv"), QStringLiteral("测站编码,时间,降水量\n"
                                                               "60100100,2026-06-18 08:00,12.5\n"
                                                               "60100100,2026-06-18 09:00,-3\n"
                                                               "601001,2026-06-18 10:00,4.0\n"));
        QList<QVariantList> rows;
        ImportDialog dialog(path, rainSchema(), collectInto(rows, path));
        dialog.show();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSource"))
                    ->text()
                    .contains(QStringLiteral("GB18030")));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("60100100"));
        // 降水量 is not a known header: the person picks the column.
        QCOMPARE(dialog.mapping().value(QStringLiteral("DRP"), -1), -1);
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importApply"));
        QVERIFY(!importButton->isEnabled());
        dialog.setMapping(QStringLiteral("DRP"), 2);

        QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
        dialog.startCheck();
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog.lastCheck());
        QCOMPARE(dialog.lastCheck()->problemCount, 2);
        auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("importProblems"));
        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("时段降水量"));
        QCOMPARE(problems->item(1, 0)->text(), QStringLiteral("4"));
        QVERIFY(!importButton->isEnabled());
        dialog.startImport(); // refused: the check found problems
        QVERIFY(!dialog.isBusy());
        QVERIFY(rows.isEmpty());
        const QString shots = qEnvironmentVariable("GOVDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("import-problems.png"))));
    }

    void aCleanFileImportsOnAWorker()
    {
        QString text = QStringLiteral("STCD,TM,DRP\n");
        for (int hour = 0; hour < 24; ++hour)
            text += QStringLiteral("60100100,2026-06-18 %1:00,%2\n")
                        .arg(hour, 2, 10, QLatin1Char('0'))
                        .arg(hour * 0.5);
        const QString path = write(QStringLiteral("clean.csv"), text);
        QList<QVariantList> rows;
        ImportDialog dialog(path, rainSchema(), collectInto(rows, path));
        QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
        dialog.startCheck();
        QVERIFY(checked.wait(10000));
        QVERIFY(dialog.lastCheck()->isClean());
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importApply"));
        QVERIFY(importButton->isEnabled());
        QSignalSpy imported(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toBool(), true);
        QCOMPARE(dialog.importedRows(), 24);
        QCOMPARE(rows.size(), 24);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aFailingApplyKeepsTheDialogAndSaysWhy()
    {
        const QString path = write(QStringLiteral("one.csv"),
                                   QStringLiteral("STCD,TM,DRP\n60100100,2026-06-18 08:00,1.0\n"));
        ImportDialog dialog(path, rainSchema(),
                            [](const ColumnMapping &, const TableImport::Progress &,
                               const std::atomic_bool *) -> Result<qint64> {
                                return fail(ErrorCode::DiskFull,
                                            QStringLiteral("磁盘已满，未导入任何数据。"));
                            });
        dialog.show();
        QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
        dialog.startCheck();
        QVERIFY(checked.wait(10000));
        QSignalSpy imported(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().first().toBool(), false);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<GovDesk::Ui::ErrorBanner *>()->message(),
                 QStringLiteral("磁盘已满，未导入任何数据。"));
    }

    void closingDuringACheckCancelsIt()
    {
        QString text = QStringLiteral("STCD,TM,DRP\n");
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0));
        for (int hour = 0; hour < 200000; ++hour)
            text += QStringLiteral("60100100,%1,0.5\n")
                        .arg(start.addSecs(hour * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const QString path = write(QStringLiteral("big.csv"), text);
        ImportDialog dialog(path, rainSchema(), {});
        dialog.show();
        QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
        dialog.startCheck();
        QVERIFY(dialog.isBusy());
        dialog.reject(); // Close while it runs: cancels, and the dialog waits for the worker
        QVERIFY(checked.wait(20000));
        QVERIFY(!dialog.lastCheck());
        QVERIFY(dialog.findChild<GovDesk::Ui::ErrorBanner *>()->message().contains(QStringLiteral("cancel"),
                                                                                   Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
