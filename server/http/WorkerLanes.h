// WorkerLanes: one thread pool per Lane. The sign-in lane has one thread, so that password hashing
// never takes more than one core from the pulls and pushes, whatever the number of sign-ins.
#pragma once

#include "RequestHandler.h"

#include <atomic>
#include <boost/asio/thread_pool.hpp>
#include <functional>

namespace GovDesk::Server {

class WorkerLanes
{
public:
    explicit WorkerLanes(int apiThreads);
    ~WorkerLanes();
    WorkerLanes(const WorkerLanes &) = delete;
    WorkerLanes &operator=(const WorkerLanes &) = delete;

    // false once stop() has begun: the work was not queued.
    [[nodiscard]] bool post(Lane lane, std::function<void()> work);
    // Refuses new work, then waits for what is queued and running.
    void stop();

private:
    [[nodiscard]] boost::asio::thread_pool &pool(Lane lane);

    std::atomic<bool> m_stopping = false;
    boost::asio::thread_pool m_api;
    boost::asio::thread_pool m_signIn{1};
    boost::asio::thread_pool m_blob{1};
};

} // namespace GovDesk::Server
