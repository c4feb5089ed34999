// A small province for the 审判 tests: 海南's 高院, two 中院 and three 基层法院.
#pragma once

#include "CourtDirectory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace GovDesk::Test {

inline QJsonArray hainanCourts()
{
    const auto court = [](const char *code, const char *name) {
        return QJsonObject{{"code", QString::fromUtf8(code)}, {"name", QString::fromUtf8(name)}};
    };
    return {court("琼", "海南省高级人民法院"),         court("琼01", "海南省海口市中级人民法院"),
            court("琼02", "海南省三亚市中级人民法院"), court("琼0105", "海口市秀英区人民法院"),
            court("琼0106", "海口市龙华区人民法院"),   court("琼0202", "三亚市城郊人民法院")};
}

} // namespace GovDesk::Test
