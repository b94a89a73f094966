#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <ctime>

namespace cessio::bench {

// CPU time of the calling thread in nanoseconds: a busy machine inflates it less than wall time.
// Where the system has no per-thread clock, wall time since the first call.
inline qint64 threadCpuNs()
{
#ifdef Q_OS_UNIX
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
#else
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.nsecsElapsed();
#endif
}

} // namespace cessio::bench
