// startup_bench: time from process start to the main window shown and idle (demo profile), against
// a bare Qt window program started the same way in the same run; and the shell's idle RSS.
//   startup_bench [--quick]      (the baseline is startup_bare_window, which links Qt Widgets only)
#include "BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <optional>
#include <vector>

namespace {
struct Run
{
    double seconds = 0;
    long rssKiB = 0;
    bool openGl = false; // an OpenGL driver was mapped when it reported ready
};

// Starts `program` and times it to its "ready rss_kb=N" line — the window shown and idle, what the
// user waits for; then lets it quit (its shutdown, on either side, is not start-up time).
Run timeToReady(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray output;
    std::optional<double> seconds;
    while (!seconds && process.waitForReadyRead(60000)) {
        output += process.readAllStandardOutput();
        if (output.contains("ready rss_kb=") && output.indexOf('\n', output.indexOf("ready rss_kb=")) >= 0)
            seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    output += process.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
        if (seconds && line.startsWith("ready rss_kb="))
            return {*seconds, line.mid(13).split(' ').value(0).toLong(), line.contains(" gl=1")};
    }
    std::fprintf(stderr, "startup_bench: %s did not report ready: %s\n", qPrintable(program),
                 process.readAllStandardError().constData());
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = GovDesk::Bench::quickMode(argc, argv) ? 3 : 11;
    QTemporaryDir profiles;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GOVDESK_STARTUP_PROBE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GOVDESK_MODULE_PATH"), QStringLiteral(GOVDESK_BUILD_MODULE_DIR));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), profiles.filePath(QStringLiteral("config")));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM"))
        && !environment.contains(QStringLiteral("DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList shellArguments{QStringLiteral("--demo"), QStringLiteral("--profiles-dir"),
                                     profiles.path()};

    // The first start creates and seeds the demo profile: measured separately, not in the figure.
    // It stays until the demo's datasets are imported (GOVDESK_STARTUP_PROBE=settle), as a
    // trainer's first start would: the measured starts meet the settled profile a user has.
    QProcessEnvironment settling = environment;
    settling.insert(QStringLiteral("GOVDESK_STARTUP_PROBE"), QStringLiteral("settle"));
    const Run first = timeToReady(QStringLiteral(GOVDESK_SHELL_PATH), shellArguments, settling);
    std::fprintf(stderr,
                 "startup_bench: first start (creates the demo, imports its datasets) %.3f s; platform %s; "
                 "OpenGL driver mapped at idle: %s\n",
                 first.seconds,
                 qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))),
                 first.openGl ? "yes" : "no");

    std::vector<double> shell, bare, rss;
    for (int round = 0; round < rounds; ++round) {
        const Run s = timeToReady(QStringLiteral(GOVDESK_SHELL_PATH), shellArguments, environment);
        const Run b = timeToReady(QStringLiteral(GOVDESK_BARE_WINDOW_PATH), {}, environment);
        if (s.seconds <= 0 || b.seconds <= 0)
            return 1;
        shell.push_back(s.seconds);
        bare.push_back(b.seconds);
        rss.push_back(static_cast<double>(s.rssKiB) / 1024.0);
    }
    const auto median = [](const std::vector<double> &v) {
        return GovDesk::Bench::percentile(v, 50);
    };
    std::vector<double> bareRss;
    const Run bareOnce = timeToReady(QStringLiteral(GOVDESK_BARE_WINDOW_PATH), {}, environment);
    bareRss.push_back(static_cast<double>(bareOnce.rssKiB) / 1024.0);
    GovDesk::Bench::report(QStringLiteral("startup_s"), median(shell), median(bare));
    GovDesk::Bench::report(QStringLiteral("idle_rss_mb"), median(rss), median(bareRss));
    return 0;
}
