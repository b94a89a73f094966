#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QLocale Localization::localeFor(const QString &requested)
{
    if (requested == u"pt_BR")
        return QLocale(QLocale::Portuguese, QLocale::Brazil);
    if (requested == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    // Follow the system: any Portuguese speaker gets Brazilian Portuguese, everyone else English.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Portuguese)
        return QLocale(QLocale::Portuguese, QLocale::Brazil);
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
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
