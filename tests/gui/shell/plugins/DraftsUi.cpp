// The page side of the test module: an editor whose unsaved text vetoes quitting and locking,
// one action, a settings page, print and export. What it was asked to do is left in properties
// of the page for the test to read.
#include "ModuleUi.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QObject>
#include <QPointer>
#include <QVBoxLayout>

class DraftsUi : public QObject, public GovDesk::Ui::ModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModuleUi_iid FILE "drafts-ui.json")
    Q_INTERFACES(GovDesk::Ui::ModuleUi)

public:
    QWidget *createPage(GovDesk::Core::ModuleContext &, GovDesk::Ui::Navigator &, QWidget *parent) override
    {
        m_page = new QWidget(parent);
        auto *layout = new QVBoxLayout(m_page);
        m_editor = new QLineEdit(m_page);
        m_editor->setObjectName(QStringLiteral("draftsEditor"));
        layout->addWidget(m_editor);
        m_save = new QAction(QStringLiteral("保存草稿"), m_page);
        m_save->setObjectName(QStringLiteral("actionSaveDraft"));
        QObject::connect(m_save, &QAction::triggered, m_editor, &QLineEdit::clear);
        return m_page;
    }
    void open(const QString &recordId) override { m_page->setProperty("opened", recordId); }
    QList<QAction *> actions() const override { return {m_save}; }
    QWidget *createSettingsPage(GovDesk::Core::ModuleContext &, QWidget *parent) override
    {
        auto *box = new QCheckBox(QStringLiteral("自动保存草稿"), parent);
        box->setObjectName(QStringLiteral("draftsAutoSave"));
        return box;
    }
    void applySettings() override { m_page->setProperty("settingsApplied", true); }
    bool canClose(QString *reason) override
    {
        if (m_editor->text().isEmpty())
            return true;
        *reason = QStringLiteral("草稿尚未保存。");
        return false;
    }
    bool canPrint() const override { return true; }
    void print(QWidget *) override { m_page->setProperty("printed", true); }
    bool canExport() const override { return false; }

private:
    QPointer<QWidget> m_page;
    QLineEdit *m_editor = nullptr;
    QAction *m_save = nullptr;
};

#include "DraftsUi.moc"
