// Opening an OFD through AttachmentPanel as a user does, for the viewer's tests here and in the
// modules that hold attachments: the file added to the profile, opened, and the viewer returned once
// it has drawn or failed.
#pragma once

#include "AttachmentPanel.h"
#include "OfdViewer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace GovDesk::Test {

// The OfdViewer on screen, if any.
[[nodiscard]] inline Ui::OfdViewer *visibleOfdViewer()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *viewer = qobject_cast<Ui::OfdViewer *>(widget); viewer && viewer->isVisible())
            return viewer;
    }
    return nullptr;
}

// Writes `bytes` as `name` in `dir`, adds it to `panel` and opens it; null if any of that failed.
[[nodiscard]] inline Ui::OfdViewer *openOfdAttachment(Ui::AttachmentPanel &panel, const QDir &dir,
                                                      const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return nullptr;
    file.close();
    if (!panel.addFile(file.fileName()))
        return nullptr;
    panel.openAt(int(panel.attachments().size() - 1));
    Ui::OfdViewer *viewer = visibleOfdViewer();
    if (!viewer)
        return nullptr;
    QSignalSpy rendered(viewer, &Ui::OfdViewer::rendered);
    QSignalSpy failed(viewer, &Ui::OfdViewer::failed);
    (void)QTest::qWaitFor([&] { return !rendered.isEmpty() || !failed.isEmpty(); }, 60000);
    return viewer;
}

// Closes every viewer a test opened.
inline void deleteOfdViewers()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<Ui::OfdViewer *>(widget))
            delete widget;
    }
}

} // namespace GovDesk::Test
