#include "auditseal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QMutexLocker>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

constexpr qsizetype keyBytes = 32;
constexpr QLatin1StringView anchorsGroup = "auditAnchors"_L1;

bool isLowerHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

AuditKey AuditKey::generate()
{
    AuditKey key;
    key.m_bytes.resize(keyBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.m_bytes.data()), keyBytes / sizeof(quint32));
    return key;
}

std::optional<AuditKey> AuditKey::fromStored(const QByteArray &stored)
{
    const QByteArray text = stored.trimmed();
    if (text.size() != keyBytes * 2 || !isLowerHex(text))
        return std::nullopt;
    AuditKey key;
    key.m_bytes = QByteArray::fromHex(text);
    return key;
}

QByteArray AuditKey::toStored() const
{
    return m_bytes.toHex();
}

QString AuditKey::mac(QByteArrayView data) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(data.toByteArray(), m_bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray AuditAnchor::signedBytes(const QString &recordId) const
{
    // One field per line; none can hold a newline of its own (losses are written without).
    QByteArray bytes
        = "cessio-audit-anchor-1\n" + recordId.toUtf8() + '\n' + QByteArray::number(sequence) + '\n' + hash.toLatin1();
    for (const QString &loss : losses)
        bytes += '\n' + loss.toUtf8();
    return bytes;
}

bool AuditAnchor::isSealedBy(const AuditKey &key, const QString &recordId) const
{
    return !key.isNull() && !mac.isEmpty() && key.mac(signedBytes(recordId)) == mac;
}

void AuditAnchor::sealWith(const AuditKey &key, const QString &recordId)
{
    mac = key.mac(signedBytes(recordId));
}

std::shared_ptr<AuditAnchorStore> AuditAnchorStore::userSettings()
{
    return std::shared_ptr<AuditAnchorStore>(new AuditAnchorStore(Kind::Settings, QString()));
}

std::shared_ptr<AuditAnchorStore> AuditAnchorStore::iniFile(const QString &path)
{
    return std::shared_ptr<AuditAnchorStore>(new AuditAnchorStore(Kind::Ini, path));
}

std::shared_ptr<AuditAnchorStore> AuditAnchorStore::inMemory()
{
    return std::shared_ptr<AuditAnchorStore>(new AuditAnchorStore(Kind::Memory, QString()));
}

QString AuditAnchorStore::recordId(const QString &recordPath)
{
    const QString absolute = QDir::cleanPath(QFileInfo(recordPath).absoluteFilePath());
    return QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

// A QSettings per call: QSettings objects must not be shared between threads, and the app's own
// Settings object lives on the UI thread. Instances on one file share Qt's cache within a process.
std::unique_ptr<QSettings> AuditAnchorStore::open() const
{
    if (m_kind == Kind::Ini)
        return std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

std::optional<AuditAnchor> AuditAnchorStore::read(const QString &recordPath) const
{
    const QString id = recordId(recordPath);
    QMutexLocker lock(&m_mutex);
    if (m_kind == Kind::Memory) {
        const auto it = m_memory.constFind(id);
        return it == m_memory.cend() ? std::nullopt : std::optional<AuditAnchor>(*it);
    }
    const auto settings = open();
    settings->sync(); // another process (cessio-cli, the app) may have moved it on
    settings->beginGroup(anchorsGroup + u'/' + id);
    if (!settings->contains(u"sequence"_s))
        return std::nullopt;
    AuditAnchor anchor;
    anchor.sequence = settings->value(u"sequence"_s).toLongLong();
    anchor.hash = settings->value(u"hash"_s).toString();
    anchor.losses = settings->value(u"losses"_s).toStringList();
    anchor.mac = settings->value(u"mac"_s).toString();
    return anchor;
}

bool AuditAnchorStore::write(const QString &recordPath, const AuditAnchor &anchor, QString *error)
{
    const QString id = recordId(recordPath);
    QMutexLocker lock(&m_mutex);
    if (m_kind == Kind::Memory) {
        m_memory.insert(id, anchor);
        return true;
    }
    const auto settings = open();
    settings->beginGroup(anchorsGroup + u'/' + id);
    settings->setValue(u"record"_s, QDir::toNativeSeparators(QFileInfo(recordPath).absoluteFilePath())); // for people
    settings->setValue(u"sequence"_s, anchor.sequence);
    settings->setValue(u"hash"_s, anchor.hash);
    if (anchor.losses.isEmpty())
        settings->remove(u"losses"_s);
    else
        settings->setValue(u"losses"_s, anchor.losses);
    settings->setValue(u"mac"_s, anchor.mac);
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        if (error)
            *error = settings->fileName();
        return false;
    }
    return true;
}

} // namespace cessio
