// The zh_CN texts of the shared attachment widgets as a translator, so that tests see what users of
// the default UI language see (the real .qm embeds these once translations/govdesk_zh_CN.ts has
// them under the GovDesk::Ui contexts: this table is the list of strings to carry over).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTranslator>

namespace GovDesk::Test {

class AttachmentsChineseTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    [[nodiscard]] bool isEmpty() const override { return false; }

    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        // Context → source → translation: the two classes share "%1 (%2)"-like sources.
        static const QHash<QByteArray, QHash<QByteArray, QString>> zh = {
            {"GovDesk::Ui::AttachmentPanel",
             {{"%1 (%2, not downloaded yet)", QStringLiteral("%1（%2，尚未下载）")},
              {"%1 (%2)", QStringLiteral("%1（%2）")}}},
            {"GovDesk::Ui::OfdViewer",
             {{"Opening the OFD document…", QStringLiteral("正在打开OFD文档…")},
              {"%n page(s).", QStringLiteral("共%n页。")},
              {"Every font the document uses is embedded in it.", QStringLiteral("文档所用字体均已嵌入。")},
              {"Fonts not embedded in the document, shown with a substitute: %1.",
               QStringLiteral("以下字体未嵌入文档，已用替代字体显示：%1。")},
              {"Characters missing from the embedded fonts, shown with a substitute: %1.",
               QStringLiteral("以下字符在嵌入字体中缺失，已用替代字体显示：%1。")},
              {"This file cannot be shown as an OFD document (%1).",
               QStringLiteral("此文件无法作为OFD文档显示（%1）。")}}},
        };
        return zh.value(QByteArray(context)).value(QByteArray(sourceText));
    }
};

} // namespace GovDesk::Test
