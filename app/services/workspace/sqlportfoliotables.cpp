// SqlWorkspaceStore: the funds' portfolios (issue 11), tables of schema migration 6.
#include "sqlworkspacestore.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using namespace workspace;

namespace {

using sql::text;

QString settingId(PortfolioSetting setting)
{
    switch (setting) {
    case PortfolioSetting::NetAssets:
        return u"net_assets"_s;
    case PortfolioSetting::Limits:
        return u"limits"_s;
    case PortfolioSetting::Import:
        break;
    }
    return u"import"_s;
}

QByteArray &settingIn(StoredPortfolio &p, const QString &id)
{
    if (id == u"net_assets")
        return p.netAssets;
    if (id == u"limits")
        return p.limits;
    return p.import;
}

constexpr auto upsertSetting
    = "INSERT INTO portfolio_settings (fund_class_key, kind, body, updated_by, updated_ms) VALUES (?, ?, ?, ?, ?) ON "
      "CONFLICT (fund_class_key, kind) DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by, updated_ms = "
      "excluded.updated_ms"_L1;
constexpr auto insertPart = "INSERT INTO portfolio_parts (fund_class_key, kind, source, chunk, body, added_by, added_ms) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_L1;

} // namespace

std::optional<qint64> SqlWorkspaceStore::bumpPortfolioRevision(QSqlQuery &q, const QString &fundClassKey, qint64 nowMs)
{
    if (!run(q,
             u"INSERT INTO portfolio_funds (fund_class_key, revision, updated_by, updated_ms) VALUES (?, 1, ?, ?) ON "
             "CONFLICT (fund_class_key) DO UPDATE SET revision = portfolio_funds.revision + 1, updated_by = "
             "excluded.updated_by, updated_ms = excluded.updated_ms"_s,
             { text(fundClassKey), text(m_login), nowMs })
        || !run(q, u"SELECT revision FROM portfolio_funds WHERE fund_class_key = ?"_s, { text(fundClassKey) }) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

StoreResult<qint64> SqlWorkspaceStore::portfolioRevision(const QString &fundClassKey)
{
    QSqlQuery q(db());
    if (!run(q, u"SELECT revision FROM portfolio_funds WHERE fund_class_key = ?"_s, { text(fundClassKey) }))
        return StoreResult<qint64>::failure(failure());
    return StoreResult<qint64>::success(q.next() ? q.value(0).toLongLong() : 0);
}

StoreResult<QHash<QString, qint64>> SqlWorkspaceStore::portfolioRevisions()
{
    QSqlQuery q(db());
    if (!run(q, u"SELECT fund_class_key, revision FROM portfolio_funds"_s, {}))
        return StoreResult<QHash<QString, qint64>>::failure(failure());
    QHash<QString, qint64> revisions;
    while (q.next())
        revisions.insert(q.value(0).toString(), q.value(1).toLongLong());
    return StoreResult<QHash<QString, qint64>>::success(revisions);
}

bool SqlWorkspaceStore::readPortfolioInto(QSqlQuery &q, const QString &fundClassKey, StoredPortfolio &out)
{
    out = StoredPortfolio();
    if (!run(q, u"SELECT revision FROM portfolio_funds WHERE fund_class_key = ?"_s, { text(fundClassKey) }))
        return false;
    out.revision = q.next() ? q.value(0).toLongLong() : 0;
    if (!run(q, u"SELECT kind, body FROM portfolio_settings WHERE fund_class_key = ?"_s, { text(fundClassKey) }))
        return false;
    while (q.next())
        settingIn(out, q.value(0).toString()) = q.value(1).toString().toUtf8();
    q.finish();
    q.setForwardOnly(true); // hundreds of thousands of positions are read once
    if (!run(q, u"SELECT kind, source, chunk, body FROM portfolio_parts WHERE fund_class_key = ? ORDER BY id"_s,
             { text(fundClassKey) }))
        return false;
    while (q.next())
        out.parts.append(
            { q.value(0).toString() == u"import", q.value(1).toString(), q.value(2).toInt(), q.value(3).toString().toUtf8() });
    q.finish();
    return true;
}

StoreResult<StoredPortfolio> SqlWorkspaceStore::portfolio(const QString &fundClassKey)
{
    // Every write moves the revision in its transaction: when it reads the same before and after, no
    // write landed in between and the statements saw one state (without holding a lock while reading).
    for (int attempt = 0; attempt < 5; ++attempt) {
        QSqlQuery q(db());
        StoredPortfolio stored;
        if (!readPortfolioInto(q, fundClassKey, stored))
            return StoreResult<StoredPortfolio>::failure(failure());
        const auto after = portfolioRevision(fundClassKey);
        if (!after.ok())
            return StoreResult<StoredPortfolio>::failure(after.error);
        if (*after.value == stored.revision)
            return StoreResult<StoredPortfolio>::success(stored);
    }
    QSqlQuery q(db());
    StoredPortfolio stored;
    const bool read = inTransaction([&] { return readPortfolioInto(q, fundClassKey, stored); }); // writers wait
    return read ? StoreResult<StoredPortfolio>::success(stored) : StoreResult<StoredPortfolio>::failure(failure());
}

StoreResult<PortfolioWrite> SqlWorkspaceStore::addPortfolioBatch(const QString &fundClassKey, const QString &batchId,
                                                                 const QByteArray &json, qint64 nowMs)
{
    QSqlQuery q(db());
    PortfolioWrite write;
    const bool written = inTransaction([&] {
        // A second desktop adding the same batch waits on the unique key, then adds nothing.
        if (!run(q, insertPart,
                 { text(fundClassKey), u"batch"_s, text(batchId), 0, QString::fromUtf8(json), text(m_login), nowMs }))
            return false;
        write.changed = q.numRowsAffected() == 1;
        if (!write.changed) {
            if (!run(q, u"SELECT revision FROM portfolio_funds WHERE fund_class_key = ?"_s, { text(fundClassKey) }))
                return false;
            write.revision = q.next() ? q.value(0).toLongLong() : 0;
            return true;
        }
        const auto revision = bumpPortfolioRevision(q, fundClassKey, nowMs);
        write.revision = revision.value_or(0);
        return revision.has_value();
    });
    if (!written)
        return StoreResult<PortfolioWrite>::failure(failure());
    if (write.changed)
        announceChange();
    return StoreResult<PortfolioWrite>::success(write);
}

StoreResult<PortfolioWrite> SqlWorkspaceStore::changePortfolio(const QString &fundClassKey, qint64 nowMs,
                                                               const std::function<bool(QSqlQuery &)> &change)
{
    QSqlQuery q(db());
    PortfolioWrite write { true, 0 };
    const bool written = inTransaction([&] {
        if (!change(q))
            return false;
        const auto revision = bumpPortfolioRevision(q, fundClassKey, nowMs);
        write.revision = revision.value_or(0);
        return revision.has_value();
    });
    if (!written)
        return StoreResult<PortfolioWrite>::failure(failure());
    announceChange();
    return StoreResult<PortfolioWrite>::success(write);
}

StoreResult<PortfolioWrite> SqlWorkspaceStore::replacePortfolioImport(const QString &fundClassKey,
                                                                      const QList<QByteArray> &chunks,
                                                                      const QByteArray &importJson, qint64 nowMs)
{
    return changePortfolio(fundClassKey, nowMs, [&](QSqlQuery &q) {
        if (!run(q, u"DELETE FROM portfolio_parts WHERE fund_class_key = ? AND kind = 'import'"_s, { text(fundClassKey) }))
            return false;
        for (qsizetype i = 0; i < chunks.size(); ++i)
            if (!run(q, insertPart,
                     { text(fundClassKey), u"import"_s, u""_s, int(i), QString::fromUtf8(chunks.at(i)), text(m_login), nowMs }))
                return false;
        return run(
            q, upsertSetting,
            { text(fundClassKey), settingId(PortfolioSetting::Import), QString::fromUtf8(importJson), text(m_login), nowMs });
    });
}

StoreResult<PortfolioWrite> SqlWorkspaceStore::setPortfolioSetting(const QString &fundClassKey, PortfolioSetting setting,
                                                                   const QByteArray &json, qint64 nowMs)
{
    return changePortfolio(fundClassKey, nowMs, [&](QSqlQuery &q) {
        return run(q, upsertSetting, { text(fundClassKey), settingId(setting), QString::fromUtf8(json), text(m_login), nowMs });
    });
}

StoreStatus SqlWorkspaceStore::importPortfolio(const QString &fundClassKey, const StoredPortfolio &legacy, const QString &source,
                                               qint64 nowMs, const PortfolioCheck &check)
{
    QSqlQuery q(db());
    bool already = false;
    QString checkError;
    const bool written = inTransaction([&] {
        // The marker first: a second desktop importing the same source at once waits here, then finds it.
        if (!run(q,
                 u"INSERT INTO legacy_imports (what, source, imported_by, items, skipped, imported_ms) VALUES ('portfolio', ?, "
                 "?, ?, 0, ?) ON CONFLICT DO NOTHING"_s,
                 { text(source), text(m_login), qint64(legacy.parts.size()), nowMs }))
            return false;
        if (q.numRowsAffected() != 1) {
            already = true;
            return false;
        }
        StoredPortfolio before;
        if (!readPortfolioInto(q, fundClassKey, before))
            return false;
        const bool storeHasImport = !before.import.isEmpty();
        for (const PortfolioPart &part : legacy.parts) {
            if (part.isImport && storeHasImport)
                continue;
            if (!run(q, insertPart,
                     { text(fundClassKey), part.isImport ? u"import"_s : u"batch"_s, text(part.source), part.chunk,
                       QString::fromUtf8(part.json), text(m_login), nowMs }))
                return false;
        }
        const std::pair<PortfolioSetting, QByteArray> settings[]
            = { { PortfolioSetting::NetAssets, legacy.netAssets },
                { PortfolioSetting::Limits, legacy.limits },
                { PortfolioSetting::Import, storeHasImport ? QByteArray() : legacy.import } };
        for (const auto &[setting, json] : settings)
            if (!json.isEmpty()
                && !run(q,
                        u"INSERT INTO portfolio_settings (fund_class_key, kind, body, updated_by, updated_ms) VALUES (?, ?, ?, "
                        "?, ?) ON CONFLICT DO NOTHING"_s,
                        { text(fundClassKey), settingId(setting), QString::fromUtf8(json), text(m_login), nowMs }))
                return false;
        if (!bumpPortfolioRevision(q, fundClassKey, nowMs))
            return false;
        StoredPortfolio after; // read back in this transaction: what a reader will get
        return readPortfolioInto(q, fundClassKey, after) && check(after, &checkError);
    });
    if (written) {
        announceChange();
        return StoreStatus::success(true);
    }
    if (already)
        return StoreStatus::success(false);
    return StoreStatus::failure(checkError.isEmpty() ? failure() : checkError);
}

StoreStatus SqlWorkspaceStore::wasImported(const QString &what, const QString &source)
{
    QSqlQuery q(db());
    if (!run(q, u"SELECT 1 FROM legacy_imports WHERE what = ? AND source = ? AND imported_by = ?"_s,
             { text(what), text(source), text(m_login) }))
        return StoreStatus::failure(failure());
    return StoreStatus::success(q.next());
}

} // namespace cessio
