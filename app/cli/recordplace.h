#pragma once

#include "cli/cliargs.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cessio::cli {

// Where the decision record is, for the commands that only read it (audit verify and export): the
// workspace of --profile NAME, or of the active profile when no connection flag or variable is given
// (PostgreSQL with its password from the keychain, or its SQLite file); else the SQLite workspace
// beside the record file, once it holds the record (the desktop and cessio-cli move the file there on
// first use); else the file itself. Tells AuditRecordStore, then calls `done` with "" or why the
// profile's workspace cannot be used.
void locateRecord(const CliOptions &options, const QString &recordPath, QObject *owner,
                  std::function<void(const QString &problem)> done);

} // namespace cessio::cli
