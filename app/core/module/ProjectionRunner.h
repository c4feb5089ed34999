// ProjectionRunner: keeps one module's projections level with the local change sequence.
#pragma once

#include "Result.h"
#include "module/Projection.h"

#include <QLoggingCategory>
#include <QObject>
#include <vector>

namespace GovDesk::Core {

class ModuleRecords;
class Session;

// Catches every projection up from its stored cursor: when it is added (the module's
// initialize()), after the session unlocks (a sync may have run from govdesk-cli meanwhile), and
// when records of its collections change (a local write, or a pull the sync worker committed).
// The change notification only says "look again": what is applied is read from the change log,
// so a lost notification (crash, lock, another process) delays a projection, never corrupts it.
class ProjectionRunner : public QObject
{
    Q_OBJECT
public:
    // Changes applied per transaction: bounds the time the write lock is held.
    static constexpr int BatchSize = 500;

    // Records are read through `records`, so projections see payloads upgraded to the module's schema.
    ProjectionRunner(QString moduleId, Session &session, const ModuleRecords &records,
                     const QLoggingCategory &log, QObject *parent = nullptr);
    ~ProjectionRunner() override;

    // Registers and catches up at once. A projection whose version changed is reset and rebuilt.
    [[nodiscard]] Result<> add(Projection projection);
    // Applies what every projection has not seen. Does nothing while the session is locked.
    [[nodiscard]] Result<> catchUp();
    // The last failure of a projection that could not catch up; empty when all are level.
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // Some records were applied: pages re-read the module's tables.
    void projected(const QString &projection, int count);

private:
    [[nodiscard]] bool reads(const QString &collection) const;
    [[nodiscard]] Result<> catchUp(const Projection &projection);
    [[nodiscard]] Result<int> applyBatch(const Projection &projection);
    void catchUpLogged();

    QString m_moduleId;
    Session &m_session;
    const ModuleRecords &m_records;
    const QLoggingCategory &m_log;
    std::vector<Projection> m_projections;
    int m_listenerId = 0;   // one for all projections
    bool m_running = false; // catchUp() re-entered from a projection's own writes
    bool m_runAgain = false;
    QString m_lastError;
};

} // namespace GovDesk::Core
