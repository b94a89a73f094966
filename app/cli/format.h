#pragma once

#include "core/account.h"
#include "core/money.h"
#include "core/parties.h"
#include "qitech/apierror.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cessio::cli {

// How values look in tables, in the language chosen with --lang (QLocale's default).
namespace Format {

QString money(const Money &value); // "R$ 1.234,56" (pt_BR), "R$1,234.56" (en)
QString money(const std::optional<Money> &value); // "" when absent
QString date(const QDate &date); // the locale's short date, four-digit year: 01/04/2024 (pt_BR, en_GB), 4/1/2024 (en_US)
QString dateTime(const QDateTime &dateTime); // the same with the locale's short time
QString document(const QString &number); // CPF/CNPJ with its punctuation; as given when invalid
QString party(const Party &party); // "Name (12.345.678/0001-90)"
QString percent(double fraction, int decimals = 2); // 0.0215 → "2,15%" / "2.15%"
QString count(const std::optional<int> &value); // "" when absent
// "1,980 assets (1,950 approved, 30 denied)" / "1.980 ativos (1.950 aprovados, 30 negados)": each count
// with its own plural.
QString assetCounts(int assets, int approved, int denied);
QString account(const BankAccount &account); // bank, branch, account and its key

// Stable machine name of an error category ("network", "auth" ...), for JSON.
QString categoryName(ApiError::Category category);

} // namespace Format

} // namespace cessio::cli
