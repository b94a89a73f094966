#include "workspacegate.h"

#include "services/workspace/decisiongate.h"
#include "services/workspace/workspacerunner.h"

#include <QDir>
#include <QFileInfo>

namespace cessio::cli {

WorkspaceSettings workspaceSettingsFor(const Connection &connection, const QString &auditLogPath)
{
    if (connection.workspace)
        return *connection.workspace;
    WorkspaceSettings settings;
    settings.sqliteFile = QFileInfo(auditLogPath).dir().filePath(QStringLiteral("workspace.sqlite"));
    return settings;
}

DecisionGate *openDecisionGate(const Connection &connection, const QString &auditLogPath, QObject *owner)
{
    auto runner = std::make_shared<WorkspaceRunner>();
    runner->open(workspaceSettingsFor(connection, auditLogPath),
                 connection.workspacePassword); // queued first: decisions wait behind it
    return new DecisionGate(runner, owner);
}

} // namespace cessio::cli
