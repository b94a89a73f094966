#include "workspacegate.h"

#include "services/workspace/decisiongate.h"
#include "services/workspace/workspacerunner.h"

#include <QDir>
#include <QFileInfo>

namespace cessio::cli {

DecisionGate *openDecisionGate(const Connection &connection, const QString &auditLogPath, QObject *owner)
{
    WorkspaceSettings settings;
    if (connection.workspace) {
        settings = *connection.workspace;
    } else {
        settings.sqliteFile = QFileInfo(auditLogPath).dir().filePath(QStringLiteral("workspace.sqlite"));
    }
    auto runner = std::make_shared<WorkspaceRunner>();
    runner->open(settings, connection.workspacePassword); // queued first: decisions wait behind it
    return new DecisionGate(runner, owner);
}

} // namespace cessio::cli
