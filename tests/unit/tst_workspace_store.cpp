// The workspace store (services/workspace/): one suite, run on SQLite (tst_workspace_store) and on
// a throwaway PostgreSQL server (tst_workspace_store_postgres, through tests/support/with-postgres.sh).
#include "services/portfolio/batchhistory.h"
#include "services/workspace/schemamigrations.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/workspace/workspacerunner.h"
#include "support/workspacetestdb.h"

#include <QFile>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::workspace;

class TstWorkspaceStore : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<SqlWorkspaceStore> open(const WorkspaceTestDb &db, const QString &login)
    {
        auto opened = SqlWorkspaceStore::open(db.as(login), {});
        if (!opened.ok())
            qWarning("open as %s: %s", qUtf8Printable(login), qUtf8Printable(opened.error));
        return opened.ok() ? *opened.value : nullptr;
    }
    // A new database with the schema made by the admin, and Ana Souza and Bruno Lima as members.
    bool prepare(WorkspaceTestDb &db)
    {
        QString error;
        if (!db.create(&error)) {
            qWarning("%s", qUtf8Printable(error));
            return false;
        }
        auto admin = open(db, WorkspaceTestDb::admin());
        return admin && admin->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Approver }).ok()
            && admin->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Approver }).ok();
    }

private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qUtf8Printable(WorkspaceTestDb::backendName())); }

    void migrationsFromEmpty()
    {
        WorkspaceTestDb db;
        QString error;
        QVERIFY2(db.create(&error), qPrintable(error));
        auto store = open(db, WorkspaceTestDb::admin());
        QVERIFY(store);
        QCOMPARE(store->backendName(), WorkspaceTestDb::backendName());
        QCOMPARE(store->schemaVersion().value, std::optional<int>(schema::latestVersion()));
        QCOMPARE(store->login(), WorkspaceTestDb::admin());
        // Every table is there and empty.
        QCOMPARE(store->members().value->size(), 0);
        QCOMPARE(store->openIntents().value->size(), 0);
        QCOMPARE(store->activeClaims(0).value->size(), 0);
        QCOMPARE(store->recommendationsOf(u"b"_s).value->size(), 0);
        QCOMPARE(store->denyReasons().value->size(), 0);
        QCOMPARE(store->batchesWithTitle("x").value->size(), 0);
        QCOMPARE(store->fundDocument(u"f"_s, FundDocumentKind::Rules).value->version, 0);
        if (!WorkspaceTestDb::onPostgres()) // the SQLite file is the owner's alone
            QCOMPARE(QFile::permissions(db.as(u"a"_s).sqliteFile) & 0x0077, QFileDevice::Permissions());
    }

    void reopenIsIdempotent()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        for (int i = 0; i < 2; ++i) {
            auto store = open(db, WorkspaceTestDb::admin());
            QVERIFY(store);
            QCOMPARE(store->schemaVersion().value, std::optional<int>(schema::latestVersion()));
            const auto members = store->members();
            QVERIFY2(members.ok(), qPrintable(members.error));
            QCOMPARE(members.value->size(), 2);
            QCOMPARE(members.value->at(0), (Member { u"ana"_s, u"Ana Souza"_s, Role::Approver }));
        }
    }

    void refusesNewerSchema()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        QString error;
        const int future = schema::latestVersion() + 1;
        QVERIFY2(db.execAsAdmin(u"INSERT INTO schema_version (version, applied_ms) VALUES (%1, 0)"_s.arg(future), &error),
                 qPrintable(error));
        QVERIFY2(db.execAsAdmin(u"CREATE TABLE from_the_future (x INTEGER)"_s, &error), qPrintable(error));
        const auto opened = SqlWorkspaceStore::open(db.as(WorkspaceTestDb::admin()), {});
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error.contains(u"newer than this Cessio"_s), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(QString::number(future)), qPrintable(opened.error));
        // Nothing touched: the future table and the members are as they were.
        QVERIFY2(db.execAsAdmin(u"INSERT INTO from_the_future (x) VALUES (1)"_s, &error), qPrintable(error));
        QVERIFY2(
            db.execAsAdmin(u"UPDATE members SET role = 'admin' WHERE login = 'ana' AND display_name = 'Ana Souza'"_s, &error),
            qPrintable(error));
    }

    void intentsUniquePerBatchAndRound()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto ana = open(db, u"ana"_s);
        auto bruno = open(db, u"bruno"_s);
        QVERIFY(ana && bruno);
        const QString batch = u"fund/cfg/LOTE-1"_s;

        const auto first = ana->openIntent(batch, IntentAction::RemoveAssets, 1000);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.value->result, IntentAttempt::Result::Opened);
        QCOMPARE(first.value->intent.round, 1);
        QCOMPARE(first.value->intent.who, u"ana"_s);

        // Another desktop, while Ana's is open: refused, naming her and since when.
        const auto held = bruno->openIntent(batch, IntentAction::Approve, 2000);
        QVERIFY2(held.ok(), qPrintable(held.error));
        QCOMPARE(held.value->result, IntentAttempt::Result::HeldBy);
        QCOMPARE(held.value->intent.whoName, u"Ana Souza"_s);
        QCOMPARE(held.value->intent.sinceMs, 1000);
        QCOMPARE(held.value->intent.action, IntentAction::RemoveAssets);
        // Ana herself does not get a second one either.
        QCOMPARE(ana->openIntent(batch, IntentAction::Approve, 2000).value->result, IntentAttempt::Result::HeldBy);
        // Another batch is free.
        QCOMPARE(bruno->openIntent(u"fund/cfg/LOTE-2"_s, IntentAction::Deny, 2000).value->result, IntentAttempt::Result::Opened);

        QCOMPARE(ana->settleIntent(first.value->intent.id, u"applied"_s, 3000).value, std::optional<bool>(true));
        QCOMPARE(ana->settleIntent(first.value->intent.id, u"applied"_s, 3000).value, std::optional<bool>(false));
        // A removal applied does not end the batch: the next round is open to anyone.
        const auto second = bruno->openIntent(batch, IntentAction::Approve, 4000);
        QCOMPARE(second.value->result, IntentAttempt::Result::Opened);
        QCOMPARE(second.value->intent.round, 2);
        QVERIFY(bruno->settleIntent(second.value->intent.id, u"applied"_s, 5000).ok());
        // An approval applied ends it: refused, naming who approved.
        const auto decided = ana->openIntent(batch, IntentAction::Deny, 6000);
        QCOMPARE(decided.value->result, IntentAttempt::Result::AlreadyDecided);
        QCOMPARE(decided.value->intent.whoName, u"Bruno Lima"_s);
        QCOMPARE(decided.value->intent.action, IntentAction::Approve);

        const auto all = ana->intentsOf(batch);
        QCOMPARE(all.value->size(), 2);
        QVERIFY(!all.value->at(0).open);
        QCOMPARE(ana->openIntents().value->size(), 1); // LOTE-2's
    }

    // Two desktops, each with its connection on its own thread, racing for the same batches.
    void racingIntentsOpenExactlyOne()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        WorkspaceRunner ana;
        WorkspaceRunner bruno;
        QCOMPARE(ana.open(db.as(u"ana"_s), {}).result(), QString());
        QCOMPARE(bruno.open(db.as(u"bruno"_s), {}).result(), QString());
        constexpr int batches = 20;
        QList<QFuture<StoreResult<IntentAttempt>>> attempts;
        for (int i = 0; i < batches; ++i) {
            const QString batch = u"race/%1"_s.arg(i);
            for (WorkspaceRunner *runner : { &ana, &bruno })
                attempts.append(
                    runner->run([batch](WorkspaceStore &s) { return s.openIntent(batch, IntentAction::Approve, 1); }));
        }
        for (int i = 0; i < batches; ++i) {
            const auto a = attempts.at(2 * i).result();
            const auto b = attempts.at(2 * i + 1).result();
            QVERIFY2(a.ok() && b.ok(), qPrintable(a.error + b.error));
            QCOMPARE(
                int(a.value->result == IntentAttempt::Result::Opened) + int(b.value->result == IntentAttempt::Result::Opened), 1);
            QCOMPARE(a.value->intent.id, b.value->intent.id); // the loser names the winner's intent
        }
    }

    void claimsExpire()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto ana = open(db, u"ana"_s);
        auto bruno = open(db, u"bruno"_s);
        const QString batch = u"fund/cfg/LOTE-9"_s;
        QCOMPARE(ana->claim(batch, 10'000, 1'000).value->who, u"ana"_s);
        const auto held = bruno->claim(batch, 10'500, 1'000);
        QVERIFY2(held.ok(), qPrintable(held.error));
        QCOMPARE(held.value->whoName, u"Ana Souza"_s);
        QCOMPARE(held.value->expiresMs, 11'000);
        QCOMPARE(ana->claim(batch, 10'800, 1'000).value->expiresMs, 11'800); // renewed by its holder
        QCOMPARE(bruno->activeClaims(11'000).value->size(), 1);
        QCOMPARE(bruno->activeClaims(11'800).value->size(), 0);
        const auto taken = bruno->claim(batch, 12'000, 1'000); // Ana's expired
        QCOMPARE(taken.value->who, u"bruno"_s);
        QCOMPARE(taken.value->sinceMs, 12'000);
        QCOMPARE(ana->releaseClaim(batch).value, std::optional<bool>(false)); // not hers any more
        QCOMPARE(bruno->releaseClaim(batch).value, std::optional<bool>(true));
        QCOMPARE(ana->activeClaims(12'000).value->size(), 0);
    }

    void recommendationsRoundTrip()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto ana = open(db, u"ana"_s);
        Recommendation approve { 0, u"b/1"_s, 1, {}, RecommendedAction::Approve, u"acc-7"_s, {}, {}, u"Conta padrão"_s, 100 };
        Recommendation deny { 0, u"b/1"_s, 1, {}, RecommendedAction::Deny, {}, u"Sacado em recuperação judicial"_s, {}, {}, 200 };
        Recommendation remove {
            0, u"b/1"_s, 2, {}, RecommendedAction::RemoveAssets, {}, {}, { u"A-1"_s, u"A-2"_s }, u"x"_s, 300
        };
        for (Recommendation *r : { &approve, &deny, &remove }) {
            const auto id = ana->addRecommendation(*r);
            QVERIFY2(id.ok(), qPrintable(id.error));
            r->id = *id.value;
            r->who = u"ana"_s;
        }
        const auto back = open(db, u"bruno"_s)->recommendationsOf(u"b/1"_s);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.value->size(), 3);
        for (int i = 0; i < 3; ++i) {
            const Recommendation &want = *std::array { &approve, &deny, &remove }[i];
            const Recommendation &got = back.value->at(i);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.who, want.who);
            QCOMPARE(got.round, want.round);
            QCOMPARE(got.action, want.action);
            QCOMPARE(got.accountKey, want.accountKey);
            QCOMPARE(got.reason, want.reason);
            QCOMPARE(got.assetIds, want.assetIds);
            QCOMPARE(got.note, want.note);
            QCOMPARE(got.createdMs, want.createdMs);
        }
    }

    void reasonsTitlesAndFundDocuments()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        // Fund rules are an admin's (on PostgreSQL the server checks it: tst_workspace_roles).
        auto admin = open(db, WorkspaceTestDb::admin());
        QVERIFY(admin->putMember({ u"ana"_s, u"Ana Souza"_s, Role::Admin }).ok());
        QVERIFY(admin->putMember({ u"bruno"_s, u"Bruno Lima"_s, Role::Admin }).ok());
        auto ana = open(db, u"ana"_s);
        auto bruno = open(db, u"bruno"_s);
        QVERIFY(ana->addDenyReason(u"Lastro insuficiente"_s, 1).ok());
        QVERIFY(bruno->addDenyReason(u"Lastro insuficiente"_s, 2).ok()); // a repeat is fine
        QCOMPARE(ana->denyReasons().value.value_or(QStringList()), QStringList({ u"Lastro insuficiente"_s }));

        const QByteArray title = QByteArray(32, '\x07');
        const qint64 before = *ana->titleIndexRevision().value;
        QVERIFY(ana->recordTitles({ u"f/c/1"_s, u"no. 1"_s, QDate(2026, 3, 1) }, { title, QByteArray(32, 'a') }, 1).ok());
        QCOMPARE(*bruno->titleIndexRevision().value, before + 1); // every recording moves it, for everyone
        QVERIFY(bruno->recordTitles({ u"f/c/2"_s, u"no. 2"_s, QDate(2026, 3, 2) }, { title }, 2).ok());
        QCOMPARE(*ana->titleIndexRevision().value, before + 2);
        auto seen = ana->batchesWithTitle(title);
        QCOMPARE(seen.value->size(), 2);
        QCOMPARE(seen.value->at(1).label, u"no. 2"_s);
        QCOMPARE(seen.value->at(1).date, QDate(2026, 3, 2));
        QVERIFY(ana->recordTitles({ u"f/c/1"_s, u"no. 1"_s, QDate(2026, 3, 1) }, {}, 3).ok()); // replaced
        QCOMPARE(ana->batchesWithTitle(title).value->size(), 1);

        QCOMPARE(ana->saveFundDocument(u"F"_s, FundDocumentKind::Rules, R"({"max":1})", 0, 5).value, std::optional(true));
        // Bruno saved against version 0 too, after Ana: his is refused, not lost silently.
        QCOMPARE(bruno->saveFundDocument(u"F"_s, FundDocumentKind::Rules, R"({"max":2})", 0, 6).value, std::optional(false));
        QCOMPARE(bruno->saveFundDocument(u"F"_s, FundDocumentKind::Rules, R"({"max":2})", 1, 7).value, std::optional(true));
        const auto rules = ana->fundDocument(u"F"_s, FundDocumentKind::Rules);
        QCOMPARE(rules.value->version, 2);
        QCOMPARE(rules.value->json, QByteArray(R"({"max":2})"));
        QCOMPARE(rules.value->updatedBy, u"bruno"_s);
        QCOMPARE(ana->fundDocument(u"F"_s, FundDocumentKind::Policy).value->version, 0);
    }

    // A review's snapshot is kept per batch; the next review (by anyone) is told what changed since,
    // an unchanged batch moves the last snapshot instead of copying it, and only the last few are kept.
    void batchSnapshotsSayWhatChanged()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto ana = open(db, u"ana"_s);
        auto bruno = open(db, u"bruno"_s);
        QVERIFY(ana && bruno);
        const QString batch = u"https://qi|party|fund/cfg/LOTE-9"_s;
        const auto snapshotAt = [](qint64 ms, const QList<BatchSnapshot::Item> &items) {
            BatchSnapshot s;
            s.batchExternalId = u"LOTE-9"_s;
            s.takenAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            s.items = items;
            return s;
        };
        const QList<BatchSnapshot::Item> before = { { u"A1"_s, Money::fromCentavos(100'00), AssetStatus::PreApproved },
                                                    { u"A2"_s, Money::fromCentavos(200'00), AssetStatus::PreApproved },
                                                    { u"A3"_s, Money::fromCentavos(300'00), AssetStatus::PreApproved } };
        const QList<BatchSnapshot::Item> after = { { u"A2"_s, Money::fromCentavos(250'00), AssetStatus::PreApproved },
                                                   { u"A3"_s, Money::fromCentavos(300'00), AssetStatus::Denied },
                                                   { u"A4"_s, Money::fromCentavos(1'234'56), AssetStatus::PreApproved } };

        const auto none = batchhistory::compare(*bruno, batch, snapshotAt(500, before));
        QVERIFY(none.ok() && !none.value->has_value());
        const auto first = batchhistory::record(*ana, batch, snapshotAt(1'000, before), true);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(!first.value->has_value()); // nothing to compare with
        const qint64 firstId = (*ana->lastSnapshot(batch).value)->id;

        const auto second = batchhistory::record(*bruno, batch, snapshotAt(2'000, after), true);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.value->has_value());
        const BatchChange change = **second.value;
        QCOMPARE(change.by, u"Ana Souza"_s);
        QVERIFY(!change.byMe);
        QCOMPARE(change.since, QDateTime::fromMSecsSinceEpoch(1'000));
        QCOMPARE(change.diff.added.size(), 1);
        QCOMPARE(change.diff.added.at(0).assetId, u"A4"_s);
        QCOMPARE(change.diff.removed.size(), 1);
        QCOMPARE(change.diff.removed.at(0).assetId, u"A1"_s);
        QCOMPARE(change.diff.valueChanged.size(), 1);
        QCOMPARE(change.diff.statusChanged.size(), 1);
        QCOMPARE(change.diff.delta(), Money::fromCentavos(1'234'56 - 100'00 + 50'00));
        // Read only, as cessio-cli show does: the same change, now against Bruno's snapshot (none).
        const auto same = batchhistory::compare(*ana, batch, snapshotAt(2'500, after));
        QVERIFY(same.ok() && !same.value->has_value());
        const auto readBack = batchhistory::compare(*ana, batch, snapshotAt(2'500, before));
        QVERIFY(readBack.ok() && readBack.value->has_value());
        QCOMPARE((*readBack.value)->by, u"Bruno Lima"_s);

        // Unchanged: no new row; the last one moves to Ana and to now.
        const qint64 secondId = (*ana->lastSnapshot(batch).value)->id;
        QVERIFY(!batchhistory::record(*ana, batch, snapshotAt(3'000, after), true).value->has_value());
        const auto moved = *ana->lastSnapshot(batch).value;
        QCOMPARE(moved->id, secondId);
        QCOMPARE(moved->takenMs, 3'000);
        QCOMPARE(moved->who, u"ana"_s);

        // Only the last keepPerBatch stay: the first one is gone after that many more.
        for (int i = 0; i < batchhistory::keepPerBatch; ++i)
            QVERIFY(batchhistory::record(*ana, batch, snapshotAt(4'000 + i, i % 2 ? before : after), false).ok());
        QCOMPARE(ana->touchSnapshot(firstId, 9'000).value, std::optional<bool>(false));
        QCOMPARE(ana->touchSnapshot((*ana->lastSnapshot(batch).value)->id, 9'000).value, std::optional<bool>(true));

        // A stored snapshot that is not one is refused by the read-only comparison, not trusted.
        QVERIFY(ana->addSnapshot(batch, "{\"v\":1,\"assets\":[[1,2]]}", 10'000, batchhistory::keepPerBatch).ok());
        QVERIFY(!batchhistory::compare(*ana, batch, snapshotAt(11'000, after)).ok());
        QVERIFY(batchhistory::record(*ana, batch, snapshotAt(11'000, after), true).ok()); // a fresh one replaces it
        QVERIFY(batchhistory::compare(*ana, batch, snapshotAt(12'000, after)).ok());
    }

    // A PostgreSQL restart ends every session; the store's connection is opened again for the next
    // work (it did not reconnect at all: decisions failed until Cessio restarted), exactly once, and
    // the store listens again, counting the gap as a change.
    void droppedConnection_openedAgainBeforeTheNextWork()
    {
        if (!WorkspaceTestDb::onPostgres())
            QSKIP("a SQLite file has no server connection to lose");
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto ana = open(db, u"ana"_s);
        auto bruno = open(db, u"bruno"_s);
        QVERIFY(ana && bruno);
        QVERIFY(ana->members().ok() && bruno->members().ok());
        const auto listening = ana->changeMark();
        QVERIFY2(listening.ok(), qPrintable(listening.error));
        const QString dropEverySession = u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s;
        QString error;
        QVERIFY2(db.execAsAdmin(dropEverySession, &error), qPrintable(error));

        // The statement fails at the server-side prepare, before it ran: prepared again on a new connection.
        const auto attempt = ana->openIntent(u"b/9"_s, IntentAction::Approve, 1000);
        QVERIFY2(attempt.ok(), qPrintable(attempt.error));
        QCOMPARE(attempt.value->result, IntentAttempt::Result::Opened);
        const auto intents = bruno->intentsOf(u"b/9"_s);
        QVERIFY2(intents.ok(), qPrintable(intents.error));
        QCOMPARE(intents.value->size(), 1);

        // After a pause the connection is checked before use: the first work after a restart works.
        QVERIFY2(db.execAsAdmin(dropEverySession, &error), qPrintable(error));
        QTest::qWait(int(SqlConnectionKeeper::idleCheckMs) + 200);
        const auto settled = ana->settleIntent(attempt.value->intent.id, u"approved"_s, 2000);
        QVERIFY2(settled.ok(), qPrintable(settled.error));

        // Listening again: the gap counts as a change, and Bruno's recommendation is announced to Ana.
        const auto after = ana->changeMark();
        QVERIFY2(after.ok(), qPrintable(after.error));
        QVERIFY(*after.value > *listening.value);
        QTest::qWait(int(SqlConnectionKeeper::idleCheckMs) + 200);
        Recommendation deny {
            0, u"b/10"_s, 1, {}, RecommendedAction::Deny, {}, u"Sacado em recuperação judicial"_s, {}, {}, 300
        };
        QVERIFY(bruno->addRecommendation(deny).ok());
        QTRY_VERIFY_WITH_TIMEOUT(*ana->changeMark().value > *after.value, 5000);
    }

    void hostileTextStoredAsIs()
    {
        WorkspaceTestDb db;
        QVERIFY(prepare(db));
        auto ana = open(db, u"ana"_s);
        const QStringList hostile = { u"'; DROP TABLE members; --"_s,
                                      u"<b>Ana</b> & \"Souza\" \\ %s %1"_s,
                                      u"line 1\nline 2\r\n\ttab"_s,
                                      u"\u202Eevil\u202C 🙂 ção"_s,
                                      u"?"_s,
                                      u":name $1"_s };
        auto admin = open(db, WorkspaceTestDb::admin());
        for (const QString &text : hostile) {
            QVERIFY(admin->putMember({ text, text, Role::Analyst }).ok());
            QVERIFY(ana->addDenyReason(text, 1).ok());
            QVERIFY(ana->openIntent(text, IntentAction::Deny, 1).ok());
            Recommendation r { 0, text, 1, {}, RecommendedAction::RemoveAssets, text, text, { text, text }, text, 1 };
            QVERIFY(ana->addRecommendation(r).ok());
        }
        const auto members = ana->members();
        QCOMPARE(members.value->size(), hostile.size() + 2);
        for (const QString &text : hostile) {
            QVERIFY(std::any_of(members.value->cbegin(), members.value->cend(),
                                [&](const Member &m) { return m.login == text && m.displayName == text; }));
            QVERIFY(ana->denyReasons().value->contains(text));
            QCOMPARE(ana->intentsOf(text).value->value(0).batchKey, text);
            const Recommendation back = ana->recommendationsOf(text).value->value(0);
            QCOMPARE(back.note, text);
            QCOMPARE(back.reason, text);
            QCOMPARE(back.accountKey, text);
            QCOMPARE(back.assetIds, QStringList({ text, text }));
        }
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceStore)
#include "tst_workspace_store.moc"
