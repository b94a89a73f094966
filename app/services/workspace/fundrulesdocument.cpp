#include "fundrulesdocument.h"

#include <QDateTime>

namespace cessio {

using namespace workspace;

namespace {

bool isAdmin(WorkspaceStore &store)
{
    const auto members = store.members();
    if (!members.ok())
        return false;
    for (const Member &m : *members.value)
        if (m.login == store.login() && m.role == Role::Admin)
            return true;
    return false;
}

} // namespace

bool FundRulesImports::firstTry(const QString &what)
{
    const QMutexLocker lock(&m_mutex);
    if (m_tried.contains(what))
        return false;
    m_tried.insert(what);
    return true;
}

void FundRulesImports::failed(const QString &what, const QString &why)
{
    const QMutexLocker lock(&m_mutex);
    m_failures.insert(what, why);
}

QString FundRulesImports::failure(const QString &what) const
{
    const QMutexLocker lock(&m_mutex);
    return m_failures.value(what);
}

StoreResult<FundRulesDocument> FundRulesDocument::read(WorkspaceStore &store, const QString &fundClassKey,
                                                       const QString &legacyJsonText, FundRulesImports *imports)
{
    using Result = StoreResult<FundRulesDocument>;
    auto stored = store.fundDocument(fundClassKey, FundDocumentKind::Rules);
    if (!stored.ok())
        return Result::failure(stored.error);
    FundRulesDocument document;
    document.mayEdit = store.backendName() == u"sqlite" || isAdmin(store);
    QString why;
    if (stored.value->version == 0 && !legacyJsonText.trimmed().isEmpty()) {
        const auto legacy = FundRules::fromJsonText(legacyJsonText, &why);
        if (!legacy) { // nothing to import; said once here, as FundRules::load said it
            document.problem = FundRules::tr("The rules saved for this fund could not be read (%1). Open Fund rules… to "
                                             "set them again.")
                                   .arg(why);
            return Result::success(document);
        }
        // Imported once: version 1 only when nobody stored rules for the fund meanwhile. Tried once per
        // session: after a failed try this desktop's rules check its batches, and the notice stays.
        // (A session's workspace may change from the local file to the profile's server: tried per store.)
        const QString tried = store.backendName() + u'|' + store.login() + u'|' + fundClassKey;
        const bool tryNow = !imports || imports->firstTry(tried);
        const StoreStatus imported = tryNow
            ? store.saveFundDocument(fundClassKey, FundDocumentKind::Rules, legacy->toJsonText().toUtf8(), 0,
                                     QDateTime::currentMSecsSinceEpoch())
            : StoreStatus::failure(imports->failure(tried));
        if (!imported.ok()) { // e.g. not an admin on PostgreSQL: this desktop's rules still check its batches
            if (tryNow && imports)
                imports->failed(tried, imported.error);
            document.rules = *legacy;
            document.problem = tr("This fund's rules are still only in this computer's settings: they could not be "
                                  "moved into the workspace (%1).")
                                   .arg(imported.error);
            return Result::success(document);
        }
        stored = store.fundDocument(fundClassKey, FundDocumentKind::Rules); // read back: what everyone gets now
        if (!stored.ok())
            return Result::failure(stored.error);
        if (*imported.value && FundRules::fromJsonText(QString::fromUtf8(stored.value->json)) != legacy)
            document.problem = tr("This fund's rules did not read back from the workspace as this computer's settings "
                                  "have them. Open Fund rules… to check them.");
    }
    document.version = stored.value->version;
    const auto rules = FundRules::fromJsonText(QString::fromUtf8(stored.value->json), &why);
    if (!rules)
        document.problem = tr("The workspace's rules for this fund could not be read (%1). Open Fund rules… to set "
                              "them again.")
                               .arg(why);
    else
        document.rules = *rules;
    if (fundClassKey == FundRules::everyFundKey())
        return Result::success(document);
    const auto everyFund = store.fundDocument(FundRules::everyFundKey(), FundDocumentKind::Rules);
    if (!everyFund.ok())
        return Result::failure(everyFund.error);
    if (const auto list = FundRules::fromJsonText(QString::fromUtf8(everyFund.value->json), &why))
        document.everyFundWatchList = list->watchList;
    else
        document.problem
            = tr("The workspace's watch-list could not be read (%1). Open Tools → Watch-list… to set it again.").arg(why);
    return Result::success(document);
}

StoreStatus FundRulesDocument::save(WorkspaceStore &store, const QString &fundClassKey, const FundRules &rules, int version,
                                    qint64 nowMs)
{
    return store.saveFundDocument(fundClassKey, FundDocumentKind::Rules, rules.toJsonText().toUtf8(), version, nowMs);
}

QString FundRulesDocument::savedMeanwhile()
{
    return tr("Someone else saved this fund's rules while you were editing them, so yours were not saved (nothing was "
              "overwritten). The rules as they are now are shown again: make your change again if it is still needed.");
}

} // namespace cessio
