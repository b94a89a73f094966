#include "services/settings.h"

#include "core/localization.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char16_t *storageKey; // for keys with a suffix: the part before it
    QVariant defaultValue;
    const char16_t *leaf = nullptr; // for keys with a suffix: the part after it
};

// The defaults table: one row per key.
const QList<KeyInfo> &keyTable()
{
    static const QList<KeyInfo> table = {
        { Settings::Key::PollIntervalSeconds, u"inbox/pollIntervalSeconds", QVariant(60) },
        { Settings::Key::Language, u"preferences/language", QVariant(QString()) },
        { Settings::Key::ActiveProfile, u"preferences/activeProfile", QVariant(QString()) },
        { Settings::Key::CsvStyle, u"export/csvStyle", QVariant(u"excel_ptbr"_s) },
        { Settings::Key::WindowGeometry, u"window/geometry", QVariant(QByteArray()) },
        { Settings::Key::WindowState, u"window/state", QVariant(QByteArray()) },
        { Settings::Key::TableState, u"tables", QVariant(QByteArray()), u"state" },
        { Settings::Key::FundRules, u"funds", QVariant(QString()), u"rules" },
        { Settings::Key::MemoSignerName, u"export/memoSignerName", QVariant(QString()) },
    };
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    const auto &table = keyTable();
    const auto it = std::find_if(table.begin(), table.end(), [key](const KeyInfo &row) { return row.key == key; });
    Q_ASSERT(it != table.end());
    return *it;
}

QString csvStyleName(Settings::CsvStyle style)
{
    switch (style) {
    case Settings::CsvStyle::ExcelPtBr:
        return u"excel_ptbr"_s;
    case Settings::CsvStyle::Plain:
        return u"plain"_s;
    }
    return {};
}

// A suffix may not open groups of its own in the file.
QString safeSuffix(QString suffix)
{
    suffix.replace(u'/', u'_');
    suffix.replace(u'\\', u'_');
    return suffix;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

bool Settings::takesSuffix(Key key)
{
    return info(key).leaf != nullptr;
}

QString Settings::storageKey(Key key, const QString &suffix)
{
    const QString base = QString::fromUtf16(info(key).storageKey);
    if (!takesSuffix(key))
        return base;
    Q_ASSERT_X(!suffix.isEmpty(), "Settings", "this key needs a suffix");
    return base % u'/' % safeSuffix(suffix) % u'/' % QString::fromUtf16(info(key).leaf);
}

QVariant Settings::normalised(Key key, const QVariant &raw)
{
    const QVariant fallback = defaultValue(key);
    if (!raw.isValid())
        return fallback;
    QVariant converted = raw;
    // INI files give strings back; anything that does not convert to the default's type is unusable.
    if (converted.metaType() != fallback.metaType() && !converted.convert(fallback.metaType()))
        return fallback;

    switch (key) {
    case Key::PollIntervalSeconds:
        return std::clamp(converted.toInt(), minPollIntervalSeconds, maxPollIntervalSeconds);
    case Key::Language: {
        const QString language = converted.toString();
        return language.isEmpty() || Localization::supportedLanguages().contains(language) ? converted : fallback;
    }
    case Key::CsvStyle: {
        const QString style = converted.toString();
        return style == csvStyleName(CsvStyle::ExcelPtBr) || style == csvStyleName(CsvStyle::Plain) ? converted : fallback;
    }
    case Key::ActiveProfile:
    case Key::WindowGeometry:
    case Key::WindowState:
    case Key::TableState:
    case Key::FundRules: // parsed and checked by FundRules::fromJson
        return converted;
    case Key::MemoSignerName: {
        // One line of plain text, as printed: no control characters, a sane length.
        QString name;
        for (const QChar c : converted.toString())
            name += c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ? u' ' : c;
        return name.simplified().left(120);
    }
    }
    return fallback;
}

QVariant Settings::value(Key key, const QString &suffix) const
{
    return normalised(key, m_settings->value(storageKey(key, suffix)));
}

bool Settings::isStored(Key key, const QString &suffix) const
{
    return m_settings->contains(storageKey(key, suffix));
}

void Settings::setValue(Key key, const QVariant &newValue, const QString &suffix)
{
    const QVariant before = value(key, suffix);
    const QVariant after = normalised(key, newValue);
    m_settings->setValue(storageKey(key, suffix), after);
    if (before != after)
        Q_EMIT changed(key, suffix);
}

void Settings::reset(Key key, const QString &suffix)
{
    const QVariant before = value(key, suffix);
    m_settings->remove(storageKey(key, suffix));
    if (before != defaultValue(key))
        Q_EMIT changed(key, suffix);
}

Settings::CsvStyle Settings::csvStyle() const
{
    return value<QString>(Key::CsvStyle) == csvStyleName(CsvStyle::Plain) ? CsvStyle::Plain : CsvStyle::ExcelPtBr;
}

void Settings::setCsvStyle(CsvStyle style)
{
    setValue(Key::CsvStyle, csvStyleName(style));
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace cessio
