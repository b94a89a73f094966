#pragma once

#include "demo/democolleague.h"
#include "sandbox/demoworld.h"
#include "sandbox/sandboxoptions.h"
#include "services/session.h"
#include "services/workspace/workspacesettings.h"

#include <QTemporaryDir>

class QThread;

#include <chrono>
#include <memory>
#include <optional>

namespace cessio {

namespace sandbox {
class Sandbox;
class DemoAssignor;
} // namespace sandbox

// `cessio --demo`: the embedded simulator with the demo world on a loopback port, signed with the
// demo client's in-memory key. Nothing is written to the keychain, and the decision record lives in
// a temporary folder of its own, so trying the demo leaves no trace in the real record.
// An assignor of the demo keeps submitting batches while the app is open.
//
// The simulator runs on a thread of its own (as a real server is not in our process either), so its
// work — building the world, answering for a 20,000-asset batch — never stalls the window. It
// answers before the 20,000-asset batch is made (on the thread pool, in about a second), so the
// inbox shows sooner; the batch joins it then (isWorldComplete(), serverDataCompleted()). Tests that
// drive the simulator directly (tick, faults, world()) turn that off and get everything on one thread.
class DemoSession : public Session
{
    Q_OBJECT

public:
    struct Options
    {
        sandbox::DemoOptions world;
        sandbox::SandboxOptions server = defaultServerOptions();
        // How often the demo assignor submits a new batch; zero: never.
        std::chrono::milliseconds assignorInterval = std::chrono::minutes(2);
        // The first one comes this soon after the start, so a new user sees one arrive (zero: after one interval).
        std::chrono::milliseconds firstSubmission = std::chrono::seconds(30);
        // The simulator on its own thread. Off: on the session's thread, for tests that touch it directly.
        bool serverThread = true;
        // Ana Souza, a simulated colleague, reviewing one batch and recommending another (democolleague.h).
        bool colleague = true;
        // With her: the fund of the batch she recommends has a four-eyes policy (every batch needs a
        // colleague's recommendation), so her recommendation lets that batch through and the fund's
        // other batches say they need one. cessio --demo turns it on; tests choose.
        bool fourEyes = false;
        // The large batch is made on threads of lower priority, so that the first inbox (signing,
        // answering, parsing, painting) gets the cores first. cessio --demo turns it on.
        bool makeLargeBatchInBackground = false;
        // A team's workspace instead of the demo's own file beside its record (tests on PostgreSQL).
        // The demo colleague works there as DemoColleague::login.
        std::optional<WorkspaceSettings> workspace;
    };
    static sandbox::SandboxOptions defaultServerOptions();

    explicit DemoSession(QObject *parent = nullptr);
    explicit DemoSession(const Options &options, QObject *parent = nullptr);
    ~DemoSession() override;

    bool isDemo() const override { return true; }
    // The simulator and the demo assignor, once ready(). With serverThread on they live on another
    // thread: do not touch them from this one.
    sandbox::Sandbox *sandbox() const;
    sandbox::DemoAssignor *assignor() const;
    const sandbox::DemoCredentials &credentials() const { return m_credentials; }
    // The demo world's large batch (20,000 assets) is made after the session is ready, so the window
    // shows its inbox first; serverDataCompleted() follows once the simulator has it. True from
    // then on, or at once when the world has no batch made that way.
    bool isWorldComplete() const { return m_worldComplete; }
    // The simulated colleague's writes to the workspace: "" once done, or why not (empty future: none).
    QFuture<QString> colleagueDone() const;

protected:
    void prepare() override;

private:
    // The record's folder is made before the base class, which opens the log inside it.
    DemoSession(const Options &options, std::unique_ptr<QTemporaryDir> recordDir, QObject *parent);

    class Server; // owns the simulator and the assignor, on whichever thread runs them
    void onWorldCompleted(bool madeLater);
    void onBooksSeeded(const QStringList &fundClassKeys, const QString &error);
    void onServerStarted(const QUrl &baseUrl, const sandbox::DemoCredentials &credentials, const DemoColleague::Plan &colleague,
                         const QString &error);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_recordDir;
    QThread *m_thread = nullptr;
    Server *m_server = nullptr;
    sandbox::DemoCredentials m_credentials;
    bool m_worldComplete = false;
    std::unique_ptr<DemoColleague> m_colleague;
    QFuture<QString> m_colleagueDone;
};

} // namespace cessio
