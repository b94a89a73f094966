#include "core/localization.h"
#include "core/statuses.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using cessio::AssetStatus;
using cessio::AssetType;
using cessio::BatchStatus;

class TestStatuses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batch_everyDocumentedStatusIsKnown()
    {
        const QStringList documented = { u"pending_assets_insertion"_s,
                                         u"completed_assets_insertion"_s,
                                         u"pending_eligibility"_s,
                                         u"pending_consultant_approval"_s,
                                         u"pending_manager_approval"_s,
                                         u"approved"_s,
                                         u"pending_assignment_term_signature"_s,
                                         u"pending_payment"_s,
                                         u"pending_assets_wallet_inclusion"_s,
                                         u"completed"_s,
                                         u"denied"_s,
                                         u"discarded"_s };
        QSet<int> seen;
        for (const QString &name : documented) {
            const auto status = BatchStatus::fromApi(name);
            QVERIFY2(status.isKnown(), qPrintable(name));
            QCOMPARE(status.apiName(), name);
            seen.insert(status.value());
        }
        QCOMPARE(seen.size(), documented.size());
        QCOMPARE(BatchStatus::all().size(), documented.size());
    }

    void batch_reprovedIsDenied()
    {
        QCOMPARE(BatchStatus::fromApi(u"reproved").value(), BatchStatus::Denied);
        QCOMPARE(BatchStatus::fromApi(u"reproved").apiName(), u"denied"_s);
    }

    void batch_unknownIsKeptVerbatim()
    {
        const auto status = BatchStatus::fromApi(u"pending_custody_review");
        QVERIFY(!status.isKnown());
        QCOMPARE(status.value(), BatchStatus::Unknown);
        QCOMPARE(status.apiName(), u"pending_custody_review"_s);
        QCOMPARE(status.displayName(), u"pending_custody_review"_s);
        QVERIFY(status != BatchStatus::fromApi(u"something_else"));
        QVERIFY(status == BatchStatus::fromApi(u"pending_custody_review"));
        QVERIFY(!BatchStatus::fromApi(QString()).isKnown());
    }

    void batch_stages()
    {
        QCOMPARE(BatchStatus(BatchStatus::PendingManagerApproval).stage(), BatchStatus::Stage::AwaitingManager);
        QCOMPARE(BatchStatus(BatchStatus::PendingPayment).stage(), BatchStatus::Stage::InProgress);
        QCOMPARE(BatchStatus(BatchStatus::Completed).stage(), BatchStatus::Stage::Completed);
        QCOMPARE(BatchStatus(BatchStatus::Discarded).stage(), BatchStatus::Stage::Closed);
        QVERIFY(BatchStatus(BatchStatus::Denied).isTerminal());
        QVERIFY(!BatchStatus(BatchStatus::PendingManagerApproval).isTerminal());
    }

    void asset_statusesAndVariants()
    {
        for (const auto &name : { u"pending_eligibility"_s, u"pending_documentation"_s, u"pre_approved"_s, u"denied"_s,
                                  u"discarded"_s, u"completed"_s })
            QVERIFY2(AssetStatus::fromApi(name).isKnown(), qPrintable(name));
        QCOMPARE(AssetStatus::all().size(), 6);
        QVERIFY(!AssetStatus(AssetStatus::Denied).countsTowardTotal());
        QVERIFY(!AssetStatus(AssetStatus::Discarded).countsTowardTotal());
        QVERIFY(AssetStatus(AssetStatus::PreApproved).countsTowardTotal());
        const auto unknown = AssetStatus::fromApi(u"in_custody");
        QVERIFY(!unknown.isKnown());
        QCOMPARE(unknown.displayName(), u"in_custody"_s);
    }

    void assetType_variants()
    {
        QCOMPARE(AssetType::fromApi(u"duplicata_servico").value(), AssetType::DuplicataServicos);
        QCOMPARE(AssetType::fromApi(u"duplicata_servicos").value(), AssetType::DuplicataServicos);
        QCOMPARE(AssetType::fromApi(u"duplicata_servico").apiName(), u"duplicata_servicos"_s);
        QCOMPARE(AssetType::fromApi(u"ccb").value(), AssetType::Ccb);
        QCOMPARE(AssetType::fromApi(u"warrant").apiName(), u"warrant"_s);
    }

    void displayNames_inBothLanguages()
    {
        // English source names.
        QCOMPARE(BatchStatus(BatchStatus::PendingManagerApproval).displayName(), u"Awaiting manager decision"_s);
        QVERIFY(cessio::Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        QCOMPARE(BatchStatus(BatchStatus::PendingManagerApproval).displayName(), u"Aguardando decisão da gestora"_s);
        QCOMPARE(AssetStatus(AssetStatus::PreApproved).displayName(), u"Pré-aprovado"_s);
        // Every known value has a translation distinct from nothing.
        for (auto v : BatchStatus::all())
            QVERIFY(!BatchStatus(v).displayName().isEmpty());
        for (auto v : AssetType::all())
            QVERIFY(!AssetType(v).displayName().isEmpty());
        // Unknown stays verbatim in any language.
        QCOMPARE(BatchStatus::fromApi(u"new_thing").displayName(), u"new_thing"_s);
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (auto *t : translators)
            QCoreApplication::removeTranslator(t);
    }
};

QTEST_GUILESS_MAIN(TestStatuses)
#include "tst_statuses.moc"
