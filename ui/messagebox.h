#pragma once

#include <QList>
#include <QMap>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace cessio {

// Every message box in ui/ goes through this wrapper — desktop engineer, please use it too instead
// of QMessageBox directly — so GUI tests never block on a modal box: a test queues the next answers
// (or turns on auto-answer) and reads back what was shown.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    enum class Kind { Information, Warning, Question, Critical };

    // Everything a box can say. `buttonTexts` relabels standard buttons ("Check again" on Retry).
    struct Message
    {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        Buttons buttons = QMessageBox::Ok;
        Button defaultButton = QMessageBox::NoButton;
        QMap<Button, QString> buttonTexts;
        QString objectName; // the box's object name, for tests and screenshots
        // Text and informative text are plain text: they often carry the server's words. A caller
        // that builds rich text itself (every server value escaped) sets Qt::RichText.
        Qt::TextFormat textFormat = Qt::PlainText;
    };

    // A box that was shown (or answered by the test hook), and the answer it got.
    struct Record
    {
        Message message;
        Button answer = QMessageBox::NoButton;
    };

    // Modal, returns the answer (exec()). For short confirmations inside a dialog's own slot.
    static Button information(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No), Button defaultButton = QMessageBox::No);
    static Button critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button exec(QWidget *parent, const Message &message);

    // Window-modal and asynchronous (QMessageBox::open): `then` gets the answer later, from the
    // event loop, unless `parent` is destroyed first. Use it from network callbacks: no nested loop.
    static void open(QWidget *parent, const Message &message, std::function<void(Button)> then = {});

    // The box itself, not shown (screenshots, custom handling). The caller owns it.
    static QMessageBox *create(QWidget *parent, const Message &message);

    // ---- Test hook. While active, no box is shown: the next queued answer is returned (or, with
    // the queue empty, the auto answer; NoButton means "the default button, else the first one").
    static void setTestMode(bool enabled, Button autoAnswer = QMessageBox::NoButton);
    static bool isTestMode();
    static void queueAnswer(Button answer);
    static QList<Record> records(); // every box shown since the last clearRecords()
    static std::optional<Record> lastRecord();
    static void clearRecords();
};

} // namespace cessio
