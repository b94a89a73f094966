#include "titleindexfile.h"

#include "services/ownerfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

TitleIndexFile::Contents TitleIndexFile::read(const QString &path)
{
    Contents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return contents; // nothing recorded yet
    contents.exists = true;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        const QJsonArray titles = json.value(u"titles"_s).toArray();
        TitleIndex::Batch batch { json.value(u"fund"_s).toString(), json.value(u"config"_s).toString(),
                                  json.value(u"batch"_s).toString(), json.value(u"label"_s).toString(),
                                  QDate::fromString(json.value(u"date"_s).toString(), Qt::ISODate) };
        if (batch.externalId.isEmpty() || !json.value(u"titles"_s).isArray()) {
            ++contents.unreadable;
            continue;
        }
        QList<QByteArray> digests;
        digests.reserve(titles.size());
        for (const QJsonValue &title : titles)
            digests.append(QByteArray::fromHex(title.toString().toLatin1()));
        if (!contents.digestsOfBatch.contains(batch.id()))
            contents.batches.append(batch);
        contents.digestsOfBatch.insert(batch.id(), digests);
    }
    return contents;
}

QString TitleIndexFile::write(const QString &path, const QList<TitleIndex::Batch> &batches,
                              const QHash<QString, QList<QByteArray>> &digestsOfBatch)
{
    QByteArray content;
    for (const TitleIndex::Batch &known : batches) {
        QJsonArray titles;
        for (const QByteArray &digest : digestsOfBatch.value(known.id()))
            titles.append(QString::fromLatin1(digest.toHex()));
        const QJsonObject line {
            { u"fund"_s, known.fundClassKey }, { u"config"_s, known.configurationKey },         { u"batch"_s, known.externalId },
            { u"label"_s, known.label },       { u"date"_s, known.date.toString(Qt::ISODate) }, { u"titles"_s, titles }
        };
        content += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    ownerfiles::makeFolder(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ownerfiles::restrict(file) || file.write(content) != content.size()
        || !file.commit())
        return TitleIndex::tr("The index of checked titles could not be written to %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace cessio
