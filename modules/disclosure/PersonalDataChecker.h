// PersonalDataChecker: finds personal data that must not be published (保密审查 before 主动公开):
// 居民身份证号码 (GB 11643-1999: 18 characters with the ISO 7064 MOD 11-2 check digit, or the old
// 15-digit form) and 手机号码 (11 digits 1[3-9]…), each with its place and a masked form to show the
// reviewer. Built to stay quiet on 发文字号, 索引号, dates, amounts and other codes.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace GovDesk::Disclosure {

enum class PersonalDataKind { IdCardNumber, MobileNumber };

struct PersonalDataFinding
{
    PersonalDataKind kind = PersonalDataKind::IdCardNumber;
    qsizetype offset = 0; // in the text, in UTF-16 code units (QString indices)
    qsizetype length = 0;
    int line = 1;   // 1-based
    int column = 1; // 1-based, in UTF-16 code units from the line's start
    QString masked; // 110105********1234, 138****8000: safe to show and log
};

class PersonalDataChecker
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::PersonalDataChecker)
public:
    // `today` bounds the birth dates an ID number may carry.
    [[nodiscard]] static QList<PersonalDataFinding> scan(const QString &text,
                                                         QDate today = QDate::currentDate());

    // 18 characters: the region's province, a real birth date up to `today`, the check digit.
    [[nodiscard]] static bool isIdCardNumber(QStringView number, QDate today = QDate::currentDate());
    // The MOD 11-2 check character for the first 17 digits ('0'–'9' or 'X'); null if not 17 digits.
    [[nodiscard]] static QChar idCheckCharacter(QStringView first17);
    [[nodiscard]] static QString kindName(PersonalDataKind kind);
};

} // namespace GovDesk::Disclosure
