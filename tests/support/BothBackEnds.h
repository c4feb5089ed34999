// BothBackEnds: the main() of a suite that runs once on SQLite (or files) and once on a PostgreSQL
// server the test starts itself — the same tests under two names, so that the log says which
// back-end failed.
#pragma once

#include "PostgresFixture.h"

#include <QCoreApplication>
#include <QTest>

namespace GovDesk::Test {

// `OnSqlite` is default-constructed; `OnPostgres` takes the running PostgresFixture. The number of
// failed tests, or 1 when PostgreSQL does not start.
template<typename OnSqlite, typename OnPostgres> int runOnBothBackEnds(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    {
        OnSqlite suite;
        failed += QTest::qExec(&suite, argc, argv);
    }
    PostgresFixture postgres;
    if (const auto started = postgres.start(); !started) {
        qCritical("PostgreSQL did not start: %s\n%s", qPrintable(started.error().fullText()),
                  qPrintable(postgres.log()));
        return 1;
    }
    OnPostgres suite(&postgres);
    failed += QTest::qExec(&suite, argc, argv);
    return failed;
}

} // namespace GovDesk::Test
