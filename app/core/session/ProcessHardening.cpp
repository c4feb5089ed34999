#include "ProcessHardening.h"

#include "Logging.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace GovDesk::Core {

void hardenProcess()
{
#ifdef NDEBUG
    const rlimit noCore{0, 0};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0)
        qCWarning(lcSession) << "could not disable core dumps";
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qCWarning(lcSession) << "could not mark the process non-dumpable";
#endif
}

} // namespace GovDesk::Core
