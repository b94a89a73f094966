#pragma once

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cessio::review {

// A review tab's body: a frameless scroll area filling `panel`; returns the layout to fill.
inline QVBoxLayout *scrollingContent(QWidget *panel)
{
    auto *outer = new QVBoxLayout(panel);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 8, 0, 0);
    return layout;
}

// A framed, wrapping note in plain text (it may quote names from the server or a file).
inline QLabel *plainNote(QWidget *parent, const QString &objectName)
{
    auto *note = new QLabel(parent);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(6);
    return note;
}

} // namespace cessio::review
