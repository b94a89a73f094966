#pragma once

#include <QElapsedTimer>

class QObject;

namespace cessio {

class MainWindow;

// CESSIO_STARTUP_PROBE=1: the desktop prints on stderr how long each step of its start took, from
// main() on, ending with "cessio-startup: inbox-painted MS" when the inbox is first painted with the
// session's batches (bench_desktop --cold reads that line off the real program); with
// CESSIO_STARTUP_PROBE=quit it then quits. Unset (every real start): does nothing.
class StartupProbe
{
public:
    StartupProbe(); // first thing in main()
    bool isOn() const { return m_on; }
    void mark(const char *step) const;
    void watch(MainWindow *window) const; // prints inbox-painted, once

private:
    bool m_on = false;
    bool m_quit = false;
    QElapsedTimer m_clock;
};

} // namespace cessio
