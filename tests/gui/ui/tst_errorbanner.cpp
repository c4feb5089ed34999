// GUI test of ErrorBanner: message, collapsible technical detail, close.
#include "ErrorBanner.h"

#include <QLabel>

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using GovDesk::Ui::ErrorBanner;

namespace {
template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}
} // namespace

class TestErrorBanner : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_page;
    ErrorBanner *m_banner = nullptr;

private Q_SLOTS:
    void init()
    {
        m_page = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_page.get());
        m_banner = new ErrorBanner(m_page.get());
        layout->addWidget(m_banner);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void hiddenWhenEmpty()
    {
        QVERIFY(!m_banner->isVisible());
        m_banner->showError(QString());
        QVERIFY(!m_banner->isVisible());
    }

    void showsMessageWithDetailCollapsed()
    {
        const QString message = QStringLiteral("桂政发〔2014〕12号未能签收：服务器拒绝了请求。");
        const QString detail = QStringLiteral("HTTP 403 Forbidden\nPOST /api/v1/documents/2014-12/signFor\nrequest-id: 7f3a");
        m_banner->showError(message, detail);
        QVERIFY(m_banner->isVisible());
        QCOMPARE(child<QLabel>(m_banner, "message")->text(), message);

        auto *toggle = child<QToolButton>(m_banner, "detailsToggle");
        auto *detailView = child<QPlainTextEdit>(m_banner, "detail");
        QVERIFY(toggle->isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("Details…"));
        QVERIFY(!detailView->isVisible());

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(detailView->isVisible());
        QCOMPARE(detailView->toPlainText(), detail);
        QVERIFY(detailView->isReadOnly());
        QVERIFY(detailView->textInteractionFlags() & Qt::TextSelectableByMouse);

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!detailView->isVisible());
    }

    void newErrorStartsCollapsed()
    {
        m_banner->showError(QStringLiteral("同步失败"), QStringLiteral("timeout after 30 s"));
        QTest::mouseClick(child<QToolButton>(m_banner, "detailsToggle"), Qt::LeftButton);
        QVERIFY(child<QPlainTextEdit>(m_banner, "detail")->isVisible());
        m_banner->showError(QStringLiteral("再次同步失败"), QStringLiteral("connection refused"));
        QVERIFY(!child<QPlainTextEdit>(m_banner, "detail")->isVisible());
    }

    void noToggleWithoutDetail()
    {
        m_banner->showError(QStringLiteral("关于做好2014年森林防火工作的通知 保存失败。"));
        QVERIFY(m_banner->isVisible());
        QVERIFY(!child<QToolButton>(m_banner, "detailsToggle")->isVisible());
        QVERIFY(!child<QPlainTextEdit>(m_banner, "detail")->isVisible());

        // A previous error's toggle must not linger for a detail-less one.
        m_banner->showError(QStringLiteral("甲"), QStringLiteral("detail"));
        QVERIFY(child<QToolButton>(m_banner, "detailsToggle")->isVisible());
        m_banner->showError(QStringLiteral("乙"));
        QVERIFY(!child<QToolButton>(m_banner, "detailsToggle")->isVisible());
    }

    void closeHidesAndEmitsDismissed()
    {
        QSignalSpy dismissed(m_banner, &ErrorBanner::dismissed);
        m_banner->showError(QStringLiteral("网络不可用"), QStringLiteral("QNetworkReply::HostNotFoundError"));
        QTest::mouseClick(child<QToolButton>(m_banner, "close"), Qt::LeftButton);
        QVERIFY(!m_banner->isVisible());
        QCOMPARE(dismissed.count(), 1);
        QVERIFY(m_banner->message().isEmpty());
        QVERIFY(m_banner->detail().isEmpty());
    }

    void clearHidesWithoutDismissed()
    {
        QSignalSpy dismissed(m_banner, &ErrorBanner::dismissed);
        m_banner->showError(QStringLiteral("网络不可用"));
        m_banner->clear();
        QVERIFY(!m_banner->isVisible());
        QCOMPARE(dismissed.count(), 0);
    }
};

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
