#pragma once

#include "qitech/apiclient.h"
#include "services/workspace/workspacerunner.h"

#include <QCoreApplication>
#include <QFuture>

namespace cessio {

namespace sandbox {
class World;
} // namespace sandbox

// The demo's simulated colleague, Ana Souza (analyst): in the demo's SQLite workspace, through the
// store as another desktop would, she is reviewing one batch awaiting the manager and recommends
// approving another (into the assignor's default account, with a note). The Team column and the
// review show her without any server. She also looked at the batch she reviews earlier, before the
// assignor swapped one asset and corrected a value: her snapshot makes the review say what changed.
class DemoColleague
{
    Q_DECLARE_TR_FUNCTIONS(cessio::DemoColleague)

public:
    static constexpr auto login = "ana.souza";

    // What she works on, chosen from the world on the simulator's thread.
    struct Plan
    {
        BatchRef reviewing;
        BatchRef recommended;
        QString accountKey; // the recommended batch's assignor's default account
        QByteArray earlierSnapshot; // the reviewed batch as she saw it earlier (BatchSnapshot JSON)
        bool fourEyes = false; // the recommended batch's fund gets a four-eyes policy
        bool isValid() const { return !reviewing.externalId.isEmpty() && !recommended.externalId.isEmpty(); }
    };
    // The first two batches awaiting the manager by external id, leaving out `spare` (the big one).
    static Plan choose(const sandbox::World &world, const QString &spareExternalId);

    DemoColleague() = default;
    DemoColleague(const DemoColleague &) = delete;
    DemoColleague &operator=(const DemoColleague &) = delete;

    // Opens her own connection to `workspace` and writes her member row, claim and recommendation (and
    // the fund's four-eyes policy, as the demo's admin would),
    // keyed by `keyOf` (the session's workspace key of a batch). Result: "" or why not.
    QFuture<QString> act(const WorkspaceSettings &workspace, const Plan &plan,
                         const std::function<QString(const BatchRef &)> &keyOf);

private:
    WorkspaceRunner m_runner; // her desktop's connection, on its own thread
};

} // namespace cessio
