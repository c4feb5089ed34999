// GUI test of ProgressPanel: determinate and busy progress, cancel, finish.
#include "ProgressPanel.h"

#include <QLabel>

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using GovDesk::Ui::ProgressPanel;

namespace {
template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}
} // namespace

class TestProgressPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_page;
    ProgressPanel *m_panel = nullptr;

    QLabel *label() { return child<QLabel>(m_panel, "status"); }
    QProgressBar *bar() { return child<QProgressBar>(m_panel, "progress"); }
    QPushButton *cancel() { return child<QPushButton>(m_panel, "cancel"); }

private Q_SLOTS:
    void init()
    {
        m_page = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_page.get());
        m_panel = new ProgressPanel(m_page.get());
        layout->addWidget(m_panel);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void startProgressFinish()
    {
        QVERIFY(!m_panel->isVisible());
        m_panel->start(QStringLiteral("正在导入公文…"), 40);
        QVERIFY(m_panel->isVisible());
        QCOMPARE(label()->text(), QStringLiteral("正在导入公文…"));
        QCOMPARE(bar()->minimum(), 0);
        QCOMPARE(bar()->maximum(), 40);
        QCOMPARE(bar()->value(), 0);
        QVERIFY(cancel()->isEnabled());

        m_panel->setProgress(12, QStringLiteral("桂政发〔2014〕12号"));
        QCOMPARE(bar()->value(), 12);
        QCOMPARE(label()->text(), QStringLiteral("桂政发〔2014〕12号"));
        // Without text the label keeps what it said.
        m_panel->setProgress(13);
        QCOMPARE(bar()->value(), 13);
        QCOMPARE(label()->text(), QStringLiteral("桂政发〔2014〕12号"));

        m_panel->finish();
        QVERIFY(!m_panel->isVisible());
    }

    void busyModeHasEmptyRange()
    {
        m_panel->start(QStringLiteral("正在连接服务器…"));
        QCOMPARE(bar()->minimum(), 0);
        QCOMPARE(bar()->maximum(), 0);
    }

    void cancelEmitsOnceAndDisables()
    {
        QSignalSpy cancelled(m_panel, &ProgressPanel::cancelRequested);
        m_panel->start(QStringLiteral("正在同步…"), 100);
        QTest::mouseClick(cancel(), Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!cancel()->isEnabled());
        QVERIFY(m_panel->isCancelling());
        QCOMPARE(label()->text(), QStringLiteral("Cancelling…"));

        // A second click on the disabled button does nothing; late progress keeps the label.
        QTest::mouseClick(cancel(), Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        m_panel->setProgress(60, QStringLiteral("关于做好2014年森林防火工作的通知"));
        QCOMPARE(bar()->value(), 60);
        QCOMPARE(label()->text(), QStringLiteral("Cancelling…"));
        QVERIFY(m_panel->isVisible());

        m_panel->finish();
        QVERIFY(!m_panel->isVisible());
        QVERIFY(!m_panel->isCancelling());

        // The next run can be cancelled again.
        m_panel->start(QStringLiteral("再次同步…"), 10);
        QVERIFY(cancel()->isEnabled());
        QCOMPARE(label()->text(), QStringLiteral("再次同步…"));
        QTest::mouseClick(cancel(), Qt::LeftButton);
        QCOMPARE(cancelled.count(), 2);
    }
};

QTEST_MAIN(TestProgressPanel)
#include "tst_progresspanel.moc"
