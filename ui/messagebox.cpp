#include "messagebox.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

struct TestHook
{
    bool enabled = false;
    MessageBox::Button autoAnswer = QMessageBox::NoButton;
    QList<MessageBox::Button> queue;
    QList<MessageBox::Record> records;
};

TestHook &hook()
{
    static TestHook instance;
    return instance;
}

QMessageBox::Icon iconFor(MessageBox::Kind kind)
{
    switch (kind) {
    case MessageBox::Kind::Information:
        return QMessageBox::Information;
    case MessageBox::Kind::Warning:
        return QMessageBox::Warning;
    case MessageBox::Kind::Question:
        return QMessageBox::Question;
    case MessageBox::Kind::Critical:
        return QMessageBox::Critical;
    }
    return QMessageBox::NoIcon;
}

// The answer the test hook gives: the queued one, else the auto answer, else the default button,
// else the first button the box has.
MessageBox::Button hookAnswer(const MessageBox::Message &message)
{
    TestHook &h = hook();
    if (!h.queue.isEmpty())
        return h.queue.takeFirst();
    if (h.autoAnswer != QMessageBox::NoButton)
        return h.autoAnswer;
    if (message.defaultButton != QMessageBox::NoButton)
        return message.defaultButton;
    for (int bit = QMessageBox::FirstButton; bit <= QMessageBox::LastButton; bit <<= 1) {
        if (message.buttons.testFlag(MessageBox::Button(bit)))
            return MessageBox::Button(bit);
    }
    return QMessageBox::Ok;
}

QMessageBox *createBox(QWidget *parent, const MessageBox::Message &message)
{
    auto *box = new QMessageBox(iconFor(message.kind), message.title, message.text, message.buttons, parent);
    box->setObjectName(message.objectName.isEmpty() ? QStringLiteral("messageBox") : message.objectName);
    const Qt::TextFormat format = message.textFormat == Qt::RichText ? Qt::RichText : Qt::PlainText;
    box->setTextFormat(format);
    // Selectable, so an error code or a refused link can be copied; links are never followed from here.
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (!message.informativeText.isEmpty()) {
        box->setInformativeText(message.informativeText);
        // QMessageBox gives its informative label no format of its own: it would guess rich text from
        // the server's words and open their links (setOpenExternalLinks). The label is Qt's, found by
        // the object name Qt gives it.
        if (auto *label = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s)) {
            label->setTextFormat(format);
            label->setOpenExternalLinks(false);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        }
    }
    if (!message.detailedText.isEmpty())
        box->setDetailedText(message.detailedText);
    if (message.defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(message.defaultButton);
    for (auto it = message.buttonTexts.cbegin(); it != message.buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box->button(it.key()))
            button->setText(it.value());
    }
    box->setAccessibleName(message.title);
    box->setAccessibleDescription(message.text);
    return box;
}

} // namespace

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return exec(parent, { Kind::Information, title, text, {}, {}, buttons, defaultButton, {}, {} });
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                       Button defaultButton)
{
    return exec(parent, { Kind::Warning, title, text, {}, {}, buttons, defaultButton, {}, {} });
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return exec(parent, { Kind::Question, title, text, {}, {}, buttons, defaultButton, {}, {} });
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    return exec(parent, { Kind::Critical, title, text, {}, {}, buttons, defaultButton, {}, {} });
}

MessageBox::Button MessageBox::exec(QWidget *parent, const Message &message)
{
    if (hook().enabled) {
        const Button answer = hookAnswer(message);
        hook().records.append({ message, answer });
        return answer;
    }
    QPointer<QMessageBox> box = createBox(parent, message);
    const auto answer = Button(box->exec());
    hook().records.append({ message, answer });
    delete box;
    return answer;
}

void MessageBox::open(QWidget *parent, const Message &message, std::function<void(Button)> then)
{
    if (hook().enabled) {
        const Button answer = hookAnswer(message);
        hook().records.append({ message, answer });
        // Later, as a real box would answer: the caller's code after open() runs first.
        QPointer<QWidget> guard(parent);
        const bool hadParent = parent != nullptr;
        QTimer::singleShot(0, [guard, hadParent, then, answer] {
            if (then && (!hadParent || guard))
                then(answer);
        });
        return;
    }
    QMessageBox *box = createBox(parent, message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, message, then](int result) {
        Button answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::NoButton)
            answer = Button(result);
        hook().records.append({ message, answer });
        if (then)
            then(answer);
    });
    box->open();
}

QMessageBox *MessageBox::create(QWidget *parent, const Message &message)
{
    return createBox(parent, message);
}

void MessageBox::setTestMode(bool enabled, Button autoAnswer)
{
    hook().enabled = enabled;
    hook().autoAnswer = autoAnswer;
    if (!enabled)
        hook().queue.clear();
}

bool MessageBox::isTestMode()
{
    return hook().enabled;
}

void MessageBox::queueAnswer(Button answer)
{
    hook().queue.append(answer);
}

QList<MessageBox::Record> MessageBox::records()
{
    return hook().records;
}

std::optional<MessageBox::Record> MessageBox::lastRecord()
{
    if (hook().records.isEmpty())
        return std::nullopt;
    return hook().records.constLast();
}

void MessageBox::clearRecords()
{
    hook().records.clear();
}

} // namespace cessio
