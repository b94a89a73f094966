#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace cessio {

// File choosers for ui/, with a test hook like MessageBox's: GUI tests queue the next answer (a path
// and a filter, or a cancel) instead of facing a modal dialog.
class FileDialog
{
public:
    struct Choice
    {
        QString path;
        int filterIndex = 0; // which of `filters` the user picked
    };

    // `filters` like "Excel (pt-BR) (*.csv)"; `defaultFilter` is preselected. nullopt: cancelled.
    static std::optional<Choice> saveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                          const QStringList &filters, int defaultFilter = 0);
    static std::optional<Choice> openFile(QWidget *parent, const QString &caption, const QString &directory,
                                          const QStringList &filters);

    // ---- Test hook: while active no dialog is shown; the queued answers are used in order, and an
    // empty queue means "cancelled".
    static void setTestMode(bool enabled);
    static void queueAnswer(const std::optional<Choice> &choice);
    static QStringList captionsShown();
};

} // namespace cessio
