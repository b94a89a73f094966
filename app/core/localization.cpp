#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QLocale Localization::localeFor(const QString &requested, const QLocale &system)
{
    const QLocale brazil(QLocale::Portuguese, QLocale::Brazil);
    const QLocale unitedStates(QLocale::English, QLocale::UnitedStates);
    if (requested == u"pt_BR")
        return brazil;
    // English in the system's own variant: a British user asking for English keeps day-first dates.
    if (system.language() == QLocale::English)
        return system;
    if (requested == u"en")
        return unitedStates;
    // Follow the system: any Portuguese speaker gets Brazilian Portuguese, everyone else English.
    if (system.language() == QLocale::Portuguese)
        return brazil;
    return system.language() == QLocale::C ? unitedStates : system;
}

QString Localization::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
    }
    return {};
}

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

bool Localization::apply(QCoreApplication &app, const QString &requested)
{
    if (!requested.isEmpty() && !supportedLanguages().contains(requested))
        return false;
    const QLocale locale = localeFor(requested);
    QLocale::setDefault(locale);

    // Switching language replaces the translators an earlier call installed.
    const QString name = u"cessio-localization"_s;
    for (QTranslator *previous : app.findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }

    // Cessio's strings: cessio_pt_BR.qm, or the plural forms of cessio_en.qm.
    auto *own = new QTranslator(&app);
    own->setObjectName(name);
    if (own->load(locale, u"cessio"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own dialogs and buttons, when the system ships their translations.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(name);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace cessio
