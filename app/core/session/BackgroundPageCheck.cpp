#include "BackgroundPageCheck.h"

#include "Logging.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QThread>

namespace GovDesk::Core {

BackgroundPageCheck::BackgroundPageCheck(Opener open, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_thread = QThread::create([open = std::move(open), shared = m_shared] {
        QElapsedTimer timer;
        timer.start();
        auto connection = open();
        if (!connection) {
            qCWarning(lcSession) << "no connection for the page check:" << connection.error().detail;
            return;
        }
        {
            const std::lock_guard guard(shared->mutex);
            if (shared->stopped)
                return;
            shared->connection = connection->get();
        }
        auto problems = (*connection)->integrityCheck(Database::CheckDepth::Quick);
        const std::lock_guard guard(shared->mutex);
        shared->connection = nullptr;
        if (!problems) {
            qCInfo(lcSession) << "page check stopped:" << problems.error().detail;
            return;
        }
        shared->sound = problems->isEmpty();
        qCInfo(lcSession) << "page check:" << problems->size() << "problem(s) in" << timer.elapsed() << "ms";
    });
    m_thread->setObjectName(QStringLiteral("page check"));
    connect(m_thread, &QThread::finished, this, [this] {
        std::optional<bool> sound;
        {
            const std::lock_guard guard(m_shared->mutex);
            sound = m_shared->sound;
        }
        if (sound)
            Q_EMIT finished(*sound);
    });
    m_thread->start(QThread::IdlePriority);
}

BackgroundPageCheck::~BackgroundPageCheck()
{
    disconnect(m_thread, nullptr, this, nullptr);
    {
        const std::lock_guard guard(m_shared->mutex);
        m_shared->stopped = true;
        if (m_shared->connection)
            m_shared->connection->interrupt();
    }
    m_thread->wait();
    delete m_thread;
}

} // namespace GovDesk::Core
