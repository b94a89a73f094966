#pragma once

namespace cessio::freedmemory {

// glibc keeps freed small blocks in its arenas instead of returning them: a closed 20,000-asset
// review, or a large batch checked in the background, is tens of MiB of them, and the process's
// resident memory grew with every reopen although its heap in use did not (bench_desktop --trim).
// release() hands the free pages back to the system (malloc_trim); elsewhere it does nothing.
void release();
// release() on a worker thread: for the UI thread, once it let go of something large.
void releaseOnWorker();

} // namespace cessio::freedmemory
