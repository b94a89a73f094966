#pragma once

#include "services/titleindex.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cessio {

// The title index's own file (one JSON line per batch, digests in hex): where it lives when no workspace
// store is used, and what is imported into the store once when one is (titleindexworkspace.h).
class TitleIndexFile
{
public:
    struct Contents
    {
        QList<TitleIndex::Batch> batches; // in the file's order: the latest check last
        QHash<QString, QList<QByteArray>> digestsOfBatch; // batch id → its digests
        int unreadable = 0; // lines skipped
        bool exists = false;
    };

    static Contents read(const QString &path);
    // Rewrites the file owner-only; "" or why it could not be written.
    static QString write(const QString &path, const QList<TitleIndex::Batch> &batches,
                         const QHash<QString, QList<QByteArray>> &digestsOfBatch);
};

} // namespace cessio
