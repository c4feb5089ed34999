// TemplateCommands: the administrator's 套红 commands — `template set|list|show|remove` — on each
// organisation's red-header templates, which GET /v1/organisations delivers to every client.
#pragma once

#include "CommandLine.h"
#include "SyncRepository.h"

#include <QTextStream>

namespace GovDesk::Server {

class TemplateCommands
{
public:
    TemplateCommands(SyncRepository &repository, QTextStream &out, QTextStream &err);

    [[nodiscard]] static bool handles(const CommandLine &line);
    // Exit codes as AdminCommands.
    [[nodiscard]] int run(const CommandLine &line);

    // The mark a new template starts from: 「<name>文件」, 「<name>」, 「<name>令」, 「<name>纪要」.
    [[nodiscard]] static QString defaultMark(Core::DocumentFormat format, const QString &organisationName);

private:
    [[nodiscard]] int set(const QStringList &words, const CommandLine &line);
    [[nodiscard]] int list(const QStringList &words);
    [[nodiscard]] int show(const QStringList &words);
    [[nodiscard]] int remove(const QStringList &words);
    [[nodiscard]] int failed(const QString &message);
    [[nodiscard]] int usage();
    // The organisation's templates; nullopt (after a message) when it does not exist.
    [[nodiscard]] std::optional<QList<Core::RedHeaderTemplate>>
    templatesOf(const QString &organisationId, Organisation *organisation = nullptr);

    SyncRepository &m_repository;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace GovDesk::Server
