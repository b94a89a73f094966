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

// The same rows as JSON text, written and read without a QJsonDocument (the store keeps hundreds of
// thousands of positions: building one costs more than everything else). `what` names the part in a Flaw.
QByteArray positionsText(const QList<PortfolioPosition> &positions);
void readPositionsText(const QByteArray &text, const QString &what, QList<PortfolioPosition> &into);

QString readText(const QJsonValue &v, const char *field);
qint64 readInteger(const QJsonValue &v, const char *field, qint64 min, qint64 max);
QByteArray compact(const QJsonObject &json);
QByteArray compact(const QJsonArray &json);
// A JSON object as text; throws Flaw naming `what` when it is not one.
QJsonObject parseObject(const QByteArray &text, const QString &what);

} // namespace cessio::portfoliojson
