// sync_worker: writes and syncs in a loop until killed, for tst_sync_killclient's kill -9 test.
//   sync_worker <profiles-dir> <profile-id> <passphrase-file> <tag>
// Each round writes three new records and edits one it wrote before (one transaction), then
// syncs with the real engine and curl transport from the profile's settings. Lines on stdout:
//   ready                      the profile is unlocked
//   wrote <round>              the round's records committed locally
//   syncing <round>            a sync starts
//   synced <round> pushed=… duplicates=… pulled=… retries=… [error=…]
// A failure that is not "offline" ends the worker with "sync_worker: …" on stderr.
#include "SyncedProfile.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Collection = QStringLiteral("killtest.record");

int failWith(const QString &what)
{
    std::fprintf(stderr, "sync_worker: %s\n", qPrintable(what));
    return 1;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

Result<> writeRound(SyncedProfile &profile, const QString &tag, int round)
{
    RecordStore &records = profile.records();
    Database &db = profile.session().database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Edit a record written before (maybe in a run that was killed), so that edits of records
    // whose create may or may not have reached the server are exercised too.
    auto pick = db.prepare(QStringLiteral("SELECT record_id FROM sync_records WHERE collection = ?1 AND deleted = 0"
                                          " ORDER BY random() LIMIT 1"));
    if (!pick)
        return std::unexpected(pick.error());
    pick->bind(1, Collection);
    auto row = pick->step();
    if (!row)
        return std::unexpected(row.error());
    const QString editId = *row ? pick->text(0) : QString();
    pick = Statement();
    if (!editId.isEmpty()) {
        auto existing = records.get(Collection, editId);
        if (!existing)
            return std::unexpected(existing.error());
        QJsonObject payload = existing->value_or(SyncRecord{}).payload;
        payload.insert(QStringLiteral("edits"), payload.value(QStringLiteral("edits")).toInt() + 1);
        payload.insert(QStringLiteral("lastEdit"), QStringLiteral("%1 第%2轮修改").arg(tag).arg(round));
        GD_TRY(records.put(Collection, editId, payload));
    }
    for (int n = 0; n < 3; ++n) {
        const QJsonObject payload{{QStringLiteral("title"), QStringLiteral("水位日报 %1 第%2轮第%3条").arg(tag).arg(round).arg(n)},
                                  {QStringLiteral("station"), QStringLiteral("柳江%1号站").arg(n)},
                                  {QStringLiteral("round"), round},
                                  {QStringLiteral("edits"), 0}};
        GD_TRY(records.put(Collection, RecordStore::newRecordId(), payload));
    }
    return transaction->commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5)
        return failWith(QStringLiteral("usage: sync_worker <profiles-dir> <profile-id> <passphrase-file> <tag>"));
    QFile passphraseFile(args.at(3));
    if (!passphraseFile.open(QIODevice::ReadOnly))
        return failWith(QStringLiteral("cannot read %1").arg(args.at(3)));
    const QString passphrase = QString::fromUtf8(passphraseFile.readLine()).trimmed();
    const QString tag = args.at(4);

    auto profile = SyncedProfile::open(args.at(1), args.at(2), passphrase);
    if (!profile)
        return failWith(profile.error().fullText());
    say(QStringLiteral("ready"));

    for (int round = 1;; ++round) {
        if (auto written = writeRound(**profile, tag, round); !written)
            return failWith(written.error().fullText());
        say(QStringLiteral("wrote %1").arg(round));
        say(QStringLiteral("syncing %1").arg(round));
        auto summary = (*profile)->sync();
        if (!summary)
            return failWith(summary.error().fullText());
        say(QStringLiteral("synced %1 %2").arg(round).arg(describe(*summary)));
        if (summary->error && !summary->error->isConnectivity() && !summary->error->retryable)
            return failWith(describe(*summary));
        if (summary->conflicts > 0 || summary->rejected > 0)
            return failWith(QStringLiteral("unexpected conflict or rejection: ") + describe(*summary));
    }
}
