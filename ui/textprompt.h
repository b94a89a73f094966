#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace cessio {

// One line of text asked of the user (QInputDialog), with a test hook like FileDialog's: GUI tests
// queue the next answers instead of facing a modal dialog. With the hook on and nothing queued, the
// proposed text is taken as it is (what pressing Enter does).
class TextPrompt
{
public:
    // nullopt: cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &label, const QString &proposed);

    static void setTestMode(bool enabled);
    static void queueAnswer(const std::optional<QString> &answer);
    static QStringList labelsShown();
};

} // namespace cessio
