#include "portfoliotypes.h"

#include "core/documentnumber.h"
#include "exactratio.h"

namespace cessio {

bool PortfolioLimits::isEmpty() const
{
    return !maxDebtorBasisPoints && !maxAssignorBasisPoints && !maxTopDebtorsBasisPoints && !minCreditRightsBasisPoints
        && !maxRelatedPartiesBasisPoints && relatedParties.isEmpty();
}

namespace portfolio {

QString normalizedDocument(QStringView document)
{
    QString out;
    out.reserve(document.size());
    for (QChar c : document) {
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
        else if (c.isLetter() && c.unicode() < 128)
            out.append(c.toUpper());
    }
    return out;
}

QString partyRoot(QStringView document, QStringView name)
{
    const QString normalized = normalizedDocument(document);
    if (normalized.size() == 14)
        return normalized.left(8);
    if (normalized.size() == 11)
        return normalized;
    return u"name:" + name.trimmed().toString().toUpper();
}

std::optional<QString> relatedPartyRoot(QStringView text)
{
    const QString normalized = normalizedDocument(text);
    if (normalized.size() == 8 && !text.trimmed().isEmpty())
        return normalized;
    const DocumentNumber document = DocumentNumber::parse(text);
    if (!document.isValid())
        return std::nullopt;
    return partyRoot(document.normalized(), {});
}

std::optional<int> parsePercentBasisPoints(QStringView text)
{
    const std::optional<Money> asMoney = Money::fromDecimalString(text.trimmed().toString().replace(u',', u'.'));
    if (!asMoney || asMoney->isNegative() || asMoney->centavos() > 10000)
        return std::nullopt;
    return int(asMoney->centavos());
}

namespace {

void addInstallments(const Asset &asset, const PortfolioPosition &base, Money purchaseValue, QList<PortfolioPosition> *out)
{
    const QList<std::pair<QDate, Money>> maturities = asset.maturities();
    if (maturities.size() <= 1) {
        PortfolioPosition p = base;
        p.faceValue = asset.faceValue();
        p.presentValue = purchaseValue;
        p.dueDate = maturities.isEmpty() ? QDate() : maturities.constFirst().first;
        out->append(p);
        return;
    }
    // Purchase value over the installments by face value: floor(purchase × face_i / face), the
    // centavos left over on the last one.
    Money faceTotal;
    for (const auto &m : maturities)
        faceTotal += m.second;
    Money assigned;
    for (qsizetype i = 0; i < maturities.size(); ++i) {
        PortfolioPosition p = base;
        p.faceValue = maturities[i].second;
        p.dueDate = maturities[i].first;
        if (i + 1 == maturities.size()) {
            p.presentValue = purchaseValue - assigned;
        } else if (faceTotal.centavos() > 0 && purchaseValue.centavos() > 0 && p.faceValue.centavos() > 0) {
            p.presentValue = Money::fromCentavos(
                exact::divideFloor(exact::U128::product(quint64(purchaseValue.centavos()), quint64(p.faceValue.centavos())),
                                   exact::U128 { 0, quint64(faceTotal.centavos()) }));
        }
        assigned += p.presentValue;
        out->append(p);
    }
}

} // namespace

BatchPositions positionsFromBatch(const QList<AssetListItem> &assets, const Party &assignor, const QString &batchExternalId,
                                  const QDate &assignmentDate)
{
    BatchPositions result;
    result.positions.reserve(assets.size());
    const QString assignorDocument = normalizedDocument(assignor.documentNumber);
    result.assignorDocument = assignorDocument;
    result.assignorName = assignor.name;
    for (const AssetListItem &item : assets) {
        if (item.status == AssetStatus::Denied || item.status == AssetStatus::Discarded)
            continue;
        if (!item.detail) {
            ++result.assetsWithoutDetail;
            result.purchaseValueWithoutDetail += item.totalPurchaseValue;
            continue;
        }
        PortfolioPosition base;
        base.debtorDocument = normalizedDocument(item.detail->debtorDocument());
        base.debtorName = item.detail->debtorName();
        base.assignorDocument = assignorDocument;
        base.assignorName = assignor.name;
        base.type = item.type.isKnown() ? item.type : item.detail->type;
        base.acquiredDate = assignmentDate;
        base.heldOn = assignmentDate;
        base.source = PortfolioPosition::Source::Batch;
        base.sourceReference = batchExternalId;
        base.assetId = item.externalId;
        addInstallments(*item.detail, base, item.totalPurchaseValue, &result.positions);
    }
    return result;
}

} // namespace portfolio

} // namespace cessio
