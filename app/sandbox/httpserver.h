#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>

#include <functional>

// A small HTTP/1.1 server on a QTcpServer, written for the simulator instead of using QHttpServer:
// fault injection needs to drop a connection before or after the response headers and to send a
// truncated body, which QHttpServer hides from 6.5 on, and its API differs between 6.4, 6.5 and
// 6.8. This file is the only place that speaks HTTP; it uses nothing beyond Qt 6.4's QtNetwork.
// Supported: keep-alive, Content-Length bodies, Expect: 100-continue, pipelined requests
// (answered in order). Not supported: chunked request bodies (411), TLS.
namespace cessio::sandbox {

struct HttpRequest
{
    QByteArray method; // "GET", "PUT", ...
    QByteArray target; // the request target exactly as sent: path and query, percent-encoded
    QByteArray rawPath; // target without the query
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowercaseName) const;
    bool hasHeader(const QByteArray &lowercaseName) const;
};

struct HttpResponse
{
    // How the response leaves the socket; everything but Normal is fault injection.
    enum class Delivery {
        Normal,
        ResetWithoutResponse, // close without a byte (Qt 6.4 QNAM resends even a PUT then)
        HeadersThenClose, // status line and headers (full Content-Length), then close
        TruncatedBody, // headers and half the body, then close
    };

    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Delivery delivery = Delivery::Normal;

    static HttpResponse json(int status, const QJsonValue &body);
    static HttpResponse encodedJson(int status, QByteArray body); // body: JSON already encoded
    static HttpResponse html(int status, const QByteArray &body);
};

class HttpServer : public QObject
{
    Q_OBJECT
public:
    // Call exactly once per request, from the same thread, at any later time (the response may
    // be delayed). Calling it after the client went away is harmless.
    using Responder = std::function<void(HttpResponse)>;
    using Handler = std::function<void(const HttpRequest &, Responder)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    int openConnections() const { return m_connections; }

    static QByteArray reasonPhrase(int status);

private:
    void acceptConnections();

    QTcpServer m_server;
    Handler m_handler;
    int m_connections = 0;
};

} // namespace cessio::sandbox
