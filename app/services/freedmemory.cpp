#include "freedmemory.h"

#include <QtConcurrent/QtConcurrentRun>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cessio::freedmemory {

void release()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void releaseOnWorker()
{
#if defined(__GLIBC__)
    // Walking a large heap takes milliseconds: not on the UI thread. The future is not needed.
    (void)QtConcurrent::run(&release);
#endif
}

} // namespace cessio::freedmemory
