#include "DatasetCommands.h"

#include "AdminCommands.h"
#include "BlobStore.h"
#include "Clock.h"
#include "OpApplier.h"
#include "ServerLimits.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace GovDesk::Server {

namespace {

const QString Usage = QStringLiteral("usage: govdesk-syncd --data DIR dataset load ORG COLLECTION FILE "
                                     "[--kind KIND] [--title TITLE] [--to ORG,ORG] [--as USER]");

} // namespace

DatasetCommands::DatasetCommands(SyncRepository &repository, const Clock &clock, BlobBytes &blobBytes,
                                 QTextStream &out, QTextStream &err)
    : m_repository(repository)
    , m_clock(clock)
    , m_blobBytes(blobBytes)
    , m_out(out)
    , m_err(err)
{
}

bool DatasetCommands::handles(const CommandLine &line)
{
    return line.words().value(0) == QStringLiteral("dataset");
}

int DatasetCommands::failed(const QString &message)
{
    m_err << "govdesk-syncd: " << message << Qt::endl;
    return AdminCommands::Failed;
}

int DatasetCommands::run(const CommandLine &line)
{
    const QStringList &words = line.words();
    if (words.value(1) == QStringLiteral("load") && words.size() == 5)
        return load(words, line);
    m_err << Usage << Qt::endl;
    return AdminCommands::Usage;
}

int DatasetCommands::load(const QStringList &words, const CommandLine &line)
{
    const QString organisationId = words.at(2);
    const QString collection = words.at(3);
    const QFileInfo file(words.at(4));
    auto organisation = m_repository.organisation(organisationId);
    if (!organisation)
        return failed(organisation.error().fullText());
    if (!*organisation)
        return failed(QStringLiteral("There is no organisation %1.").arg(organisationId));
    if (!OpApplier::isValidCollection(collection))
        return failed(QStringLiteral("\"%1\" is not a collection name (module.name, such as water.dataset).")
                          .arg(collection));
    const QStringList recipients
        = line.value(QStringLiteral("to")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &recipient : recipients) {
        auto known = m_repository.organisation(recipient);
        if (!known || !*known)
            return failed(
                QStringLiteral("There is no organisation %1 to send the dataset to.").arg(recipient));
    }
    const ServerLimits limits;
    if (!file.isFile())
        return failed(QStringLiteral("%1 is not a file.").arg(file.filePath()));
    if (file.size() == 0 || file.size() > limits.maxBlobBytes)
        return failed(QStringLiteral("%1 has %2 bytes; a dataset has 1 to %3.")
                          .arg(file.filePath())
                          .arg(file.size())
                          .arg(limits.maxBlobBytes));

    // The file as a blob of the organisation, in the chunks a client would upload.
    QFile input(file.filePath());
    if (!input.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("Cannot read %1: %2").arg(file.filePath(), input.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&input))
        return failed(QStringLiteral("Cannot read %1.").arg(file.filePath()));
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    BlobStore blobs(m_repository, m_blobBytes);
    auto held = blobs.status(sha256, organisationId);
    if (!held)
        return failed(held.error().fullText());
    if (!*held || !(*held)->complete) {
        input.seek(0);
        qint64 offset = (*held) ? (*held)->received : 0;
        input.seek(offset);
        while (offset < file.size()) {
            const QByteArray chunk = input.read(limits.blobChunkBytes);
            if (chunk.isEmpty())
                return failed(QStringLiteral("Cannot read %1.").arg(file.filePath()));
            auto appended = blobs.append(sha256, organisationId, offset, file.size(), chunk);
            if (!appended)
                return failed(appended.error().fullText());
            if (appended->kind != BlobStore::AppendOutcome::Kind::Accepted
                && appended->kind != BlobStore::AppendOutcome::Kind::Complete)
                return failed(
                    QStringLiteral("The blob store refused %1 at byte %2.").arg(file.fileName()).arg(offset));
            offset += chunk.size();
        }
    }

    // The record that names it, pushed in the name of one of the organisation's users (--as, else
    // the first by id) so that the server's log says whose office published it; the administrator
    // stands in for them, with the roles the collection asks of writers.
    auto users = m_repository.users();
    if (!users)
        return failed(users.error().fullText());
    QStringList members;
    for (const UserAccount &user : std::as_const(*users)) {
        if (user.organisationId == organisationId)
            members.append(user.id);
    }
    std::ranges::sort(members);
    const QString publisher = line.value(QStringLiteral("as"), members.value(0));
    if (!members.contains(publisher))
        return failed(
            members.isEmpty()
                ? QStringLiteral("Organisation %1 has no users to publish in the name of; add one first.")
                      .arg(organisationId)
                : QStringLiteral("%1 is not a user of %2.").arg(publisher, organisationId));
    auto permission = m_repository.collectionPermission(collection);
    if (!permission)
        return failed(permission.error().fullText());
    const QStringList roles
        = *permission ? (*permission)->writeRoles + (*permission)->readRoles : QStringList();
    const QString title = line.value(QStringLiteral("title"), file.completeBaseName());
    const QJsonObject payload{
        {QStringLiteral("kind"), line.value(QStringLiteral("kind"))},
        {QStringLiteral("title"), title},
        {QStringLiteral("fileName"), file.fileName()},
        {QStringLiteral("loadedAt"), m_clock.now().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha256},
                                                               {QStringLiteral("name"), file.fileName()},
                                                               {QStringLiteral("size"), file.size()}}}}};
    const QString recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    OpApplier applier(m_repository, m_clock, limits);
    auto result = applier.apply({.userId = publisher, .organisationId = organisationId, .roles = roles},
                                {.opId = QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 .collection = collection,
                                 .recordId = recordId,
                                 .baseRevision = 0,
                                 .deleted = false,
                                 .payload = payload,
                                 .recipients = recipients});
    if (!result)
        return failed(result.error().fullText());
    if (result->status != OpStatus::Applied)
        return failed(QStringLiteral("The dataset record was refused: %1").arg(result->reasonMessage));
    m_out << "loaded dataset " << recordId << '\t' << collection << '\t' << organisationId << '\t' << sha256
          << '\t' << file.size() << " bytes" << Qt::endl;
    return AdminCommands::Done;
}

} // namespace GovDesk::Server
