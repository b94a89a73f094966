#pragma once

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

    // The locale apply() would choose for `requested`.
    static QLocale localeFor(const QString &requested);
};

} // namespace cessio
