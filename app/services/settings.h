#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace cessio {

// The application's preferences, typed: one enum of keys, one table of defaults (settings.cpp),
// a changed() signal. Secrets never go here; they live in the SecretStore.
// Create one instance per settings file (the composition root owns it): changes made through
// another instance are not signalled.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        PollIntervalSeconds, // int, how often the inbox is refreshed
        Language, // QString: "" (follow the system), "pt_BR" or "en"
        ActiveProfile, // QString: the profile in use ("" = none yet)
        CsvStyle, // QString: "excel_ptbr" (; separator, decimal comma, BOM) or "plain"
        WindowGeometry, // QByteArray from QWidget::saveGeometry()
        WindowState, // QByteArray from QMainWindow::saveState()
        TableState, // QByteArray from QHeaderView::saveState(); takes a suffix: the table's name
        FundRules, // QString, FundRules as JSON ("" = none); takes a suffix: the fund class key
        MemoSignerName, // QString: this user's full name, printed under their signature on decision memos
    };
    Q_ENUM(Key)

    enum class CsvStyle { ExcelPtBr, Plain };

    // Bounds for PollIntervalSeconds; stored values outside are clamped (our choice, not QI's).
    static constexpr int minPollIntervalSeconds = 15;
    static constexpr int maxPollIntervalSeconds = 3600;

    // The user's settings (QSettings for the application's organisation and name).
    explicit Settings(QObject *parent = nullptr);
    // Settings in an INI file of their own (tests, portable setups).
    explicit Settings(const QString &iniFilePath, QObject *parent = nullptr);
    ~Settings() override;

    // The effective value: the stored one converted to the default's type and checked, or the
    // default when nothing (or nothing usable) is stored. `suffix` only for keys that take one.
    QVariant value(Key key, const QString &suffix = {}) const;
    template<typename T>
    T value(Key key, const QString &suffix = {}) const
    {
        return value(key, suffix).template value<T>();
    }
    // Stores `value` (normalised as value() would read it) and emits changed() if the effective
    // value changed.
    void setValue(Key key, const QVariant &value, const QString &suffix = {});
    // Forgets the stored value: the default applies again.
    void reset(Key key, const QString &suffix = {});
    bool isStored(Key key, const QString &suffix = {}) const;

    static QVariant defaultValue(Key key);
    static bool takesSuffix(Key key);
    // Where the value lives in the QSettings file, e.g. "tables/assets/state".
    static QString storageKey(Key key, const QString &suffix = {});

    // Typed conveniences over the generic accessors.
    CsvStyle csvStyle() const;
    void setCsvStyle(CsvStyle style);
    QByteArray tableState(const QString &tableName) const { return value<QByteArray>(Key::TableState, tableName); }
    void setTableState(const QString &tableName, const QByteArray &state) { setValue(Key::TableState, state, tableName); }

    // Writes pending changes; false when the file could not be written.
    bool sync();
    // The underlying store, for services that keep their own group in the same file (profiles).
    QSettings &storage() { return *m_settings; }
    const QSettings &storage() const { return *m_settings; }

Q_SIGNALS:
    void changed(cessio::Settings::Key key, const QString &suffix);

private:
    static QVariant normalised(Key key, const QVariant &raw);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace cessio
