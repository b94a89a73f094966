#include "timelinepanel.h"

#include "models/formatting.h"
#include "models/inboxmodel.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"timelinePanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_list->setObjectName(u"timelineList"_s);
    m_list->setAccessibleName(tr("Status timeline"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({ tr("When"), tr("Status"), tr("Time in status"), tr("By") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);
}

void TimelinePanel::setBatch(const Batch &batch)
{
    const QLocale locale;
    m_list->clear();
    const QDateTime now = QDateTime::currentDateTime();
    for (qsizetype i = 0; i < batch.events.size(); ++i) {
        const StatusEvent &event = batch.events.at(i);
        const QDateTime next = i + 1 < batch.events.size() ? batch.events.at(i + 1).at : now;
        QString who;
        if (event.agent) {
            const QString type = event.agent->type == u"manager" ? tr("Manager")
                : event.agent->type == u"consultant"             ? tr("Consultant")
                : event.agent->type == u"assignor"               ? tr("Assignor")
                                                                 : event.agent->type;
            who = event.agent->user.isEmpty() ? type : tr("%1 (%2)").arg(event.agent->user, type);
        } else {
            who = tr("QI Tech (automatic)");
        }
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, event.at.isValid() ? shortDateTime(event.at.toLocalTime(), locale) : u"—"_s);
        item->setText(1, event.status.displayName());
        item->setText(2, event.at.isValid() && next.isValid() ? InboxModel::relativeAge(event.at, next) : QString());
        item->setText(3, who);
        if (event.agent && !event.agent->key.isEmpty())
            item->setToolTip(3, toolTipFromPlainText(tr("Agent key %1").arg(event.agent->key)));
    }
    if (batch.events.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(1, tr("The server sent no status history for this batch."));
        item->setDisabled(true);
    }
}

} // namespace cessio
