// Small case-management exports for the 审判 data tests: a handful of cases of three 海南 courts
// (琼0105 秀英, 琼0106 龙华, 琼01 海口中院) and their events, as the files come (Chinese headers).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

namespace GovDesk::Test {

inline const QString CaseHeader = QStringLiteral(
    "案号,立案日期,结案日期,审限（月）,延长审限（月）,扣除审限天数,结案方式,是否上诉,是否申请再审,二审结果,"
    "申请执行金额,执行到位金额,必填项完整,电子卷宗随案生成,应公开文书,文书已上网\n");

// 琼0105: five cases of 2025's first half; 琼0106: two; 琼01: one. Hand-checked facts:
// - 民初1: closed within 3 months, judgment, appealed, 改判; published.
// - 民初2: 3-month limit, closed 20 days late (no extension): past the 审限.
// - 民初3: 6-month limit + 3 extension, 30 deducted days, closed within; mediated.
// - 民初4: filed 2023-11-01, still open: 长期未结 (over 18 months at 2025-06-30).
// - 执5: execution, 100,000 applied, 40,000 recovered, closed 终结; fields incomplete, no e-file.
inline QString caseRows()
{
    return CaseHeader
           + QStringLiteral(
               "（2025）琼0105民初1号,2025-01-06,2025-03-20,3,0,0,判决,是,否,改判,,,是,是,是,是\n"
               "（2025）琼0105民初2号,2025-01-10,2025-04-30,3,0,0,判决,否,否,,,,是,是,是,否\n"
               "（2025）琼0105民初3号,2025-02-01,2025-10-15,6,3,30,调解,否,否,,,,是,是,否,否\n"
               "（2023）琼0105民初4号,2023-11-01,,6,6,0,,否,否,,,,是,是,否,否\n"
               "（2025）琼0105执5号,2025-02-15,2025-06-10,6,0,0,终结,否,否,,100000,40000,否,否,否,否\n"
               "(2025)琼0106民初1号,2025-03-01,2025-05-01,3,,,撤诉,,,,,,,是,,\n"
               "（2025）琼0106刑初2号,2025-03-05,2025-04-25,3,0,0,判决,否,是,,,,是,是,是,是\n"
               "（2025）琼01民终3号,2025-01-20,2025-03-10,3,0,0,判决,否,否,,,,是,是,是,是\n");
}

inline QString eventRows()
{
    return QStringLiteral("案号,节点,发生日期,录入日期\n"
                          "（2025）琼0105民初1号,立案,2025-01-06,2025-01-06\n"
                          "（2025）琼0105民初1号,开庭,2025-02-20,2025-03-05\n" // 13 days late
                          "（2025）琼0105民初1号,结案,2025-03-20,2025-03-21\n"
                          "（2025）琼0105民初2号,立案,2025-01-10,2025-01-10\n"
                          "（2025）琼0105民初2号,结案,2025-04-30,\n" // never entered
                          "(2025)琼0106民初1号,立案,2025-03-01,2025-03-02\n");
}

inline QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace GovDesk::Test
