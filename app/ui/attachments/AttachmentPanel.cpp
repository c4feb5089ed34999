#include "AttachmentPanel.h"

#include "AttachmentFormat.h"
#include "OfdViewer.h"
#include "PdfViewer.h"
#include "module/ModuleContext.h"
#include "sync/BlobCache.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace GovDesk::Ui {

AttachmentPanel::AttachmentPanel(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    //: Button under the attachments: 添加…
    , m_add(new QPushButton(tr("Add…"), this))
    //: Button: 打开 (the attachment, in the app)
    , m_open(new QPushButton(tr("Open"), this))
    //: Button: 另存为…
    , m_save(new QPushButton(tr("Save a copy…"), this))
    //: Button: 删除 (the attachment from the draft)
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_add->setObjectName(QStringLiteral("attachmentAdd"));
    m_open->setObjectName(QStringLiteral("attachmentOpen"));
    m_save->setObjectName(QStringLiteral("attachmentSave"));
    m_remove->setObjectName(QStringLiteral("attachmentRemove"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_open, m_save, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            //: File dialog title: 添加附件
            this, tr("Add an attachment"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!path.isEmpty())
            (void)addFile(path);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openAt(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { openAt(m_list->currentRow()); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveAt(m_list->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAt(m_list->currentRow()); });
    setEditable(false);
}

void AttachmentPanel::setAttachments(const QList<Core::AttachmentRef> &attachments)
{
    m_attachments = attachments;
    refreshList();
}

void AttachmentPanel::setEditable(bool editable)
{
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
}

void AttachmentPanel::refreshList()
{
    m_list->clear();
    const Core::BlobCache blobs(m_context.database());
    for (const Core::AttachmentRef &attachment : std::as_const(m_attachments)) {
        const bool here = blobs.has(attachment.sha256).value_or(false);
        const QString size = attachment.size >= 0 ? QLocale().formattedDataSize(attachment.size) : QString();
        //: An attachment in the list: name, size, and 「尚未下载」 until the sync brings its bytes
        auto *item = new QListWidgetItem(here ? tr("%1 (%2)").arg(attachment.name, size)
                                              : tr("%1 (%2, not downloaded yet)").arg(attachment.name, size),
                                         m_list);
        item->setData(Qt::UserRole, here);
        if (!here)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    const bool any = !m_attachments.isEmpty();
    m_open->setEnabled(any);
    m_save->setEnabled(any);
    m_remove->setEnabled(any);
    if (any)
        m_list->setCurrentRow(0);
}

bool AttachmentPanel::addFile(const QString &path)
{
    Core::BlobCache blobs(m_context.database());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = blobs.addFile(path);
    QApplication::restoreOverrideCursor();
    if (!added) {
        //: Title of the message saying why a file could not be added: 添加附件
        QMessageBox::warning(this, tr("Add an attachment"), added.error().message);
        return false;
    }
    m_attachments.append({*added, QFileInfo(path).fileName(), QFileInfo(path).size()});
    refreshList();
    emit attachmentsChanged();
    return true;
}

void AttachmentPanel::openAt(int row)
{
    if (row < 0 || row >= m_attachments.size())
        return;
    const Core::AttachmentRef &attachment = m_attachments.at(row);
    const AttachmentKind kind = kindOf(attachment);
    if (kind == AttachmentKind::Other)
        return saveAt(row);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto bytes = Core::BlobCache(m_context.database()).read(attachment.sha256);
    QApplication::restoreOverrideCursor();
    if (!bytes) {
        QMessageBox::information(this, attachment.name, bytes.error().message);
        return;
    }
    if (kind == AttachmentKind::Ofd) {
        // Drawn once shown (Qt WebEngine loads then); problems are said in the viewer itself.
        auto *viewer = new OfdViewer(window());
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->load(*bytes, attachment.name);
        viewer->show();
        return;
    }
    auto *viewer = new PdfViewer(window());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    if (!viewer->load(*bytes, attachment.name)) {
        QMessageBox::warning(this, attachment.name, viewer->errorText());
        viewer->deleteLater();
        return;
    }
    viewer->show();
}

AttachmentKind AttachmentPanel::kindOf(const Core::AttachmentRef &attachment) const
{
    // The name decides when it can; otherwise a few bytes from the profile do (the start, and for
    // a ZIP its directory at the end), never the whole file.
    const AttachmentKind byName = AttachmentFormat::byName(attachment.name);
    if (byName != AttachmentKind::Other)
        return byName;
    const Core::BlobCache blobs(m_context.database());
    const auto info = blobs.info(attachment.sha256);
    if (!info || !*info || !(*info)->complete)
        return AttachmentKind::Other;
    return AttachmentFormat::byContent((*info)->size, [&](qint64 offset, qint64 length) {
        return blobs.readRange(attachment.sha256, offset, length).value_or(QByteArray());
    });
}

void AttachmentPanel::saveAt(int row)
{
    if (row < 0 || row >= m_attachments.size())
        return;
    const Core::AttachmentRef &attachment = m_attachments.at(row);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: File dialog title: 另存为
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a copy"), QDir(folder).filePath(attachment.name));
    if (path.isEmpty())
        return;
    if (auto saved = Core::BlobCache(m_context.database()).exportTo(attachment.sha256, path); !saved)
        //: Title of the message saying why the copy was not saved: 另存为
        QMessageBox::warning(this, tr("Save a copy"), saved.error().message);
}

void AttachmentPanel::removeAt(int row)
{
    if (row < 0 || row >= m_attachments.size())
        return;
    m_attachments.removeAt(row);
    refreshList();
    emit attachmentsChanged();
}

} // namespace GovDesk::Ui
