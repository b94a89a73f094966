#include "demosession.h"

#include "sandbox/demoassignor.h"
#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

sandbox::SandboxOptions DemoSession::defaultServerOptions()
{
    sandbox::SandboxOptions options;
    options.host = u"127.0.0.1"_s; // loopback only: the demo is never reachable from the network
    options.port = 0;
    // QI's automatic steps (eligibility, term, payment, portfolio) at a pace a person can follow: a
    // submitted batch reaches the inbox within a minute, an approved one completes in a few.
    options.stepDelayMs = 15000;
    return options;
}

DemoSession::DemoSession(QObject *parent)
    : DemoSession(Options(), parent)
{ }

DemoSession::DemoSession(const Options &options, QObject *parent)
    : DemoSession(options, std::make_unique<QTemporaryDir>(), parent)
{ }

DemoSession::DemoSession(const Options &options, std::unique_ptr<QTemporaryDir> recordDir, QObject *parent)
    : Session(QCoreApplication::translate("cessio::DemoSession", "Demo"), QUrl(), {}, recordDir->filePath(u"audit.jsonl"_s),
              parent)
    , m_options(options)
    , m_recordDir(std::move(recordDir))
{ }

DemoSession::~DemoSession()
{
    m_assignor.reset(); // before the sandbox it submits to
    m_sandbox.reset();
}

void DemoSession::prepare()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>(m_options.server);
    m_credentials = sandbox::DemoWorld::build(m_sandbox->world(), m_options.world);
    QString error;
    if (!m_sandbox->start(&error)) {
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                fail(QCoreApplication::translate("cessio::DemoSession", "The demo could not start: %1").arg(error));
            },
            Qt::QueuedConnection);
        return;
    }
    setBaseUrl(m_sandbox->baseUrl());
    setFundClassKeys(m_credentials.fundKeys);
    if (m_options.assignorInterval.count() > 0) {
        m_assignor = std::make_unique<sandbox::DemoAssignor>(m_sandbox.get(), m_options.assignorInterval);
        m_assignor->start();
        if (m_options.firstSubmission.count() > 0)
            QTimer::singleShot(m_options.firstSubmission, m_assignor.get(),
                               [assignor = m_assignor.get()] { assignor->submitNow(); });
    }
    const RequestSigner signer(m_credentials.clientKey, m_credentials.privateKey);
    QMetaObject::invokeMethod(
        this, [this, signer] { finishStart(signer); }, Qt::QueuedConnection);
}

} // namespace cessio
