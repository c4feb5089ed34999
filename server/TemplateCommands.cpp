#include "TemplateCommands.h"

#include "AdminCommands.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace GovDesk::Server {

using Core::DocumentFormat;
using Core::RedHeaderTemplate;

namespace {

const char *const Usage
    = "usage: govdesk-syncd --data DIR template set ORG FORMAT [--types 通报,通知] [--mark TEXT] [--colour "
      "#RRGGBB]\n"
      "                                          [--mark-size PT|fit] [--mark-top MM] [--json FILE|-]\n"
      "       govdesk-syncd --data DIR template list [ORG]\n"
      "       govdesk-syncd --data DIR template show ORG KEY\n"
      "       govdesk-syncd --data DIR template remove ORG KEY\n"
      "FORMAT: file (文件格式), letter (信函格式), order (命令格式), minutes (纪要格式); KEY as `template "
      "list` shows it";

// The JSON object of FILE, or of standard input for "-".
Core::Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file;
    const bool opened = path == QStringLiteral("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Core::fail(Core::ErrorCode::Io,
                          QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          QStringLiteral("%1 is not a JSON object: %2").arg(path, error.errorString()));
    return document.object();
}

} // namespace

TemplateCommands::TemplateCommands(SyncRepository &repository, QTextStream &out, QTextStream &err)
    : m_repository(repository)
    , m_out(out)
    , m_err(err)
{
}

bool TemplateCommands::handles(const CommandLine &line)
{
    return line.words().value(0) == QStringLiteral("template");
}

QString TemplateCommands::defaultMark(DocumentFormat format, const QString &organisationName)
{
    switch (format) {
    case DocumentFormat::File:
        return organisationName + QStringLiteral("文件");
    case DocumentFormat::Letter:
        return organisationName;
    case DocumentFormat::Order:
        return organisationName + QStringLiteral("令");
    case DocumentFormat::Minutes:
        return organisationName + QStringLiteral("纪要");
    }
    return organisationName;
}

int TemplateCommands::run(const CommandLine &line)
{
    const QStringList &words = line.words();
    const QString verb = words.value(1);
    if (verb == QStringLiteral("set") && words.size() == 4)
        return set(words, line);
    if (verb == QStringLiteral("list") && words.size() <= 3)
        return list(words);
    if (verb == QStringLiteral("show") && words.size() == 4)
        return show(words);
    if (verb == QStringLiteral("remove") && words.size() == 4)
        return remove(words);
    return usage();
}

int TemplateCommands::failed(const QString &message)
{
    m_err << "govdesk-syncd: " << message << Qt::endl;
    return AdminCommands::Failed;
}

int TemplateCommands::usage()
{
    m_err << Usage << Qt::endl;
    return AdminCommands::Usage;
}

std::optional<QList<RedHeaderTemplate>> TemplateCommands::templatesOf(const QString &organisationId,
                                                                      Organisation *organisation)
{
    auto found = m_repository.organisation(organisationId);
    if (!found) {
        (void)failed(found.error().fullText());
        return std::nullopt;
    }
    if (!*found) {
        (void)failed(
            QStringLiteral("There is no organisation %1; add it first (org add).").arg(organisationId));
        return std::nullopt;
    }
    if (organisation)
        *organisation = **found;
    auto all = m_repository.redHeaderTemplates();
    if (!all) {
        (void)failed(all.error().fullText());
        return std::nullopt;
    }
    QList<RedHeaderTemplate> templates;
    for (const OrganisationTemplate &stored : std::as_const(*all)) {
        if (stored.organisationId == organisationId)
            templates.append(stored.header);
    }
    return templates;
}

int TemplateCommands::set(const QStringList &words, const CommandLine &line)
{
    const auto format = Core::formatFromId(words.at(3));
    if (!format) {
        m_err << "govdesk-syncd: \"" << words.at(3) << "\" is not a format (file, letter, order, minutes)"
              << Qt::endl;
        return AdminCommands::Usage;
    }
    Organisation organisation;
    const auto existing = templatesOf(words.at(2), &organisation);
    if (!existing)
        return AdminCommands::Failed;

    // What is set starts from the organisation's template of the same key, else the standard's
    // for the format with a mark made of the organisation's name; then the JSON, then options.
    RedHeaderTemplate start = RedHeaderTemplate::standard(*format, defaultMark(*format, organisation.name));
    if (line.has(QStringLiteral("types")))
        start.documentTypes = line.value(QStringLiteral("types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // The key as fromJson will normalise it (命令（令） → 命令, sorted), to find the stored one.
    auto normalised = RedHeaderTemplate::fromJson(start.toJson(), RedHeaderTemplate::Reading::Strict);
    if (!normalised)
        return failed(normalised.error().message);
    for (const RedHeaderTemplate &stored : std::as_const(*existing)) {
        if (stored.key() == normalised->key())
            start = stored;
    }
    QJsonObject json = start.toJson();
    if (line.has(QStringLiteral("json"))) {
        auto given = readJsonObject(line.value(QStringLiteral("json")));
        if (!given)
            return failed(given.error().message);
        if (given->contains(QStringLiteral("format")) || given->contains(QStringLiteral("documentTypes")))
            return failed(
                QStringLiteral("The format and the types are given on the command line (FORMAT, --types), "
                               "not in the JSON."));
        for (auto it = given->begin(); it != given->end(); ++it)
            json.insert(it.key(), it.value());
    }
    if (line.has(QStringLiteral("mark")))
        json.insert(QStringLiteral("markText"), line.value(QStringLiteral("mark")));
    if (line.has(QStringLiteral("colour")))
        json.insert(QStringLiteral("colour"), line.value(QStringLiteral("colour")));
    const QList<std::pair<QString, QString>> numbers{
        {QStringLiteral("mark-size"), QStringLiteral("markPointSize")},
        {QStringLiteral("mark-top"), QStringLiteral("markTop")}};
    for (const auto &[option, field] : numbers) {
        if (!line.has(option))
            continue;
        const QString value = line.value(option);
        const bool fit = option == QStringLiteral("mark-size") && value == QStringLiteral("fit");
        bool ok = fit;
        const double number = fit ? 0.0 : value.toDouble(&ok);
        if (!ok)
            return failed(QStringLiteral("--%1 needs a number, not %2.").arg(option, value));
        json.insert(field, number);
    }
    auto header = RedHeaderTemplate::fromJson(json, RedHeaderTemplate::Reading::Strict);
    if (!header)
        return failed(header.error().message);
    QList<RedHeaderTemplate> after;
    for (const RedHeaderTemplate &stored : std::as_const(*existing)) {
        if (stored.key() != header->key())
            after.append(stored);
    }
    after.append(*header);
    if (auto checked = Core::RedHeaderTemplates::validateSet(after); !checked)
        return failed(checked.error().message);
    if (auto saved = m_repository.saveRedHeaderTemplate(organisation.id, *header); !saved)
        return failed(saved.error().fullText());
    m_out << "set template " << header->key() << " of " << organisation.id << '\t' << header->markText << '\t'
          << Core::formatName(header->format) << Qt::endl;
    return AdminCommands::Done;
}

int TemplateCommands::list(const QStringList &words)
{
    const QString only = words.value(2);
    if (!only.isEmpty() && !templatesOf(only))
        return AdminCommands::Failed;
    auto all = m_repository.redHeaderTemplates();
    if (!all)
        return failed(all.error().fullText());
    // One line per template, tab-separated: organisation, key, format, mark, colour.
    for (const OrganisationTemplate &stored : std::as_const(*all)) {
        if (!only.isEmpty() && stored.organisationId != only)
            continue;
        m_out << stored.organisationId << '\t' << stored.header.key() << '\t'
              << Core::formatName(stored.header.format) << '\t' << stored.header.markText << '\t'
              << stored.header.colour << '\n';
    }
    m_out.flush();
    return AdminCommands::Done;
}

int TemplateCommands::show(const QStringList &words)
{
    const auto templates = templatesOf(words.at(2));
    if (!templates)
        return AdminCommands::Failed;
    for (const RedHeaderTemplate &header : *templates) {
        if (header.key() == words.at(3)) {
            m_out << QJsonDocument(header.toJson()).toJson(QJsonDocument::Indented);
            m_out.flush();
            return AdminCommands::Done;
        }
    }
    return failed(QStringLiteral("%1 has no template %2.").arg(words.at(2), words.at(3)));
}

int TemplateCommands::remove(const QStringList &words)
{
    if (!templatesOf(words.at(2)))
        return AdminCommands::Failed;
    auto removed = m_repository.removeRedHeaderTemplate(words.at(2), words.at(3));
    if (!removed)
        return failed(removed.error().fullText());
    if (!*removed)
        return failed(QStringLiteral("%1 has no template %2.").arg(words.at(2), words.at(3)));
    m_out << "removed template " << words.at(3) << " of " << words.at(2) << Qt::endl;
    return AdminCommands::Done;
}

} // namespace GovDesk::Server
