#include "filedialog.h"

#include <QFileDialog>

namespace cessio {

namespace {

struct Hook
{
    bool enabled = false;
    QList<std::optional<FileDialog::Choice>> queue;
    QStringList captions;
};

Hook &hook()
{
    static Hook instance;
    return instance;
}

std::optional<FileDialog::Choice> fromHook(const QString &caption)
{
    hook().captions.append(caption);
    return hook().queue.isEmpty() ? std::nullopt : hook().queue.takeFirst();
}

} // namespace

std::optional<FileDialog::Choice> FileDialog::saveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                                       const QStringList &filters, int defaultFilter)
{
    if (hook().enabled)
        return fromHook(caption);
    QString selected = filters.value(defaultFilter);
    const QString path
        = QFileDialog::getSaveFileName(parent, caption, suggestedPath, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    return Choice { path, int(qMax(qsizetype(0), filters.indexOf(selected))) };
}

std::optional<FileDialog::Choice> FileDialog::openFile(QWidget *parent, const QString &caption, const QString &directory,
                                                       const QStringList &filters)
{
    if (hook().enabled)
        return fromHook(caption);
    QString selected;
    const QString path = QFileDialog::getOpenFileName(parent, caption, directory, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    return Choice { path, int(qMax(qsizetype(0), filters.indexOf(selected))) };
}

void FileDialog::setTestMode(bool enabled)
{
    hook().enabled = enabled;
    if (!enabled)
        hook().queue.clear();
}

void FileDialog::queueAnswer(const std::optional<Choice> &choice)
{
    hook().queue.append(choice);
}

QStringList FileDialog::captionsShown()
{
    return hook().captions;
}

} // namespace cessio
