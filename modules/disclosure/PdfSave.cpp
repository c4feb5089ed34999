#include "PdfSave.h"

#include <QFileDialog>
#include <QFutureWatcher>

namespace GovDesk::Disclosure {

namespace {
struct PdfSave
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::PdfSave)
};
} // namespace

void savePdfAs(QWidget *parent, const QString &title, const QString &suggestedName, const PdfWriter &write,
               const PdfWritten &written)
{
    const QString path
        //: File type in the save dialog
        = QFileDialog::getSaveFileName(parent, title, suggestedName, PdfSave::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Core::Result<int>>(parent);
    QObject::connect(watcher, &QFutureWatcher<Core::Result<int>>::finished, parent, [watcher, path, written] {
        written(path, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(write(path));
}

} // namespace GovDesk::Disclosure
