#pragma once

#include "core/batch.h"

#include <QWidget>

class QTreeWidget;

namespace cessio {

// The Timeline tab of a batch review: every status the batch went through (status_events), when,
// how long it stayed, and who made the manual transitions (QI's selected_agent).
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    void setBatch(const Batch &batch);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace cessio
