#pragma once

#include "cli/connection.h"

namespace cessio {
class DecisionGate;
}

namespace cessio::cli {

// The workspace cessio-cli uses: the connection's team workspace, else the SQLite file beside the
// decision record at `auditLogPath`.
WorkspaceSettings workspaceSettingsFor(const Connection &connection, const QString &auditLogPath);

// The gate cessio-cli's approve, deny and remove-assets pass through, as the desktop's do: the
// connection's team workspace, else the SQLite workspace beside the decision record. Owned by `owner`.
DecisionGate *openDecisionGate(const Connection &connection, const QString &auditLogPath, QObject *owner);

} // namespace cessio::cli
