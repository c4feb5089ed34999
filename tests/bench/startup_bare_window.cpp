// startup_bare_window: startup_bench's baseline — what any Qt Widgets program pays to show a
// window. Links Qt Widgets only, nothing of GovDesk, so that the libraries GovDesk loads count on
// GovDesk's side. Prints the same "ready rss_kb=N" line as the shell's probe once the window is
// shown and the event queue is empty, then quits.
#include "ResidentSet.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1100, 720);
    window.show();
    QTimer::singleShot(0, &app, [] {
        std::printf("ready rss_kb=%ld\n", GovDesk::Shell::residentSetKiB());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return QApplication::exec();
}
