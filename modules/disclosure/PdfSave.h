// savePdfAs: how the 信息公开 tabs save a paper as PDF — the user picks the file, the PDF is
// written on a worker thread, and the tab hears the outcome on the UI thread.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <functional>

class QWidget;

namespace GovDesk::Disclosure {

using PdfWriter = std::function<QFuture<Core::Result<int>>(const QString &path)>;
// The page count, or why nothing was written.
using PdfWritten = std::function<void(const QString &path, const Core::Result<int> &pages)>;

// Nothing happens when the user cancels the file dialog; `written` is called once otherwise.
void savePdfAs(QWidget *parent, const QString &title, const QString &suggestedName, const PdfWriter &write,
               const PdfWritten &written);

} // namespace GovDesk::Disclosure
