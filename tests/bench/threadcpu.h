#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <algorithm>
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

// The thread CPU milliseconds of the quickest of `rounds` runs of `work`.
template<typename Work>
double bestCpuMs(int rounds, Work &&work)
{
    double best = -1;
    for (int round = 0; round < rounds; ++round) {
        const qint64 start = threadCpuNs();
        work();
        const double ms = double(threadCpuNs() - start) / 1e6;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace cessio::bench
