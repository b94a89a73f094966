#pragma once

#include "services/titleindex.h"
#include "services/workspace/workspacestore.h"

namespace cessio {

// The title index as the workspace store keeps it (tables title_batches and titles, digests only):
// read whole into a snapshot, one batch recorded, and the desktop's legacy file imported once.
// Runs where the store is used: on WorkspaceRunner's thread, never the UI thread.
class TitleIndexWorkspace
{
public:
    static StoreResult<std::shared_ptr<const TitleIndex::Snapshot>> snapshot(WorkspaceStore &store);
    static StoreStatus record(WorkspaceStore &store, const TitleIndex::Batch &batch, const QList<QByteArray> &digests);
    // Copies the legacy file at `path` into the store unless this login imported it before, checking
    // what the store then holds; the file is left as it is. *unreadable: the file's lines skipped.
    // true: imported now; false: nothing to do (no file, or imported before).
    static StoreStatus importFile(WorkspaceStore &store, const QString &path, int *unreadable);

    static workspace::TitleSighting sighting(const TitleIndex::Batch &batch);
    static TitleIndex::Batch batchOf(const workspace::TitleSighting &sighting);
};

} // namespace cessio
