#pragma once

#include "demoassets.h"
#include "democast.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace cessio::sandbox {

class Sandbox;
struct Configuration;

// In demo mode, an assignor that keeps submitting: every `interval` it creates a batch on one of
// the world's active configurations (taking turns, automatic consultant decision only), inserts a
// few to a few hundred assets, uploads the documents the asset type needs and closes the batch.
// It goes through the sandbox's own operations (BatchApi/AssetApi) as an in-process assignor, so
// validation, status events, webhooks and the pipeline behave exactly as for HTTP requests; the
// pipeline then brings the batch to pending_manager_approval: a new batch in the manager's inbox.
// The work is spread over event-loop turns (a chunk of assets per turn) so a GUI stays responsive.
class DemoAssignor : public QObject
{
    Q_OBJECT
public:
    DemoAssignor(Sandbox *sandbox, std::chrono::milliseconds interval, QObject *parent = nullptr);
    ~DemoAssignor() override;

    void setSeed(quint32 seed);
    void setAssetRange(int minimum, int maximum); // assets per batch, default 3–300
    std::chrono::milliseconds interval() const { return std::chrono::milliseconds(m_timer.interval()); }

    void start(); // the first batch after one interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    // A batch now, unless one is being submitted; false when no configuration can take one.
    bool submitNow();
    bool isBusy() const { return m_current != nullptr; }
    int submitted() const { return m_submitted; }

Q_SIGNALS:
    void batchCreated(const QString &fundClassKey, const QString &configurationKey, const QString &externalId);
    // Insertion closed: the pipeline takes the batch from here.
    void batchSubmitted(const QString &fundClassKey, const QString &configurationKey, const QString &externalId, int assets);
    void failed(const QString &problem);

private:
    struct Cast; // one assignor's role, factory and debtors
    struct Submission;

    const Configuration *nextConfiguration();
    Cast &castOf(const QString &assignorKey);
    void continueSubmission();
    void abandon(const QString &problem);

    QPointer<Sandbox> m_sandbox;
    QTimer m_timer;
    DemoRandom m_random;
    int m_minimumAssets = 3;
    int m_maximumAssets = 300;
    int m_turn = 0;
    int m_submitted = 0;
    std::unique_ptr<Submission> m_current;
    QHash<QString, std::shared_ptr<Cast>> m_casts;
};

} // namespace cessio::sandbox
