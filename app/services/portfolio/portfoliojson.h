#pragma once

#include "portfoliobook.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cessio::portfoliojson {

// The JSON of a fund's portfolio, one format for its two homes: the legacy owner-only file
// (PortfolioFileStorage) and the workspace store's parts and settings (PortfolioWorkspaceStorage).
// What is read is hostile: every field is type- and range-checked, and the readers throw Flaw at the
// first problem, naming it (translated), so that nothing is dropped silently.
struct Flaw
{
    QString what;
};

QJsonObject netAssets(const NetAssets &netAssets);
NetAssets readNetAssets(const QJsonObject &json);

QJsonObject limits(const PortfolioLimits &limits);
PortfolioLimits readLimits(const QJsonObject &json);

// The last import: file name, position date, count and the column mapping (when there is one).
QJsonObject import(const FundPortfolio &portfolio);
void readImport(const QJsonObject &json, FundPortfolio &into);

// Positions as rows of fields (compact: hundreds of thousands of them).
QJsonArray positions(const QList<PortfolioPosition> &positions);
void readPositions(const QJsonArray &rows, QList<PortfolioPosition> &into);

QString readText(const QJsonValue &v, const char *field);
qint64 readInteger(const QJsonValue &v, const char *field, qint64 min, qint64 max);
QByteArray compact(const QJsonObject &json);
QByteArray compact(const QJsonArray &json);
// A JSON object or array as text; throws Flaw naming `what` when it is neither.
QJsonObject parseObject(const QByteArray &text, const QString &what);
QJsonArray parseArray(const QByteArray &text, const QString &what);

} // namespace cessio::portfoliojson
