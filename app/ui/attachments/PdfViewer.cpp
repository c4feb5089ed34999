#include "PdfViewer.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

namespace GovDesk::Ui {

PdfViewer::PdfViewer(QWidget *parent)
    : QDialog(parent)
    , m_buffer(new QBuffer(this))
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    setObjectName(QStringLiteral("pdfViewer"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(900, 1000);
}

bool PdfViewer::load(const QByteArray &bytes, const QString &title)
{
    setWindowTitle(title);
    m_document->close();
    m_buffer->close();
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() == 0) {
        //: A received attachment that QtPdf cannot read
        m_error = tr("This file is not a readable PDF.");
        return false;
    }
    m_error.clear();
    return true;
}

int PdfViewer::pageCount() const
{
    return m_document->pageCount();
}

} // namespace GovDesk::Ui
