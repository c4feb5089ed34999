#include "SealCommands.h"

#include "AdminCommands.h"
#include "SealIssuer.h"
#include "crypto/SealCertificate.h"

namespace GovDesk::Server {

SealCommands::SealCommands(SyncRepository &repository, const Clock &clock, QTextStream &out, QTextStream &err)
    : m_repository(repository)
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
{
}

bool SealCommands::handles(const CommandLine &line)
{
    return line.words().value(0) == QStringLiteral("seal");
}

int SealCommands::run(const CommandLine &line)
{
    const QStringList &words = line.words();
    if (words.value(1) == QStringLiteral("issue") && words.size() == 3)
        return issue(words);
    if (words.value(1) == QStringLiteral("list") && words.size() == 2)
        return list();
    m_err << "usage: govdesk-syncd --data DIR seal issue ORG | seal list" << Qt::endl;
    return AdminCommands::Usage;
}

int SealCommands::issue(const QStringList &words)
{
    const QString organisation = words.at(2);
    if (!AdminCommands::isValidOrganisationId(organisation)) {
        m_err << "govdesk-syncd: \"" << organisation << "\" is not an organisation id" << Qt::endl;
        return AdminCommands::Usage;
    }
    auto issued = SealIssuer(m_repository, m_clock).issue(organisation);
    if (!issued) {
        m_err << "govdesk-syncd: " << issued.error().fullText() << Qt::endl;
        return AdminCommands::Failed;
    }
    auto info = Core::SealCertificate::inspect(issued->seal.certificatePem);
    m_out << (issued->created ? "issued seal " : "seal already issued: ") << issued->seal.sealId << " to "
          << organisation << " (" << issued->seal.sealName << "), valid until " << issued->seal.validUntil;
    if (info)
        m_out << ", certificate sha256 " << info->sha256Fingerprint;
    m_out << Qt::endl;
    return AdminCommands::Done;
}

int SealCommands::list()
{
    auto seals = m_repository.organisationSeals();
    if (!seals) {
        m_err << "govdesk-syncd: " << seals.error().fullText() << Qt::endl;
        return AdminCommands::Failed;
    }
    // One line per seal, tab-separated: organisation, seal id, name, issued, valid until.
    for (const OrganisationSeal &seal : std::as_const(*seals))
        m_out << seal.organisationId << '\t' << seal.sealId << '\t' << seal.sealName << '\t' << seal.issuedAt
              << '\t' << seal.validUntil << Qt::endl;
    return AdminCommands::Done;
}

} // namespace GovDesk::Server
