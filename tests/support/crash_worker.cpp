// crash_worker: does durable work in a loop until killed, for tst_crashsafety's kill -9 tests.
//   crash_worker write <profiles-dir> <profile> <passphrase>   commits batches of 50 rows
//   crash_worker rekey <profiles-dir> <profile> <pass-a> <pass-b>  changes the passphrase back and forth,
//       announcing the passphrase (a or b) and the database generation it switched to
//   crash_worker pull-then-die <profiles-dir> <profile> <passphrase> <collection> <count>
//       applies one pulled page of <count> records on a worker connection, as SyncService's worker
//       does, and is killed (SIGKILL) before the event loop could deliver the change notification
// Each durable step is announced on stdout only after it has committed.
#include "session/ProfileKey.h"
#include "session/ProfileRepository.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/PullApplier.h"

#include <csignal>

#include <QCoreApplication>

#include <cstdio>

using namespace GovDesk::Core;

namespace {
int failWith(const Error &error)
{
    std::fprintf(stderr, "crash_worker: %s\n", qPrintable(error.fullText()));
    return 1;
}

int writeLoop(Session &session)
{
    Database &db = session.database();
    if (auto created = db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS ledger (batch INTEGER, n INTEGER, text TEXT)")); !created)
        return failWith(created.error());
    qint64 batch = db.queryInt(QStringLiteral("SELECT coalesce(max(batch), 0) FROM ledger")).value_or(0);
    for (;;) {
        ++batch;
        auto tx = Transaction::begin(db);
        if (!tx)
            return failWith(tx.error());
        auto insert = db.prepare(QStringLiteral("INSERT INTO ledger VALUES (?1, ?2, ?3)"));
        if (!insert)
            return failWith(insert.error());
        for (int n = 0; n < 50; ++n) {
            insert->bind(1, batch).bind(2, n).bind(3, QStringLiteral("县水务局离线登记第%1批第%2条").arg(batch).arg(n));
            if (auto done = insert->exec(); !done)
                return failWith(done.error());
            insert->reset();
        }
        insert = Statement();
        if (auto committed = tx->commit(); !committed)
            return failWith(committed.error());
        std::printf("committed %lld\n", static_cast<long long>(batch));
        std::fflush(stdout);
    }
}

int rekeyLoop(ProfileRepository &profiles, const QString &profileId, const SecureBytes &a, const SecureBytes &b)
{
    for (;;) {
        auto profile = profiles.find(profileId);
        if (!profile)
            return failWith(profile.error());
        const bool currentIsA = ProfileKey::derive(*profile, a).has_value();
        const SecureBytes &current = currentIsA ? a : b;
        const SecureBytes &next = currentIsA ? b : a;
        Session session(profiles);
        if (auto unlocked = session.unlock(profileId, current); !unlocked)
            return failWith(unlocked.error());
        if (auto changed = session.changePassphrase(current, next); !changed)
            return failWith(changed.error());
        auto switched = profiles.find(profileId);
        if (!switched)
            return failWith(switched.error());
        std::printf("rekeyed-to %s generation %d\n", currentIsA ? "b" : "a", switched->generation);
        std::fflush(stdout);
    }
}
// The window SyncService cannot close: the pull committed on the worker's connection, the
// queued delivery to the UI thread never runs. Projections must catch up from the change log.
int pullThenDie(Session &session, const QString &collection, int count)
{
    auto worker = session.openWorkerConnection();
    if (!worker)
        return failWith(worker.error());
    PullPage page;
    page.cursor = QStringLiteral("crash-test-cursor");
    for (int n = 1; n <= count; ++n) {
        page.changes.append({.collection = collection,
                             .recordId = QStringLiteral("pulled-%1").arg(n),
                             .revision = n,
                             .owner = QStringLiteral("org-liuzhou-water"),
                             .payload = {{QStringLiteral("title"), QStringLiteral("柳州市水利局来文第%1号：汛期值班安排").arg(n)},
                                         {QStringLiteral("urgency"), 1}},
                             .updatedAt = QDateTime::currentDateTimeUtc()});
    }
    auto applied = PullApplier(**worker).apply(page);
    if (!applied)
        return failWith(applied.error());
    std::printf("committed %d\n", applied->applied);
    std::fflush(stdout);
    std::raise(SIGKILL);
    return 3; // not reached
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5)
        return 2;
    ProfileRepository profiles(args.at(2));
    const SecureBytes first = SecureBytes::fromUtf8(args.at(4));
    if (args.at(1) == QStringLiteral("write")) {
        Session session(profiles);
        if (auto unlocked = session.unlock(args.at(3), first); !unlocked)
            return failWith(unlocked.error());
        return writeLoop(session);
    }
    if (args.at(1) == QStringLiteral("pull-then-die") && args.size() == 7) {
        Session session(profiles);
        if (auto unlocked = session.unlock(args.at(3), first); !unlocked)
            return failWith(unlocked.error());
        return pullThenDie(session, args.at(5), args.at(6).toInt());
    }
    if (args.at(1) == QStringLiteral("rekey") && args.size() == 6)
        return rekeyLoop(profiles, args.at(3), first, SecureBytes::fromUtf8(args.at(5)));
    return 2;
}
