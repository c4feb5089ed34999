// The zh_CN texts of the workbench as a translator, so that tests see what users of the default
// UI language see (the real .qm embeds these once the lead's translation catches up).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTranslator>

namespace GovDesk::Test {

class WorkbenchChineseTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    [[nodiscard]] static const QHash<QByteArray, QString> &texts()
    {
        static const QHash<QByteArray, QString> zh = {
            {"Very urgent", QStringLiteral("特急")},
            {"Urgent", QStringLiteral("加急")},
            {"Normal", QStringLiteral("普通")},
            {"To do", QStringLiteral("待办")},
            {"To read", QStringLiteral("待阅")},
            {"None", QStringLiteral("无")},
            {"MMM d, yyyy", QStringLiteral("yyyy年M月d日")},
            {"Urgency", QStringLiteral("紧急程度")},
            {"Type", QStringLiteral("类型")},
            {"Title", QStringLiteral("标题")},
            {"From", QStringLiteral("来自")},
            {"Deadline", QStringLiteral("办理期限")},
            {"Overdue since %1 today", QStringLiteral("已逾期（今天 %1 到期）")},
            {"Overdue by %n day(s)", QStringLiteral("已逾期 %n 天")},
            {"Refresh", QStringLiteral("刷新")},
            {"Filter by title", QStringLiteral("按标题筛选")},
            {"%n open item(s)", QStringLiteral("共 %n 项待办")},
            {"%n open item(s), %1 overdue", QStringLiteral("共 %n 项待办，其中 %1 项已逾期")},
            {"The to-do list could not be read", QStringLiteral("无法读取待办事项")},
            {"No to-do items", QStringLiteral("暂无待办事项")},
            {"Documents to sign for, handle or read in any module appear here.",
             QStringLiteral("各模块中需要您签收、办理或阅读的事项会显示在这里。")},
            {"No item matches the filter", QStringLiteral("没有符合筛选条件的事项")},
            {"Clear the filter to see all %n item(s).", QStringLiteral("清除筛选条件可查看全部 %n 项。")},
            {"To-do", QStringLiteral("待办事项")},
        };
        return zh;
    }

    [[nodiscard]] bool isEmpty() const override { return false; }

    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n) // Chinese has one plural form; QCoreApplication replaces %n afterwards
        if (!QByteArray(context).startsWith("GovDesk::Workbench::"))
            return {};
        return texts().value(QByteArray(sourceText));
    }
};

} // namespace GovDesk::Test
