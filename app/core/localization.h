#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cessio {

// Picks the user interface language and installs its translations.
// English is the source language; Brazilian Portuguese is complete.
class Localization
{
public:
    // The languages a user may ask for with --lang.
    static QStringList supportedLanguages() { return { QStringLiteral("pt_BR"), QStringLiteral("en") }; }

    // `requested` is "pt_BR", "en" or empty (follow the system). Installs Cessio's and Qt's own
    // translations on `app` and makes the chosen locale the default for number and date formats.
    // Returns false, changing nothing, when `requested` is not a supported language.
    static bool apply(QCoreApplication &app, const QString &requested);

    // The value of --lang in `arguments` ("--lang pt_BR" or "--lang=pt_BR"), read before the
    // command line is parsed so that --help is already translated.
    static QString requestedLanguage(const QStringList &arguments);

    // The locale apply() would choose for `requested`, given the system's locale. English keeps the
    // system's own English (en_GB dates are day first, en_US month first); Portuguese is always
    // Brazilian; a system in another language gets en_US with --lang en, and keeps its own formats
    // (with English text) when no language is asked for.
    static QLocale localeFor(const QString &requested, const QLocale &system = QLocale::system());
};

// Dates as finance tables show them: the locale's short order with a four-digit year
// ("23/11/2026" in pt_BR and en_GB, "11/23/2026" in en_US) — a two-digit year is ambiguous on long
// maturities. Empty for an invalid date.
QString shortDate(const QDate &date, const QLocale &locale = QLocale());
QString shortDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace cessio
