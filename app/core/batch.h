#pragma once

#include "core/account.h"
#include "core/configuration.h"
#include "core/money.h"
#include "core/statuses.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cessio {

class JsonReader;

// A discount charged to the assignor on the batch (assignor_discounts[]).
struct AssignorDiscount
{
    QString key; // assignor_discount_key
    QString type; // assignor_discount_type, e.g. flat_rate
    QString status; // approved / pending
    Money totalValue;
    QString description;

    static std::optional<AssignorDiscount> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<AssignorDiscount> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const AssignorDiscount &, const AssignorDiscount &) = default;
};

// Who made a status transition: selected_agent {"AGENT-TYPE","AGENT-KEY","AGENT-USER"}.
struct SelectedAgent
{
    QString type; // e.g. manager
    QString key;
    QString user; // e.g. the manager's user e-mail

    static std::optional<SelectedAgent> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<SelectedAgent> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const SelectedAgent &, const SelectedAgent &) = default;
};

// One entry of status_events[].
struct StatusEvent
{
    BatchStatus status; // required
    QDateTime at; // event_datetime, São Paulo local time [I]
    std::optional<SelectedAgent> agent; // only when a named agent made the transition

    static std::optional<StatusEvent> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<StatusEvent> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const StatusEvent &, const StatusEvent &) = default;
};

// The full batch retrieval, GET …/assignment/{external_id} (§5.3, seed 002).
struct Batch
{
    QString assignmentKey;
    QString externalId; // required
    QString name;
    AssignmentConfiguration configuration; // empty when the response has none (old copies)
    QString number; // assignment_number, a string with leading zeros
    QDate date; // assignment_date
    BatchStatus status;
    QString originType; // e.g. client
    QString termKey; // assignment_term_key, after term generation
    std::optional<BankAccount> disbursementAccount; // disbursement.target_account; null until set
    std::optional<Money> totalValue; // assignment_total_value, once computed
    std::optional<double> irr; // assignment_irr, a decimal fraction
    QList<AssignorDiscount> discounts;
    QList<StatusEvent> events;

    // When the batch entered its current status: the time of the last event with that status,
    // or an invalid QDateTime when no event says so.
    QDateTime waitingSince() const;
    // When the batch first reached the manager (the first event into pending_manager_approval):
    // a batch sent back and forth keeps its original arrival. Invalid when no event says so.
    QDateTime reachedManagerAt() const { return firstEventInto(events, BatchStatus::PendingManagerApproval); }
    static QDateTime firstEventInto(const QList<StatusEvent> &events, BatchStatus::Value status);

    static std::optional<Batch> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Batch> fromJson(const JsonReader &reader, QString *error = nullptr);
    // The seed 002 shape (the simulator's GET response).
    QJsonObject toJson() const;

    friend bool operator==(const Batch &, const Batch &) = default;
};

// One item of the batch listing. The listing is not published [GAP, §5.4]; this is the shape we
// chose for client and simulator [I]: the batch summary plus optional counts and the time of the
// last status event.
struct BatchListItem
{
    QString assignmentKey;
    QString externalId; // required
    QString number;
    QDate date;
    BatchStatus status;
    std::optional<Money> totalValue;
    std::optional<int> numberOfAssets;
    std::optional<int> numberOfApprovedAssets;
    QDateTime lastEventAt; // last_status_event_datetime, or the last of status_events[] [I]
    QDateTime reachedManagerAt; // the first status event into pending_manager_approval; invalid without events

    static BatchListItem fromBatch(const Batch &batch);
    static std::optional<BatchListItem> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<BatchListItem> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const BatchListItem &, const BatchListItem &) = default;
};

} // namespace cessio
