#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cessio {

class JsonReader;

// A party of an assignment configuration: assignor, consultant, originator or the fund manager.
// The JSON spells the key after the role (assignor_key, consultant_key, originator_key,
// manager_key) and the manager's name as manager_name; fromJson accepts any of them.
struct Party
{
    enum class Role { Assignor, Consultant, Originator, Manager };

    QString key;
    QString documentNumber; // CPF/CNPJ as sent (with punctuation in the docs' examples)
    QString name;

    bool isEmpty() const { return key.isEmpty() && documentNumber.isEmpty() && name.isEmpty(); }

    static std::optional<Party> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Party> fromJson(const JsonReader &reader, QString *error = nullptr);
    // The shape QI sends for that role (the simulator's GET responses).
    QJsonObject toJson(Role role) const;

    friend bool operator==(const Party &, const Party &) = default;
};

// The assignee fund class (fund_class in the configuration).
struct Fund
{
    QString fundClassKey;
    QString name;
    QString documentNumber;
    QDate accountingDate; // assignment_date must equal it (TRC000083)
    Party manager;

    static std::optional<Fund> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Fund> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const Fund &, const Fund &) = default;
};

} // namespace cessio
