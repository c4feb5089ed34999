// Tests WorkbenchModel and its filter: order, texts in both languages, overdue rows, filtering.
#include "WorkbenchChinese.h"
#include "WorkbenchModel.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QScopeGuard>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Workbench;

namespace {
// Local times: deadlines are what the clerk sees on the wall clock.
QDateTime at(int year, int month, int day, int hour = 17, int minute = 30)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

TodoItem todo(const QString &module, const QString &recordId, const QString &title, Urgency urgency,
              const QDateTime &dueAt = {}, TodoKind kind = TodoKind::ToDo)
{
    return {.module = module,
            .recordId = recordId,
            .kind = kind,
            .title = title,
            .dueAt = dueAt,
            .urgency = urgency};
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}
} // namespace

class TestWorkbenchModel : public QObject
{
    Q_OBJECT

    QDateTime m_now;
    std::unique_ptr<WorkbenchModel> m_model;

    // As TodoService::openItems() returns them: 特急, 加急, then 普通 by deadline, none last.
    QList<TodoItem> items() const
    {
        return {
            todo(QStringLiteral("documents"), QStringLiteral("in-2026-0412"),
                 QStringLiteral("关于做好2026年森林防火工作的通知"), Urgency::VeryUrgent, at(2026, 11, 27)),
            todo(QStringLiteral("water"), QStringLiteral("rsvr-notice-9"),
                 QStringLiteral("关于加强汛期水库安全管理的紧急通知"), Urgency::Urgent, at(2026, 11, 24)),
            todo(QStringLiteral("disclosure"), QStringLiteral("annual-2026"),
                 QStringLiteral("关于报送2026年政府信息公开工作年度报告的通知"), Urgency::Urgent,
                 at(2027, 1, 31)),
            todo(QStringLiteral("documents"), QStringLiteral("in-2026-0398"),
                 QStringLiteral("关于推广OFD版式文档的通知"), Urgency::Normal, at(2026, 11, 26, 8, 0)),
            todo(QStringLiteral("trial"), QStringLiteral("bulletin-2026-q3"),
                 QStringLiteral("海南省高级人民法院2026年第三季度审判管理通报"), Urgency::Normal, {},
                 TodoKind::ToRead),
        };
    }

    static QStringList allRecordIds()
    {
        return {QStringLiteral("in-2026-0412"), QStringLiteral("rsvr-notice-9"),
                QStringLiteral("annual-2026"), QStringLiteral("in-2026-0398"),
                QStringLiteral("bulletin-2026-q3")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Month names in the English date format must not depend on the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_now = at(2026, 11, 26, 9, 0);
        m_model = std::make_unique<WorkbenchModel>([this] { return m_now; });
        m_model->setItems(items());
    }

    void keepsTheOrderGiven()
    {
        // The service's order is the only order: the model must not re-sort, even this list
        // where a later row has the earlier deadline.
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), int(WorkbenchModel::ColumnCount));
        QCOMPARE(column(*m_model, WorkbenchModel::TitleColumn),
                 (QStringList{QStringLiteral("关于做好2026年森林防火工作的通知"),
                              QStringLiteral("关于加强汛期水库安全管理的紧急通知"),
                              QStringLiteral("关于报送2026年政府信息公开工作年度报告的通知"),
                              QStringLiteral("关于推广OFD版式文档的通知"),
                              QStringLiteral("海南省高级人民法院2026年第三季度审判管理通报")}));
        QCOMPARE(m_model->rowOf(QStringLiteral("disclosure"), QStringLiteral("annual-2026")), 2);
        QCOMPARE(m_model->rowOf(QStringLiteral("disclosure"), QStringLiteral("no-such-record")), -1);
    }

    void englishTexts()
    {
        QCOMPARE(column(*m_model, WorkbenchModel::UrgencyColumn),
                 (QStringList{QStringLiteral("Very urgent"), QStringLiteral("Urgent"),
                              QStringLiteral("Urgent"), QStringLiteral("Normal"), QStringLiteral("Normal")}));
        QCOMPARE(column(*m_model, WorkbenchModel::KindColumn).last(), QStringLiteral("To read"));
        QCOMPARE(column(*m_model, WorkbenchModel::KindColumn).first(), QStringLiteral("To do"));
        QCOMPARE(column(*m_model, WorkbenchModel::DeadlineColumn),
                 (QStringList{QStringLiteral("Nov 27, 2026"), QStringLiteral("Nov 24, 2026"),
                              QStringLiteral("Jan 31, 2027"), QStringLiteral("Nov 26, 2026"),
                              QStringLiteral("None")}));
        QCOMPARE(m_model->headerData(WorkbenchModel::DeadlineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Deadline"));
    }

    void chineseTexts()
    {
        GovDesk::Test::WorkbenchChineseTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        QCOMPARE(column(*m_model, WorkbenchModel::UrgencyColumn),
                 (QStringList{QStringLiteral("特急"), QStringLiteral("加急"), QStringLiteral("加急"),
                              QStringLiteral("普通"), QStringLiteral("普通")}));
        QCOMPARE(column(*m_model, WorkbenchModel::KindColumn),
                 (QStringList{QStringLiteral("待办"), QStringLiteral("待办"), QStringLiteral("待办"),
                              QStringLiteral("待办"), QStringLiteral("待阅")}));
        // 成文日期 style of GB/T 9704: full year, no leading zeros.
        QCOMPARE(column(*m_model, WorkbenchModel::DeadlineColumn),
                 (QStringList{QStringLiteral("2026年11月27日"), QStringLiteral("2026年11月24日"),
                              QStringLiteral("2027年1月31日"), QStringLiteral("2026年11月26日"),
                              QStringLiteral("无")}));
        QStringList headers;
        for (int section = 0; section < WorkbenchModel::ColumnCount; ++section)
            headers << m_model->headerData(section, Qt::Horizontal).toString();
        QCOMPARE(headers,
                 (QStringList{QStringLiteral("紧急程度"), QStringLiteral("类型"), QStringLiteral("标题"),
                              QStringLiteral("来自"), QStringLiteral("办理期限")}));
        QCOMPARE(m_model->index(1, WorkbenchModel::DeadlineColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("已逾期 2 天"));
    }

    void overdueRowsAreRedWithTheDaysInTheTooltip()
    {
        const QColor red = WorkbenchModel::overdueColor();
        QVERIFY(red.red() > 2 * red.green() && red.red() > 2 * red.blue());
        QCOMPARE(m_model->overdueCount(), 2);

        // Row 1 was due the day before yesterday at 17:30: every column is red.
        for (int c = 0; c < WorkbenchModel::ColumnCount; ++c) {
            const QVariant foreground = m_model->index(1, c).data(Qt::ForegroundRole);
            QVERIFY2(foreground.canConvert<QBrush>(), qPrintable(QString::number(c)));
            QCOMPARE(foreground.value<QBrush>().color(), red);
        }
        QCOMPARE(m_model->index(1, WorkbenchModel::DeadlineColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Overdue by 2 day(s)"));
        QCOMPARE(m_model->index(1, WorkbenchModel::TitleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("关于加强汛期水库安全管理的紧急通知\nOverdue by 2 day(s)"));
        // Row 3 was due at 08:00 this morning: overdue, but not by a whole day.
        QCOMPARE(m_model->index(3, WorkbenchModel::UrgencyColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Overdue since 08:00 today"));

        // Due tomorrow, and without a deadline: default colour, and the title is the only tooltip.
        for (int row : {0, 2, 4}) {
            QVERIFY(!m_model->index(row, WorkbenchModel::TitleColumn).data(Qt::ForegroundRole).isValid());
            QVERIFY(!m_model->index(row, WorkbenchModel::DeadlineColumn).data(Qt::ToolTipRole).isValid());
            QCOMPARE(m_model->index(row, WorkbenchModel::TitleColumn).data(Qt::ToolTipRole).toString(),
                     m_model->item(row).title);
        }
    }

    void timeMovesItemsIntoOverdue()
    {
        // Nothing is cached: once tomorrow's 特急 deadline passes, its row turns red.
        m_now = at(2026, 11, 28, 8, 30);
        QCOMPARE(m_model->overdueCount(), 3);
        QVERIFY(m_model->index(0, WorkbenchModel::TitleColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(m_model->index(0, WorkbenchModel::DeadlineColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Overdue by 1 day(s)"));
        QCOMPARE(m_model->index(1, WorkbenchModel::DeadlineColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Overdue by 4 day(s)"));
        // Exactly at the deadline it is not overdue yet.
        m_now = at(2027, 1, 31);
        QVERIFY(!m_model->isOverdue(m_model->item(2)));
        m_now = m_now.addMSecs(1);
        QVERIFY(m_model->isOverdue(m_model->item(2)));
    }

    void veryUrgentIsBold()
    {
        QVERIFY(m_model->index(0, WorkbenchModel::UrgencyColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!m_model->index(1, WorkbenchModel::UrgencyColumn).data(Qt::FontRole).isValid());
        QVERIFY(!m_model->index(0, WorkbenchModel::TitleColumn).data(Qt::FontRole).isValid());
    }

    void moduleNamesComeFromTheLookup()
    {
        QCOMPARE(m_model->index(0, WorkbenchModel::ModuleColumn).data().toString(),
                 QStringLiteral("documents"));
        m_model->setModuleNames([](const QString &id) {
            if (id == QStringLiteral("documents"))
                return QStringLiteral("公文");
            if (id == QStringLiteral("disclosure"))
                return QStringLiteral("信息公开");
            return QString();
        });
        QCOMPARE(column(*m_model, WorkbenchModel::ModuleColumn),
                 (QStringList{QStringLiteral("公文"), QStringLiteral("water"), QStringLiteral("信息公开"),
                              QStringLiteral("公文"), QStringLiteral("trial")}));
    }

    void invalidIndexesHaveNoData()
    {
        QVERIFY(!m_model->index(5, 0).data().isValid());
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        QVERIFY(!m_model->headerData(0, Qt::Vertical, Qt::DisplayRole)
                     .toString()
                     .contains(QStringLiteral("Urgency")));
        m_model->setItems({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->overdueCount(), 0);
    }

    void filterMatchesEveryWordOfTheTitle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("recordIds");
        const QStringList all = allRecordIds();
        QTest::newRow("empty") << QString() << all;
        QTest::newRow("blank") << QStringLiteral("  \u3000 ") << all;
        QTest::newRow("one word") << QStringLiteral("通报")
                                  << QStringList{QStringLiteral("bulletin-2026-q3")};
        QTest::newRow("order kept") << QStringLiteral("2026")
                                    << QStringList{QStringLiteral("in-2026-0412"),
                                                   QStringLiteral("annual-2026"),
                                                   QStringLiteral("bulletin-2026-q3")};
        QTest::newRow("all words") << QStringLiteral(
            "2026 通知") << QStringList{QStringLiteral("in-2026-0412"), QStringLiteral("annual-2026")};
        QTest::newRow("full-width space")
            << QStringLiteral("森林\u3000通知") << QStringList{QStringLiteral("in-2026-0412")};
        QTest::newRow("ignores case") << QStringLiteral("ofd") << QStringList{QStringLiteral("in-2026-0398")};
        QTest::newRow("title only") << QStringLiteral("documents") << QStringList{};
        QTest::newRow("nothing") << QStringLiteral("松材线虫") << QStringList{};
    }

    void filterMatchesEveryWordOfTheTitle()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, recordIds);
        WorkbenchFilterModel filter;
        filter.setSourceModel(m_model.get());
        filter.setFilterText(text);
        QCOMPARE(filter.isFiltering(), recordIds != allRecordIds());
        QStringList shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown << m_model->item(filter.mapToSource(filter.index(row, 0)).row()).recordId;
        QCOMPARE(shown, recordIds);
    }

    void filterFollowsNewItems()
    {
        WorkbenchFilterModel filter;
        filter.setSourceModel(m_model.get());
        filter.setFilterText(QStringLiteral("森林"));
        QCOMPARE(filter.rowCount(), 1);
        QList<TodoItem> more = items();
        more.append(todo(QStringLiteral("forestry"), QStringLiteral("pest-2026"),
                         QStringLiteral("关于开展2026年秋季松材线虫病普查工作的通知（森林病虫害）"),
                         Urgency::Normal));
        m_model->setItems(more);
        QCOMPARE(filter.rowCount(), 2);
    }
};

QTEST_MAIN(TestWorkbenchModel)
#include "tst_workbenchmodel.moc"
