// PdfViewer: an attached PDF read in the app (QtPdf), from bytes kept in the profile — never from
// a plaintext copy on disk.
#pragma once

#include <QDialog>

class QBuffer;
class QPdfDocument;
class QPdfView;

namespace GovDesk::Ui {

class PdfViewer : public QDialog
{
    Q_OBJECT
public:
    explicit PdfViewer(QWidget *parent = nullptr);

    // False when the bytes are not a readable PDF (the reason in errorText()).
    bool load(const QByteArray &bytes, const QString &title);
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] QString errorText() const { return m_error; }

private:
    QBuffer *m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QString m_error;
};

} // namespace GovDesk::Ui
