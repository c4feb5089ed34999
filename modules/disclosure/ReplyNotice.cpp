#include "ReplyNotice.h"

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

const QString Regulation = QStringLiteral("《中华人民共和国政府信息公开条例》");

QString digit(int d)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    return digits.mid(d, 1);
}

// 1–31 as written in dates: 十, 十一, 二十, 二十一, 三十一.
QString smallNumber(int n)
{
    if (n < 10)
        return digit(n);
    const QString tens = n / 10 == 1 ? QString() : digit(n / 10);
    return tens + QStringLiteral("十") + (n % 10 == 0 ? QString() : digit(n % 10));
}

QStringList reasonNames(const RequestReply &reply)
{
    QStringList names;
    for (ReplyReason reason : reply.reasons)
        names.append(ReplyTypes::reasonName(reason));
    return names;
}

QString articles(const RequestReply &reply)
{
    QStringList cited;
    for (ReplyReason reason : reply.reasons) {
        if (!cited.contains(ReplyTypes::article(reason)))
            cited.append(ReplyTypes::article(reason));
    }
    return cited.join(QStringLiteral("、"));
}

} // namespace

QString ReplyNotice::chineseDate(QDate day)
{
    QString year;
    for (QChar c : QString::number(day.year()))
        year += digit(c.digitValue());
    return QStringLiteral("%1年%2月%3日").arg(year, smallNumber(day.month()), smallNumber(day.day()));
}

QString ReplyNotice::legalWording(const RequestReply &reply)
{
    const QString reasons = reasonNames(reply).join(QStringLiteral("、"));
    switch (reply.type) {
    case ReplyType::Granted:
        return QStringLiteral("经审查，您申请获取的政府信息属于公开范围，根据%1第三十六条第（二）项的规定，"
                              "本机关予以公开，现将有关信息提供给您。")
            .arg(Regulation);
    case ReplyType::Partial:
        return QStringLiteral(
                   "经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据%1"
                   "第三十七条的规定，本机关向您提供可以公开的部分；不予公开的部分因%2，依据%1%3的规定"
                   "不予公开。")
            .arg(Regulation, reasons, articles(reply));
    case ReplyType::Refused:
        return QStringLiteral("经审查，您申请获取的政府信息%2，根据%1%"
                              "3及第三十六条第（三）项的规定，本机关决定不予公开。")
            .arg(Regulation, reasons, articles(reply));
    case ReplyType::Unavailable:
        return QStringLiteral("经审查，%2，根据%1%3的规定，本机关无法提供您申请获取的政府信息。")
            .arg(Regulation, reasons, articles(reply));
    case ReplyType::NotProcessed:
        return QStringLiteral("经审查，您的申请属于“%2”的情形，根据%1%3的规定，本机关不予处理。")
            .arg(Regulation, reasons, articles(reply));
    case ReplyType::Other:
        return QStringLiteral("经审查，%2，根据%1%3的规定，本机关不再处理您的申请。")
            .arg(Regulation, reasons, articles(reply));
    }
    return {};
}

Core::Result<NoticeText> ReplyNotice::compose(const DisclosureRequest &request, const NoticeIssuer &issuer)
{
    if (!request.reply)
        //: 申请 %1 尚未答复，不能生成告知书。
        return fail(
            ErrorCode::InvalidArgument,
            tr("Request %1 has not been answered: there is no notice to write yet.").arg(request.serial));
    if (issuer.organisation.trimmed().isEmpty() || issuer.reviewBody.trimmed().isEmpty())
        //: 告知书须写明答复机关和行政复议机关。
        return fail(ErrorCode::InvalidArgument,
                    tr("A notice names the organisation answering and the body that hears an appeal."));
    const RequestReply &reply = *request.reply;
    NoticeText notice{.title = QStringLiteral("政府信息公开申请答复告知书"),
                      .serialLine = QStringLiteral("登记号：%1").arg(request.serial),
                      .addressee = request.applicantName + QStringLiteral("："),
                      .organisation = issuer.organisation,
                      .dateLine = chineseDate(reply.on)};
    notice.paragraphs.append(
        QStringLiteral("本机关于%1收到您提出的政府信息公开申请，您申请获取“%2”的政府信息。")
            .arg(chineseDate(request.receivedOn), request.content));
    notice.paragraphs.append(legalWording(reply));
    if (!reply.text.trimmed().isEmpty())
        notice.paragraphs.append(reply.text.trimmed());
    notice.paragraphs.append(
        QStringLiteral("如对本答复不服，可以在收到本告知书之日起六十日内向%1申请行政复议，"
                       "或者在六个月内向人民法院提起行政诉讼。")
            .arg(issuer.reviewBody));
    return notice;
}

} // namespace GovDesk::Disclosure
