#include "formatting.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QString withFullYear(QString format)
{
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace

QString shortDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString shortDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return locale.toString(dateTime, withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace cessio
