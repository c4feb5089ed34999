// ShutdownSignals: turns SIGTERM and SIGINT into a clean QCoreApplication::quit(), so the server
// closes its database (WAL checkpoint) instead of dying mid-write.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace GovDesk::Server {

class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    [[nodiscard]] bool isInstalled() const { return m_notifier != nullptr; }

signals:
    void shutdownRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace GovDesk::Server
