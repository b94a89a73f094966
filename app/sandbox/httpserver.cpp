#include "httpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024;

QByteArray errorBody(const QString &code, const QString &title, const QString &text)
{
    const QJsonObject body { { u"title"_s, title }, { u"description"_s, text }, { u"translation"_s, text }, { u"code"_s, code } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// One client connection: parses requests one after another and answers them in order.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, const HttpServer::Handler &handler, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_handler(handler)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            m_buffer += m_socket->readAll();
            parse();
        });
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_dead = true;
            deleteLater();
        });
    }

private:
    void parse()
    {
        while (!m_busy && !m_dead) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                if (m_buffer.size() > maxHeaderBytes)
                    fail(431, "Request header fields too large");
                return;
            }
            HttpRequest request;
            bool keepAlive = true;
            qsizetype contentLength = 0;
            bool expectContinue = false;
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.") || !requestLine[1].startsWith('/'))
                return fail(400, "Malformed request line");
            request.method = requestLine[0].toUpper();
            request.target = requestLine[1];
            const qsizetype question = request.target.indexOf('?');
            request.rawPath = question < 0 ? request.target : request.target.left(question);
            request.rawQuery = question < 0 ? QByteArray() : request.target.mid(question + 1);
            keepAlive = requestLine[2] != "HTTP/1.0";
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    return fail(400, "Malformed header line");
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({ name, value });
                if (name == "content-length") {
                    bool ok = false;
                    contentLength = value.toLongLong(&ok);
                    if (!ok || contentLength < 0)
                        return fail(400, "Invalid Content-Length");
                } else if (name == "transfer-encoding") {
                    return fail(411, "Chunked request bodies are not supported; send Content-Length");
                } else if (name == "connection") {
                    const QByteArray lower = value.toLower();
                    keepAlive = lower.contains("keep-alive") || (keepAlive && !lower.contains("close"));
                } else if (name == "expect") {
                    expectContinue = value.toLower() == "100-continue";
                }
            }
            if (contentLength > maxBodyBytes)
                return fail(413, "Request body too large");
            const qsizetype total = headerEnd + 4 + contentLength;
            if (m_buffer.size() < total) {
                if (expectContinue && !m_sentContinue) {
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                    m_sentContinue = true;
                }
                return;
            }
            request.body = m_buffer.mid(headerEnd + 4, contentLength);
            request.peer = m_socket->peerAddress();
            m_buffer.remove(0, total);
            m_sentContinue = false;
            m_busy = true;
            m_keepAlive = keepAlive;
            const quint64 sequence = ++m_sequence;
            QPointer<HttpConnection> self(this);
            m_handler(request, [self, sequence](HttpResponse response) {
                if (self && !self->m_dead && self->m_busy && self->m_sequence == sequence)
                    self->respond(std::move(response));
            });
        }
    }

    void fail(int status, const char *why)
    {
        m_keepAlive = false;
        m_busy = true;
        HttpResponse response;
        response.status = status;
        response.body
            = errorBody(u"QIT000400"_s, QString::fromLatin1(HttpServer::reasonPhrase(status)), QString::fromLatin1(why));
        respond(std::move(response));
    }

    void respond(HttpResponse response)
    {
        if (response.delivery == HttpResponse::Delivery::ResetWithoutResponse) {
            m_dead = true;
            m_socket->abort();
            return;
        }
        const bool normal = response.delivery == HttpResponse::Delivery::Normal;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpServer::reasonPhrase(response.status)
            + "\r\nContent-Type: " + response.contentType + "\r\nContent-Length: " + QByteArray::number(response.body.size())
            + "\r\nConnection: " + (m_keepAlive && normal ? "keep-alive" : "close") + "\r\nServer: cessio-sandbox\r\n";
        for (const auto &[name, value] : std::as_const(response.headers))
            head += name + ": " + value + "\r\n";
        head += "\r\n";
        switch (response.delivery) {
        case HttpResponse::Delivery::Normal:
            m_socket->write(head + response.body);
            break;
        case HttpResponse::Delivery::HeadersThenClose:
            m_socket->write(head);
            break;
        case HttpResponse::Delivery::TruncatedBody:
            m_socket->write(head + response.body.left(response.body.size() / 2));
            break;
        case HttpResponse::Delivery::ResetWithoutResponse:
            break;
        }
        if (!m_keepAlive || !normal) {
            m_dead = true;
            m_socket->disconnectFromHost(); // after the buffered bytes are written
            return;
        }
        m_busy = false;
        // Next pipelined request, from the event loop (the handler may still be on the stack).
        QMetaObject::invokeMethod(
            this, [this] { parse(); }, Qt::QueuedConnection);
    }

    QTcpSocket *m_socket;
    HttpServer::Handler m_handler;
    QByteArray m_buffer;
    quint64 m_sequence = 0;
    bool m_busy = false;
    bool m_dead = false;
    bool m_keepAlive = true;
    bool m_sentContinue = false;
};

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowercaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowercaseName) const
{
    for (const auto &header : headers) {
        if (header.first == lowercaseName)
            return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, const QJsonValue &body)
{
    return encodedJson(status,
                       body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                      : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::encodedJson(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

HttpResponse HttpResponse::html(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    response.body = body;
    return response;
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void HttpServer::close()
{
    m_server.close();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *connection = new HttpConnection(socket, m_handler, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace cessio::sandbox
