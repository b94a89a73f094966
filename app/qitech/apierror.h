#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cessio {

// What went wrong with a QI Tech call, typed so that callers branch on the category and the code,
// never on texts (QI says its texts may change; the code and HTTP status are the contract).
class ApiError
{
    // The context lupdate files these strings under (and the one tr() looks up): both qualified.
    Q_DECLARE_TR_FUNCTIONS(cessio::ApiError)

public:
    enum class Category {
        None, // success
        Network, // no connection, DNS, refused, reset
        Timeout, // no answer in time
        Tls, // certificate or TLS failure, or plain http to a non-loopback host
        Auth, // 401, GDF000014, GDF000018, GDF000003: key or signature refused
        Permission, // 403: MIT000017, QIT00000[345]; GDF000029 (IP not allow-listed)
        NotFound, // 404, and QI's 400 TRC000018 "Assignment not found"
        Validation, // other 4xx: the request was understood and refused
        Conflict, // 409, or TRC000024 "invalid operation for the current status"
        RateLimited, // 429
        Server, // 5xx
        Parse, // the answer is not the JSON we expect
        Cancelled, // the caller cancelled
        Config, // the request could not be built (no credentials, bad base URL)
    };

    ApiError() = default;
    ApiError(Category category, int httpStatus, QString code, QString title, QString description, QString translation);
    static ApiError make(Category category, QString description, int httpStatus = 0);

    bool isError() const { return m_category != Category::None; }
    Category category() const { return m_category; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; } // e.g. "TRC000024"; empty when there is none
    QString title() const { return m_title; }
    QString description() const { return m_description; } // English, from QI
    QString translation() const { return m_translation; } // Portuguese, from QI

    // For a PUT or POST: the request may have reached the server, but no answer came back
    // (timeout, reset, connection closed). Such a request is never resent; the state is re-read.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    // The message for the person: QI's Portuguese text under a pt_BR interface, the English one
    // otherwise, an explanation of our own when QI sent none, always with the code when there is one.
    QString userMessage() const;
    // QI's own answer, for a message of ours that explains it: its text in the user's language
    // (translation under pt_BR, description otherwise, the other one when that is missing) with its
    // code — "Assignment not found (code TRC000018)". Empty when QI sent neither a code nor a text.
    QString serverAnswer() const;
    // One line for logs and the CLI's stderr: "HTTP 400 TRC000024: This assignment can not …".
    QString technicalSummary() const;

    // Builds the error for an HTTP error answer with a QI body {"title","description","translation","code"}.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static Category categoryFor(int httpStatus, const QString &code);

private:
    QString explanation() const; // our own words for a category, when QI gave none

    Category m_category = Category::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_title;
    QString m_description;
    QString m_translation;
    bool m_outcomeUnknown = false;
};

} // namespace cessio
