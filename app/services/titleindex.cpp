#include "titleindex.h"

#include "services/ownerfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

std::shared_ptr<const TitleIndex::Snapshot> buildSnapshot(const QList<TitleIndex::Batch> &batches,
                                                          const QHash<QString, QList<QByteArray>> &digestsOfBatch)
{
    auto snapshot = std::make_shared<TitleIndex::Snapshot>();
    snapshot->batches = batches;
    for (int i = 0; i < int(batches.size()); ++i) {
        for (const QByteArray &digest : digestsOfBatch.value(batches.at(i).id())) {
            QList<int> &holders = snapshot->batchesOfTitle[digest];
            if (holders.isEmpty() || holders.constLast() != i)
                holders.append(i);
        }
    }
    return snapshot;
}

} // namespace

QList<TitleIndex::Batch> TitleIndex::Snapshot::earlierBatches(const QByteArray &digest, const QString &selfId) const
{
    QList<Batch> result;
    for (const int index : batchesOfTitle.value(digest)) {
        if (batches.at(index).id() != selfId)
            result.append(batches.at(index));
    }
    return result;
}

TitleIndex::TitleIndex(const QString &filePath)
    : m_path(filePath)
    , m_current(std::make_shared<Snapshot>())
{ }

std::shared_ptr<TitleIndex> TitleIndex::create(const QString &filePath)
{
    return std::shared_ptr<TitleIndex>(new TitleIndex(filePath));
}

QByteArray TitleIndex::digest(const QString &titleKey)
{
    return QCryptographicHash::hash(titleKey.toUtf8(), QCryptographicHash::Sha256).left(16);
}

std::shared_ptr<const TitleIndex::Snapshot> TitleIndex::snapshot()
{
    QMutexLocker lock(&m_mutex);
    if (!m_loaded)
        load();
    return m_current;
}

void TitleIndex::load()
{
    m_loaded = true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return; // nothing recorded yet
    QList<Batch> batches;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        const QJsonArray titles = json.value(u"titles"_s).toArray();
        Batch batch { json.value(u"fund"_s).toString(), json.value(u"config"_s).toString(), json.value(u"batch"_s).toString(),
                      json.value(u"label"_s).toString(), QDate::fromString(json.value(u"date"_s).toString(), Qt::ISODate) };
        if (batch.externalId.isEmpty() || !json.value(u"titles"_s).isArray()) {
            ++m_unreadable;
            continue;
        }
        QList<QByteArray> digests;
        digests.reserve(titles.size());
        for (const QJsonValue &title : titles)
            digests.append(QByteArray::fromHex(title.toString().toLatin1()));
        if (!m_digestsOfBatch.contains(batch.id()))
            batches.append(batch);
        m_digestsOfBatch.insert(batch.id(), digests);
    }
    m_current = buildSnapshot(batches, m_digestsOfBatch);
}

QFuture<QString> TitleIndex::record(const Batch &batch, const QList<QByteArray> &digests)
{
    return QtConcurrent::run([self = shared_from_this(), batch, digests] { return self->recordNow(batch, digests); });
}

QString TitleIndex::recordNow(const Batch &batch, const QList<QByteArray> &digests)
{
    QMutexLocker lock(&m_mutex);
    if (!m_loaded)
        load();
    QList<Batch> batches;
    for (const Batch &known : m_current->batches) {
        if (known.id() != batch.id())
            batches.append(known);
    }
    batches.append(batch); // the latest check last
    m_digestsOfBatch.insert(batch.id(), digests);
    m_current = buildSnapshot(batches, m_digestsOfBatch);

    QByteArray content;
    for (const Batch &known : std::as_const(batches)) {
        QJsonArray titles;
        for (const QByteArray &digest : m_digestsOfBatch.value(known.id()))
            titles.append(QString::fromLatin1(digest.toHex()));
        const QJsonObject line {
            { u"fund"_s, known.fundClassKey }, { u"config"_s, known.configurationKey },         { u"batch"_s, known.externalId },
            { u"label"_s, known.label },       { u"date"_s, known.date.toString(Qt::ISODate) }, { u"titles"_s, titles }
        };
        content += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    ownerfiles::makeFolder(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !ownerfiles::restrict(file) || file.write(content) != content.size()
        || !file.commit())
        return tr("The index of checked titles could not be written to %1: %2").arg(m_path, file.errorString());
    return {};
}

} // namespace cessio
