// A test module for the UI side of the module API: its core plugin labels its fields.
#include "module/Module.h"

#include <QObject>

class DraftsModule : public QObject, public GovDesk::Core::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModule_iid FILE "drafts.json")
    Q_INTERFACES(GovDesk::Core::Module)

public:
    bool initialize(GovDesk::Core::ModuleContext &, QString *) override { return true; }
    QString fieldLabel(const QString &collection, const QString &field) const override
    {
        return collection == QLatin1String("drafts.note") && field == QLatin1String("subject")
                   ? QStringLiteral("主题")
                   : QString();
    }
};

#include "DraftsModule.moc"
