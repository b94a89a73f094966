#pragma once

#include "qitech/apierror.h"
#include "qitech/crypto.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace cessio {

class ApiClient;
class ApiTransport;

// "Check connection": for each fund, one signed request (the first page of its assignment
// configurations) with the profile's values, and a plain-words explanation when it fails.
// No widgets: the profile dialog shows the results; tests drive it directly.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    struct FundResult
    {
        QString fundClassKey;
        bool ok = false;
        int configurations = 0; // on the first page, when ok
        ApiError error;
        QString explanation; // for people, translated
    };

    ConnectionCheck(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // Starts the check; a running check is abandoned. finished() comes once, later.
    void start(const QUrl &baseUrl, const RequestSigner &signer, const QStringList &fundClassKeys);
    bool isRunning() const { return m_pending > 0; }
    const QList<FundResult> &results() const { return m_results; }

    // The plain-words explanation for a failed check (bad signature, unknown client key, permission,
    // IP not allow-listed with the 48 h note, unreachable host, TLS ...).
    static QString explain(const ApiError &error);

Q_SIGNALS:
    void fundChecked(const cessio::ConnectionCheck::FundResult &result);
    void finished();

private:
    QPointer<QNetworkAccessManager> m_network;
    ApiTransport *m_transport = nullptr;
    ApiClient *m_client = nullptr;
    QList<FundResult> m_results;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace cessio

Q_DECLARE_METATYPE(cessio::ConnectionCheck::FundResult)
