#pragma once

#include "sandbox/demoworld.h"
#include "sandbox/sandboxoptions.h"
#include "services/session.h"

#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace cessio {

namespace sandbox {
class Sandbox;
class DemoAssignor;
} // namespace sandbox

// `cessio --demo`: the embedded simulator with the demo world on a loopback port, signed with the
// demo client's in-memory key. Nothing is written to the keychain, and the decision record lives in
// a temporary folder of its own, so trying the demo leaves no trace in the real record.
// An assignor of the demo keeps submitting batches while the app is open.
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
    };
    static sandbox::SandboxOptions defaultServerOptions();

    explicit DemoSession(QObject *parent = nullptr);
    explicit DemoSession(const Options &options, QObject *parent = nullptr);
    ~DemoSession() override;

    bool isDemo() const override { return true; }
    sandbox::Sandbox *sandbox() const { return m_sandbox.get(); }
    const sandbox::DemoCredentials &credentials() const { return m_credentials; }
    sandbox::DemoAssignor *assignor() const { return m_assignor.get(); }

protected:
    void prepare() override;

private:
    // The record's folder is made before the base class, which opens the log inside it.
    DemoSession(const Options &options, std::unique_ptr<QTemporaryDir> recordDir, QObject *parent);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_recordDir;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<sandbox::DemoAssignor> m_assignor;
    sandbox::DemoCredentials m_credentials;
};

} // namespace cessio
