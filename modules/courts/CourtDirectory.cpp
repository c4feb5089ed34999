#include "CourtDirectory.h"

#include <QJsonObject>
#include <QSet>

namespace GovDesk::Courts {

using Core::ErrorCode;
using Core::fail;

Core::Result<CourtDirectory> CourtDirectory::fromJson(const QJsonArray &courts)
{
    CourtDirectory directory;
    QSet<QString> codes;
    for (qsizetype i = 0; i < courts.size(); ++i) {
        const QJsonObject entry = courts.at(i).toObject();
        Court court;
        court.code = entry.value(QStringLiteral("code")).toString().trimmed();
        court.name = entry.value(QStringLiteral("name")).toString().trimmed();
        const auto level = CaseNumbers::levelOf(court.code);
        if (!level)
            //: 法院名录第 %1 项：「%2」不是有效的法院代字。
            return fail(ErrorCode::InvalidArgument,
                        tr("Court %1 of the directory: 「%2」 is not a court code.").arg(i + 1).arg(court.code),
                        QStringLiteral("code"));
        if (court.name.isEmpty())
            //: 法院名录第 %1 项（%2）缺少法院名称。
            return fail(ErrorCode::InvalidArgument,
                        tr("Court %1 of the directory (%2) has no name.").arg(i + 1).arg(court.code),
                        QStringLiteral("name"));
        if (codes.contains(court.code))
            //: 法院代字「%1」在名录中出现了两次。
            return fail(ErrorCode::AlreadyExists, tr("The court code 「%1」 is in the directory twice.").arg(court.code),
                        QStringLiteral("code"));
        codes.insert(court.code);
        court.level = *level;
        court.parent = CaseNumbers::parentCode(court.code);
        directory.m_courts.append(court);
    }
    // A court's parent must be listed, unless the court is the top of the directory (a 高院, or a
    // 中院 when a city's directory is all there is).
    CourtLevel top = CourtLevel::Basic;
    for (const Court &court : std::as_const(directory.m_courts))
        top = std::min(top, court.level);
    for (const Court &court : std::as_const(directory.m_courts)) {
        if (court.level != top && !codes.contains(court.parent))
            //: 「%1」（%2）的上级法院「%3」不在名录中。
            return fail(ErrorCode::InvalidArgument,
                        tr("The court above 「%1」 (%2), 「%3」, is not in the directory.")
                            .arg(court.code, court.name, court.parent),
                        QStringLiteral("parent"));
    }
    std::sort(directory.m_courts.begin(), directory.m_courts.end(),
              [](const Court &a, const Court &b) { return a.code < b.code; });
    return directory;
}

QJsonArray CourtDirectory::toJson() const
{
    QJsonArray array;
    for (const Court &court : m_courts)
        array.append(QJsonObject{{"code", court.code}, {"name", court.name}});
    return array;
}

std::optional<Court> CourtDirectory::court(const QString &code) const
{
    for (const Court &court : m_courts)
        if (court.code == code)
            return court;
    return std::nullopt;
}

QList<Court> CourtDirectory::atLevel(CourtLevel level) const
{
    QList<Court> courts;
    for (const Court &court : m_courts)
        if (court.level == level)
            courts.append(court);
    return courts;
}

QString CourtDirectory::nameOf(const QString &code) const
{
    const auto found = court(code);
    return found ? found->name : code;
}

QString CourtDirectory::levelName(CourtLevel level)
{
    switch (level) {
    case CourtLevel::Supreme:
        return QStringLiteral("最高人民法院");
    case CourtLevel::High:
        return QStringLiteral("高级人民法院");
    case CourtLevel::Intermediate:
        return QStringLiteral("中级人民法院");
    case CourtLevel::Basic:
        return QStringLiteral("基层人民法院");
    }
    return {};
}

} // namespace GovDesk::Courts
