#include "CaseNumber.h"

#include <QHash>

namespace GovDesk::Courts {

using Core::ErrorCode;
using Core::fail;

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// All ASCII digits; with `any`, whether there is at least one digit instead.
bool allDigits(QStringView text, bool any = false)
{
    for (QChar c : text)
        if (isDigit(c) == any)
            return any;
    return !any;
}

// The provinces' characters in 法院代字 (and 兵 for the 新疆生产建设兵团's courts).
const QString Provinces = QStringLiteral("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵");
const QString Supreme = QStringLiteral("最高法");

// The part of the number a refusal names; the key goes into Error::detail.
QString partName(const char *key)
{
    static const QHash<QByteArray, const char *> names{
        //: Parts of a 案号: 收案年度
        {"year", QT_TRANSLATE_NOOP("GovDesk::Courts::CaseNumbers", "year")},
        //: 结尾的「号」
        {"ending", QT_TRANSLATE_NOOP("GovDesk::Courts::CaseNumbers", "ending")},
        //: 法院代字
        {"court", QT_TRANSLATE_NOOP("GovDesk::Courts::CaseNumbers", "court code")},
        //: 类型代字
        {"type", QT_TRANSLATE_NOOP("GovDesk::Courts::CaseNumbers", "type code")},
        //: 案件编号
        {"serial", QT_TRANSLATE_NOOP("GovDesk::Courts::CaseNumbers", "serial")},
    };
    return CaseNumbers::tr(names.value(key));
}

Core::Error refusal(const QString &text, const char *key, const QString &why)
{
    //: 案号「%1」的%2有误：%3
    return {ErrorCode::InvalidArgument,
            QCoreApplication::translate("GovDesk::Courts::CaseNumbers", "Case number 「%1」: the %2 is wrong: %3")
                .arg(text, partName(key), why),
            QString::fromLatin1(key)};
}

} // namespace

QString CaseNumber::toString() const
{
    return QStringLiteral("（%1）%2%3%4号").arg(year).arg(court, type).arg(serial);
}

const QList<CaseType> &CaseNumbers::types()
{
    using C = CaseCategory;
    using S = CaseStage;
    // 《人民法院案件类型及其代字标准》: the types a case-management export carries most.
    static const QList<CaseType> all{
        {QStringLiteral("刑初"), QStringLiteral("刑事一审案件"), C::Criminal, S::First},
        {QStringLiteral("刑终"), QStringLiteral("刑事二审案件"), C::Criminal, S::Second},
        {QStringLiteral("刑申"), QStringLiteral("刑事申诉审查案件"), C::Criminal, S::RetrialReview},
        {QStringLiteral("刑再"), QStringLiteral("刑事再审案件"), C::Criminal, S::Retrial},
        {QStringLiteral("刑核"), QStringLiteral("死刑复核案件"), C::Criminal, S::Other},
        {QStringLiteral("刑更"), QStringLiteral("减刑假释案件"), C::Criminal, S::Other},
        {QStringLiteral("刑辖"), QStringLiteral("刑事管辖案件"), C::Criminal, S::Other},
        {QStringLiteral("民初"), QStringLiteral("民事一审案件"), C::Civil, S::First},
        {QStringLiteral("民终"), QStringLiteral("民事二审案件"), C::Civil, S::Second},
        {QStringLiteral("民申"), QStringLiteral("民事申请再审审查案件"), C::Civil, S::RetrialReview},
        {QStringLiteral("民再"), QStringLiteral("民事再审案件"), C::Civil, S::Retrial},
        {QStringLiteral("民抗"), QStringLiteral("民事抗诉再审审查案件"), C::Civil, S::RetrialReview},
        {QStringLiteral("民特"), QStringLiteral("民事特别程序案件"), C::Civil, S::Other},
        {QStringLiteral("民催"), QStringLiteral("公示催告案件"), C::Civil, S::Other},
        {QStringLiteral("民督"), QStringLiteral("申请支付令案件"), C::Civil, S::Other},
        {QStringLiteral("民撤"), QStringLiteral("第三人撤销之诉案件"), C::Civil, S::First},
        {QStringLiteral("民辖"), QStringLiteral("民事管辖案件"), C::Civil, S::Other},
        {QStringLiteral("民辖终"), QStringLiteral("民事管辖上诉案件"), C::Civil, S::Second},
        {QStringLiteral("行初"), QStringLiteral("行政一审案件"), C::Administrative, S::First},
        {QStringLiteral("行终"), QStringLiteral("行政二审案件"), C::Administrative, S::Second},
        {QStringLiteral("行申"), QStringLiteral("行政申请再审审查案件"), C::Administrative, S::RetrialReview},
        {QStringLiteral("行再"), QStringLiteral("行政再审案件"), C::Administrative, S::Retrial},
        {QStringLiteral("行审"), QStringLiteral("非诉行政行为申请执行审查案件"), C::Administrative, S::Other},
        {QStringLiteral("行赔初"), QStringLiteral("行政赔偿一审案件"), C::Administrative, S::First},
        {QStringLiteral("行赔终"), QStringLiteral("行政赔偿二审案件"), C::Administrative, S::Second},
        {QStringLiteral("法赔"), QStringLiteral("法院作为赔偿义务机关自赔案件"), C::Compensation, S::First},
        {QStringLiteral("委赔"), QStringLiteral("赔偿委员会审理赔偿案件"), C::Compensation, S::Other},
        {QStringLiteral("执"), QStringLiteral("首次执行案件"), C::Execution, S::Execution},
        {QStringLiteral("执恢"), QStringLiteral("恢复执行案件"), C::Execution, S::Execution},
        {QStringLiteral("执保"), QStringLiteral("财产保全执行案件"), C::Execution, S::Execution},
        {QStringLiteral("执异"), QStringLiteral("执行异议案件"), C::Execution, S::Other},
        {QStringLiteral("执复"), QStringLiteral("执行复议案件"), C::Execution, S::Other},
        {QStringLiteral("执监"), QStringLiteral("执行监督案件"), C::Execution, S::Other},
        {QStringLiteral("执协"), QStringLiteral("执行协调案件"), C::Execution, S::Other},
        {QStringLiteral("财保"), QStringLiteral("非诉财产保全审查案件"), C::Other, S::Other},
        {QStringLiteral("破申"), QStringLiteral("破产申请审查案件"), C::Civil, S::Other},
        {QStringLiteral("破"), QStringLiteral("破产案件"), C::Civil, S::Other},
        {QStringLiteral("强清"), QStringLiteral("强制清算案件"), C::Civil, S::Other},
    };
    return all;
}

std::optional<CaseType> CaseNumbers::type(const QString &code)
{
    for (const CaseType &type : types())
        if (type.code == code)
            return type;
    return std::nullopt;
}

bool CaseNumbers::isCourtCode(const QString &code)
{
    return levelOf(code).has_value();
}

std::optional<CourtLevel> CaseNumbers::levelOf(const QString &courtCode)
{
    if (courtCode == Supreme)
        return CourtLevel::Supreme;
    if (courtCode.isEmpty() || !Provinces.contains(courtCode.front()))
        return std::nullopt;
    const QStringView digits = QStringView(courtCode).mid(1);
    for (QChar c : digits)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    switch (digits.size()) {
    case 0:
        return CourtLevel::High;
    case 2:
        return CourtLevel::Intermediate;
    case 4:
        return CourtLevel::Basic;
    default:
        return std::nullopt;
    }
}

QString CaseNumbers::parentCode(const QString &courtCode)
{
    switch (levelOf(courtCode).value_or(CourtLevel::Supreme)) {
    case CourtLevel::Supreme:
        return {};
    case CourtLevel::High:
        return Supreme;
    case CourtLevel::Intermediate:
        return courtCode.left(1);
    case CourtLevel::Basic:
        return courtCode.left(3);
    }
    return {};
}

Core::Result<CaseNumber> CaseNumbers::parse(const QString &text)
{
    QString compact = text;
    compact.removeIf([](QChar c) { return c.isSpace(); }); // no regex: the store parses 50,000 of them
    CaseNumber number;
    number.canonical = compact == text && !compact.contains(u'(') && !compact.contains(u')');
    compact.replace(u'(', u'（').replace(u')', u'）');
    if (!compact.startsWith(u'（'))
        //: 案号须以括号中的收案年度开头，如（2026）
        return std::unexpected(refusal(text, "year", tr("it must open with the year in parentheses, e.g. （2026）")));
    const qsizetype close = compact.indexOf(u'）');
    const QString year = close < 0 ? QString() : compact.mid(1, close - 1);
    if (year.size() != 4 || !allDigits(year) || year.toInt() < 1949)
        //: 收案年度须为四位阿拉伯数字
        return std::unexpected(refusal(text, "year", tr("the year must be four digits")));
    number.year = year.toInt();
    QString rest = compact.mid(close + 1);
    if (!rest.endsWith(u'号'))
        //: 案号须以「号」结尾
        return std::unexpected(refusal(text, "ending", tr("a case number ends with 「号」")));
    rest.chop(1);

    // 代字 (province character and digits, or 最高法), type code (no digits), serial (digits) —
    // scanned by hand: the store parses every case it reads, and regular expressions cost more.
    const QStringView all(rest);
    qsizetype serialFrom = all.size();
    while (serialFrom > 0 && isDigit(all.at(serialFrom - 1)))
        --serialFrom;
    qsizetype courtTo = 0;
    if (all.startsWith(Supreme))
        courtTo = Supreme.size();
    else if (!all.isEmpty() && !isDigit(all.front()))
        for (courtTo = 1; courtTo < serialFrom && isDigit(all.at(courtTo));)
            ++courtTo;
    const QStringView typePart = all.mid(courtTo, serialFrom - courtTo);
    const bool split = courtTo > 0 && !typePart.isEmpty() && !allDigits(typePart, true);
    const QString court = split ? all.left(courtTo).toString() : QString();
    if (!isCourtCode(court))
        //: 法院代字须为最高法，或省份简称加两位（中级法院）或四位（基层法院）数字
        return std::unexpected(refusal(text, "court",
                                       tr("「%1」 is not 最高法 nor a province's character with two (intermediate)"
                                          " or four (basic court) digits")
                                           .arg(court)));
    number.court = court;
    number.type = typePart.toString();
    if (!type(number.type))
        //: 类型代字「%1」不在《人民法院案件类型及其代字标准》中
        return std::unexpected(refusal(text, "type", tr("「%1」 is not a case type code").arg(number.type)));
    const QStringView serial = all.mid(serialFrom);
    if (serial.isEmpty() || serial.startsWith(u'0'))
        //: 案件编号须为从 1 开始、不带前导 0 的阿拉伯数字
        return std::unexpected(refusal(text, "serial", tr("the serial is a number from 1 without leading zeros")));
    bool ok = false;
    number.serial = serial.toInt(&ok);
    if (!ok)
        return std::unexpected(refusal(text, "serial", tr("the serial is a number from 1 without leading zeros")));
    return number;
}

} // namespace GovDesk::Courts
