#include "cli/format.h"

#include "core/documentnumber.h"
#include "core/localization.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli::Format {

QString money(const Money &value)
{
    return value.format(QLocale());
}

QString money(const std::optional<Money> &value)
{
    return value ? money(*value) : QString();
}

QString date(const QDate &date)
{
    return shortDate(date);
}

QString dateTime(const QDateTime &dateTime)
{
    return shortDateTime(dateTime);
}

QString document(const QString &number)
{
    if (number.isEmpty())
        return {};
    const DocumentNumber parsed = DocumentNumber::parse(number);
    return parsed.isValid() ? parsed.formatted() : number;
}

QString party(const Party &party)
{
    const QString doc = document(party.documentNumber);
    const QString name = party.name.isEmpty() ? party.key : party.name;
    return doc.isEmpty() ? name : name + u" ("_s + doc + u')';
}

QString percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + u'%';
}

QString count(const std::optional<int> &value)
{
    return value ? QLocale().toString(*value) : QString();
}

QString assetCounts(int assets, int approved, int denied)
{
    return QCoreApplication::translate("cli", "%Ln asset(s)", nullptr, assets) + u" ("_s
        + QCoreApplication::translate("cli", "%Ln approved", nullptr, approved) + u", "_s
        + QCoreApplication::translate("cli", "%Ln denied", nullptr, denied) + u')';
}

QString account(const BankAccount &account)
{
    const QString text = account.displayText();
    return account.accountKey.isEmpty() ? text : text + u" ["_s + account.accountKey + u']';
}

QString categoryName(ApiError::Category category)
{
    switch (category) {
    case ApiError::Category::None:
        return u"none"_s;
    case ApiError::Category::Network:
        return u"network"_s;
    case ApiError::Category::Timeout:
        return u"timeout"_s;
    case ApiError::Category::Tls:
        return u"tls"_s;
    case ApiError::Category::Auth:
        return u"auth"_s;
    case ApiError::Category::Permission:
        return u"permission"_s;
    case ApiError::Category::NotFound:
        return u"not_found"_s;
    case ApiError::Category::Validation:
        return u"validation"_s;
    case ApiError::Category::Conflict:
        return u"conflict"_s;
    case ApiError::Category::RateLimited:
        return u"rate_limited"_s;
    case ApiError::Category::Server:
        return u"server"_s;
    case ApiError::Category::Parse:
        return u"parse"_s;
    case ApiError::Category::Cancelled:
        return u"cancelled"_s;
    case ApiError::Category::Config:
        return u"config"_s;
    }
    return u"unknown"_s;
}

} // namespace cessio::cli::Format
