#include "textprompt.h"

#include <QInputDialog>

namespace cessio {

namespace {

struct Hook
{
    bool enabled = false;
    QList<std::optional<QString>> queue;
    QStringList labels;
};

Hook &hook()
{
    static Hook instance;
    return instance;
}

} // namespace

std::optional<QString> TextPrompt::ask(QWidget *parent, const QString &title, const QString &label, const QString &proposed)
{
    if (hook().enabled) {
        hook().labels.append(label);
        return hook().queue.isEmpty() ? std::optional(proposed) : hook().queue.takeFirst();
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, proposed, &ok);
    return ok ? std::optional(text) : std::nullopt;
}

void TextPrompt::setTestMode(bool enabled)
{
    hook().enabled = enabled;
    if (!enabled) {
        hook().queue.clear();
        hook().labels.clear();
    }
}

void TextPrompt::queueAnswer(const std::optional<QString> &answer)
{
    hook().queue.append(answer);
}

QStringList TextPrompt::labelsShown()
{
    return hook().labels;
}

} // namespace cessio
