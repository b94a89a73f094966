// Payee safety and the batch diff (services/portfolio): the approve dialog's account findings and
// what changed in a batch since its last review.
#include "services/portfolio/batchdiff.h"
#include "services/portfolio/payeehistory.h"
#include "services/portfolio/payeesafety.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

BankAccount account(const QString &bank, const QString &branch, const QString &number, const QString &digit,
                    const QString &holder)
{
    BankAccount a;
    a.institutionCode = bank;
    a.branch = branch;
    a.number = number;
    a.digit = digit;
    a.ownerDocumentNumber = holder;
    return a;
}

const QString assignor = u"44.555.666/0001-99"_s;

AssetListItem item(const QString &id, qint64 centavos, AssetStatus status = AssetStatus::PreApproved)
{
    AssetListItem i;
    i.externalId = id;
    i.totalPurchaseValue = Money::fromCentavos(centavos);
    i.status = status;
    return i;
}

} // namespace

class TestPayeeDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountIdentity_ignoresZerosAndPunctuation()
    {
        QCOMPARE(PayeeSafety::accountIdentity(account(u"341"_s, u"0001"_s, u"12345"_s, u"6"_s, {})), u"341/1/123456"_s);
        QCOMPARE(PayeeSafety::accountIdentity(account(u"341"_s, u"1"_s, u"0012.345"_s, u"6"_s, {})), u"341/1/123456"_s);
        QVERIFY(PayeeSafety::accountIdentity(account(u"341"_s, u"1"_s, u"12345"_s, u"7"_s, {}))
                != PayeeSafety::accountIdentity(account(u"341"_s, u"1"_s, u"12345"_s, u"6"_s, {})));
    }

    void sameAccountAsLastTime_noConfirmation()
    {
        const BankAccount a = account(u"341"_s, u"0001"_s, u"12345"_s, u"6"_s, u"44555666000280"_s); // a branch of the assignor
        const QString id = PayeeSafety::accountIdentity(a);
        const PayeeSafety::Check c = PayeeSafety::check(a, assignor, { { id, QDate(2026, 10, 1) }, { id, QDate(2026, 11, 1) } });
        QVERIFY(c.usedBefore);
        QCOMPARE(c.previousUses, 2);
        QVERIFY(!c.differsFromLast);
        QCOMPARE(c.lastApproval, QDate(2026, 11, 1));
        QCOMPARE(c.holder, PayeeSafety::Holder::Matches);
        QVERIFY(!c.confirmationNeeded);
        QVERIFY(c.reasons.isEmpty());
        QVERIFY(c.confirms(u""));
    }

    void firstUse_needsTheLastFourDigits()
    {
        const BankAccount a = account(u"237"_s, u"1234"_s, u"98765"_s, u"0"_s, u"44555666000199"_s);
        const PayeeSafety::Check c = PayeeSafety::check(a, assignor, {});
        QVERIFY(!c.usedBefore);
        QVERIFY(!c.hasPrevious);
        QVERIFY(!c.differsFromLast);
        QVERIFY(c.confirmationNeeded);
        QCOMPARE(c.expectedConfirmation, u"7650"_s); // 98765-0 → …7650
        QCOMPARE(c.reasons.size(), 1);
        QVERIFY(!c.confirms(u""));
        QVERIFY(!c.confirms(u"7651"));
        QVERIFY(c.confirms(u" 76-50 "));
    }

    void changedSinceLastApproval_andHolderMismatch()
    {
        const BankAccount old = account(u"341"_s, u"1"_s, u"11111"_s, u"1"_s, assignor);
        const BankAccount now = account(u"341"_s, u"1"_s, u"22222"_s, u"2"_s, u"123.456.789-09"_s); // a person's CPF
        const PayeeSafety::Check c = PayeeSafety::check(now, assignor,
                                                        { { PayeeSafety::accountIdentity(now), QDate(2026, 9, 1) },
                                                          { PayeeSafety::accountIdentity(old), QDate(2026, 11, 1) } });
        QVERIFY(c.usedBefore); // used in September…
        QVERIFY(c.differsFromLast); // …but November's approval paid into another account
        QCOMPARE(c.holder, PayeeSafety::Holder::Differs);
        QVERIFY(c.confirmationNeeded);
        QCOMPARE(c.reasons.size(), 2);
        QCOMPARE(c.expectedConfirmation, u"2222"_s);
    }

    void noHolderDocument_isUnknownNotAMismatch()
    {
        const BankAccount a = account(u"1"_s, u"1"_s, u"12"_s, {}, {});
        const PayeeSafety::Check c = PayeeSafety::check(a, assignor, { { PayeeSafety::accountIdentity(a), QDate(2026, 11, 1) } });
        QCOMPARE(c.holder, PayeeSafety::Holder::Unknown);
        QVERIFY(!c.confirmationNeeded);
        QCOMPARE(c.expectedConfirmation, u"12"_s); // fewer than four digits: all of them
    }

    void snapshot_jsonRoundTrip()
    {
        const QDateTime at(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        const BatchSnapshot s = BatchSnapshot::fromAssets(
            u"EXT-1"_s, { item(u"A1"_s, 1500000), item(u"A2"_s, 250, AssetStatus::Denied), item(u"A1"_s, 1) }, at);
        QCOMPARE(s.items.size(), 2);
        QCOMPARE(s.duplicateIds, 1);
        const QByteArray json = s.toJson();
        QCOMPARE(
            json,
            R"({"assets":[["A1",1500000,"pre_approved"],["A2",250,"denied"]],"at":"2026-12-01T10:00:00Z","batch":"EXT-1","duplicate_ids":1,"v":1})");
        QString error;
        const std::optional<BatchSnapshot> back = BatchSnapshot::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, s);
    }

    void snapshot_refusesBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("version") << QByteArray(R"({"v":2,"assets":[]})");
        QTest::newRow("not a triple") << QByteArray(R"({"v":1,"assets":[["A1",1]]})");
        QTest::newRow("fraction of a centavo") << QByteArray(R"({"v":1,"assets":[["A1",1.5,"denied"]]})");
        QTest::newRow("huge") << QByteArray(R"({"v":1,"assets":[["A1",1e300,"denied"]]})");
        QTest::newRow("duplicate") << QByteArray(R"({"v":1,"assets":[["A1",1,"denied"],["A1",2,"denied"]]})");
    }
    void snapshot_refusesBadJson()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!BatchSnapshot::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void diff_addedRemovedChanged()
    {
        // Before: A1 100,00, A2 200,00, A3 300,00 (total 600,00).
        // After:  A1 100,00 (now denied), A3 350,00, A4 50,00 (total 500,00).
        const BatchSnapshot before
            = BatchSnapshot::fromAssets(u"E"_s, { item(u"A1"_s, 10000), item(u"A2"_s, 20000), item(u"A3"_s, 30000) }, {});
        const BatchSnapshot after = BatchSnapshot::fromAssets(
            u"E"_s, { item(u"A1"_s, 10000, AssetStatus::Denied), item(u"A3"_s, 35000), item(u"A4"_s, 5000) }, {});
        const BatchDiff d = BatchDiff::between(before, after);
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added[0].assetId, u"A4"_s);
        QCOMPARE(d.addedValue.centavos(), 5000);
        QCOMPARE(d.removed.size(), 1);
        QCOMPARE(d.removed[0].assetId, u"A2"_s);
        QCOMPARE(d.removedValue.centavos(), 20000);
        QCOMPARE(d.valueChanged.size(), 1);
        QCOMPARE(d.valueChanged[0].assetId, u"A3"_s);
        QCOMPARE(d.valueChanged[0].before.centavos(), 30000);
        QCOMPARE(d.valueChanged[0].after.centavos(), 35000);
        QCOMPARE(d.statusChanged.size(), 1);
        QCOMPARE(d.statusChanged[0].after, AssetStatus(AssetStatus::Denied));
        QCOMPARE(d.countBefore, 3);
        QCOMPARE(d.countAfter, 3);
        QCOMPARE(d.totalBefore.centavos(), 60000);
        QCOMPARE(d.totalAfter.centavos(), 50000);
        QCOMPARE(d.delta().centavos(), -10000);
        QVERIFY(BatchDiff::between(after, after).isEmpty());
    }

    // The earlier approvals in the record: only applied ones, of this server and assignor (by its CNPJ
    // root, or, for entries written before the record named it, by the configuration), latest first;
    // an older entry's account key is named through the accounts listed now.
    void history_fromTheRecord()
    {
        BankAccount listed = account(u"341"_s, u"0001"_s, u"12345"_s, u"6"_s, {});
        listed.accountKey = u"key-listed"_s;
        int sequence = 0;
        QList<AuditEntry> entries;
        const auto approval = [&](const QString &env, const QString &config, const QString &assignorDoc, const QString &key,
                                  const QString &identity, AuditEntry::Outcome outcome, int day) {
            AuditEntry pending;
            pending.sequence = ++sequence;
            pending.time = QDateTime(QDate(2026, 11, day), QTime(12, 0), QTimeZone::utc());
            pending.environmentUrl = env;
            pending.configurationKey = config;
            pending.action = AuditEntry::Action::Approve;
            pending.outcome = AuditEntry::Outcome::Pending;
            pending.shown.assignorDocument = assignorDoc;
            pending.shown.accountKey = key;
            pending.shown.accountIdentity = identity;
            AuditEntry answer = pending;
            answer.sequence = ++sequence;
            answer.relatesTo = pending.sequence;
            answer.outcome = outcome;
            entries << pending << answer;
        };
        const QString env = u"https://api.example"_s;
        approval(env, u"cfg-a"_s, {}, u"key-listed"_s, {}, AuditEntry::Outcome::Succeeded, 1); // older entry
        approval(env, u"cfg-b"_s, u"44555666000281"_s, u"key-gone"_s, u"237/2/99"_s, AuditEntry::Outcome::ResolvedApplied, 2);
        approval(env, u"cfg-a"_s, u"44555666000199"_s, u"key-x"_s, u"1/1/1"_s, AuditEntry::Outcome::Failed, 3); // refused
        approval(u"https://other"_s, u"cfg-a"_s, u"44555666000199"_s, u"key-x"_s, u"1/1/2"_s, AuditEntry::Outcome::Succeeded, 4);
        approval(env, u"cfg-a"_s, u"11222333000181"_s, u"key-x"_s, u"1/1/3"_s, AuditEntry::Outcome::Succeeded,
                 5); // other assignor
        approval(env, u"cfg-a"_s, u"44555666000199"_s, {}, {}, AuditEntry::Outcome::Succeeded, 6); // contract default
        approval(env, u"cfg-c"_s, {}, u"key-old"_s, {}, AuditEntry::Outcome::Succeeded, 7); // older, other configuration

        const QList<PayeeSafety::PreviousApproval> found
            = PayeeHistory::from(entries, { env, assignor, u"cfg-a"_s, QList<BankAccount> { listed } });
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).accountIdentity, u"237/2/99"_s); // the branch's CNPJ, same root; latest first
        QCOMPARE(found.at(0).date, QDate(2026, 11, 2));
        QCOMPARE(found.at(1).accountIdentity, PayeeSafety::accountIdentity(listed));
        const PayeeSafety::Check check = PayeeSafety::check(listed, assignor, found);
        QVERIFY(check.usedBefore);
        QVERIFY(check.differsFromLast);
    }

    // The payee keys are optional in a record line: written only when set, and a line without them
    // (every line written before) still reads.
    void history_recordKeysOptional()
    {
        AuditEntry e;
        e.action = AuditEntry::Action::Approve;
        e.outcome = AuditEntry::Outcome::Pending;
        const QByteArray bare = e.toCanonicalJson();
        QVERIFY(!bare.contains("\"assignor\""));
        QVERIFY(!bare.contains("\"payee\""));
        QVERIFY(AuditEntry::fromJsonLine(bare).has_value());
        e.shown.assignorDocument = u"44555666000199"_s;
        e.shown.accountIdentity = u"341/1/123456"_s;
        e.shown.payeeFindings = { u"first_use"_s, u"holder_differs"_s };
        QString error;
        const auto read = AuditEntry::fromJsonLine(e.toCanonicalJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->shown.assignorDocument, e.shown.assignorDocument);
        QCOMPARE(read->shown.accountIdentity, e.shown.accountIdentity);
        QCOMPARE(read->shown.payeeFindings, e.shown.payeeFindings);
        QByteArray bad = e.toCanonicalJson();
        bad.replace("\"first_use\"", "7");
        QVERIFY(!AuditEntry::fromJsonLine(bad));
    }
};

QTEST_GUILESS_MAIN(TestPayeeDiff)
#include "tst_payeediff.moc"
