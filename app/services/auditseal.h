#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cessio {

// How the decision record is sealed, and why this way (README, "The decision record"):
//
// A plain hash chain proves nothing to someone who can write the file: they rewrite an entry and
// recompute every hash after it, or cut the tail off. So each entry's hash is an HMAC-SHA256 keyed
// with a random key kept for that record in the OS keychain (SecretStore), never in the file,
// settings or logs. Chosen over signing the head with a profile's key because one record is shared
// by every profile, by the app and by cessio-cli, and an HMAC needs no key of QI Tech's to check.
//
// The last sequence and hash (the anchor) are kept outside the file, in the user's settings, sealed
// with the same key, and written under the record's lock with each entry. Defends against whoever can
// write the record but not the keychain: a changed entry fails its HMAC; entries cut from the end, or
// the whole file put back as an older copy, no longer reach the anchor. Does not defend against
// someone who holds the user's unlocked keychain (they can compute the HMAC), nor against putting
// back older copies of both the record and the settings together; keep the last hash with the memo
// (AuditVerification::lastHash) to rule that out too.
class AuditKey
{
public:
    AuditKey() = default;
    static AuditKey generate(); // 32 random bytes from the system's generator
    // From the text kept in the secret store (hex); nullopt when it is not a key of ours.
    static std::optional<AuditKey> fromStored(const QByteArray &stored);
    QByteArray toStored() const;

    bool isNull() const { return m_bytes.isEmpty(); }
    // Lowercase hex HMAC-SHA256 of `data`.
    QString mac(QByteArrayView data) const;

    friend bool operator==(const AuditKey &a, const AuditKey &b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes;
};

// The record's last entry as the writer left it, kept apart from the file.
struct AuditAnchor
{
    qint64 sequence = 0;
    QString hash;
    // What was found missing or different when a writer opened the record (English, evidence). Kept
    // for good: the file's writer cannot remove them, so "Verify" keeps reporting them.
    QStringList losses;
    QString mac; // AuditKey::mac over signedBytes()

    QByteArray signedBytes(const QString &recordId) const;
    bool isSealedBy(const AuditKey &key, const QString &recordId) const;
    void sealWith(const AuditKey &key, const QString &recordId);
};

// Where anchors are kept: one group per record (named by its path) in a settings file, or in memory
// for sessions whose key lives in memory too (the demo, tests). Thread-safe; each call is synchronous.
class AuditAnchorStore
{
public:
    // The user's settings, the file the app and cessio-cli share (QSettings' default for the app).
    static std::shared_ptr<AuditAnchorStore> userSettings();
    // An INI file of its own (tests).
    static std::shared_ptr<AuditAnchorStore> iniFile(const QString &path);
    static std::shared_ptr<AuditAnchorStore> inMemory();

    std::optional<AuditAnchor> read(const QString &recordPath) const;
    bool write(const QString &recordPath, const AuditAnchor &anchor, QString *error = nullptr);

    // A short stable name for the record at `recordPath` (its absolute path, hashed): the group in the
    // settings and the name of its key in the secret store.
    static QString recordId(const QString &recordPath);

private:
    enum class Kind { Settings, Ini, Memory };
    AuditAnchorStore(Kind kind, const QString &path)
        : m_kind(kind)
        , m_path(path)
    { }
    std::unique_ptr<QSettings> open() const;

    Kind m_kind;
    QString m_path;
    mutable QMutex m_mutex;
    QHash<QString, AuditAnchor> m_memory;
};

// What a reader or writer of one record knows about its seal.
struct AuditSeal
{
    enum class KeyState {
        NotLooked, // the key was not looked for here (cessio-cli with --base-url: no keychain)
        Loaded, // the record's key is in `key`
        Missing, // the record is sealed but the secret store has no key for it
    };
    KeyState keyState = KeyState::NotLooked;
    std::optional<AuditKey> key;
    std::shared_ptr<AuditAnchorStore> anchors; // null: no anchor is checked or written
};

} // namespace cessio
