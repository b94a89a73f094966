#pragma once

// A real DecisionController over the real sandbox (loopback HTTP, real signatures) for the GUI tests
// of the decision dialogs: the manager's client, a temporary audit log, and helpers that wait for
// the API's answers and count what reached the sandbox.
#include "decisioncontroller.h"
#include "qitech/apiclient.h"
#include "qitech/apitransport.h"
#include "sandboxharness.h"
#include "services/auditlog.h"
#include "services/decisionservice.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace cessio::testing {

class DecisionTestBed
{
public:
    DecisionTestBed();
    ~DecisionTestBed();

    bool start(QString *error); // sandbox up, log open

    SandboxHarness &harness() { return *m_harness; }
    ApiClient &client() { return *m_client; }
    AuditLog &log() { return *m_log; }
    DecisionService &service() { return *m_service; }
    DecisionController &controller() { return *m_controller; }
    QWidget &window() { return *m_window; }
    QString auditPath() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    static BatchRef ref(const QString &batch, const QString &configuration = SandboxHarness::ccbConfig)
    {
        return { SandboxHarness::fund, configuration, batch };
    }

    // Reads through the manager's ApiClient, waiting (up to 20 s) for the answer.
    std::optional<Batch> batch(const QString &externalId);
    std::optional<AssetsSummary> summary(const QString &externalId);
    std::optional<QList<BankAccount>> accounts(const QString &assignorKey);
    std::optional<QList<AssetListItem>> assets(const QString &externalId);

    // The API requests the sandbox received with `method` (and a path containing `pathPart`).
    QJsonArray requests(const QString &method, const QString &pathPart = {});
    void clearRequests();
    bool addFault(const QJsonObject &spec);
    // Ticks the pipeline until the batch has `status` (at most `maxTicks`).
    bool tickUntil(const QString &batch, const QString &status, int maxTicks = 6);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<DecisionService> m_service;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<DecisionController> m_controller;
};

} // namespace cessio::testing
