// PortalMustache: the few helpers the renderer and the feeds share around kainjow::mustache
// (private to the portal library; the header is a system header of Debian's package).
#pragma once

#include "PortalLogging.h"
#include "PortalTemplates.h"

#include <QString>
#include <QStringList>
#include <kainjow/mustache.hpp>

namespace GovDesk::Disclosure::Mustache {

namespace mu = kainjow::mustache;

// Always a string value: a bare literal would convert to a boolean data.
inline mu::data text(const QString &value)
{
    return mu::data(value.toStdString());
}

inline mu::data paragraphs(const QStringList &lines)
{
    mu::data list(mu::data::type::list);
    for (const QString &line : lines) {
        mu::data paragraph;
        paragraph.set("text", text(line));
        list.push_back(paragraph);
    }
    return list;
}

// Renders templates/<name> with `context`; empty (and a warning) if the template does not parse.
inline std::string render(const QString &name, const mu::data &context)
{
    mu::mustache tmpl(PortalTemplates::file(name).toStdString());
    if (!tmpl.is_valid()) {
        qCWarning(lcDisclosurePortal).noquote()
            << "template" << name << "does not parse:" << QString::fromStdString(tmpl.error_message());
        return {};
    }
    return tmpl.render(context);
}

} // namespace GovDesk::Disclosure::Mustache
