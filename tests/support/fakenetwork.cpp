#include "fakenetwork.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio::test {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString RecordedRequest::pathAndQuery() const
{
    return url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u"?"_s + url.query(QUrl::FullyEncoded) : QString());
}

FakeAnswer FakeAnswer::json(const QByteArray &body, int status)
{
    FakeAnswer a;
    a.status = status;
    a.body = body;
    a.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    return a;
}

FakeAnswer FakeAnswer::qiError(int status, const QString &code, const QString &description, const QString &translation)
{
    const QJsonObject body {
        { u"title"_s, description }, { u"description"_s, description }, { u"translation"_s, translation }, { u"code"_s, code }
    };
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

FakeAnswer FakeAnswer::reset()
{
    FakeAnswer a;
    a.kind = Kind::Reset;
    return a;
}

FakeAnswer FakeAnswer::refused()
{
    FakeAnswer a;
    a.kind = Kind::Refused;
    return a;
}

FakeAnswer FakeAnswer::hang()
{
    FakeAnswer a;
    a.kind = Kind::Hang;
    return a;
}

FakeAnswer FakeAnswer::delayed(int ms) const
{
    FakeAnswer a = *this;
    a.delayMs = ms;
    return a;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.url = request.url();
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append(qMakePair(name, request.rawHeader(name)));
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    FakeAnswer answer;
    if (!m_queue.isEmpty())
        answer = m_queue.takeFirst();
    else if (m_handler)
        answer = m_handler(recorded);
    else
        answer = FakeAnswer::qiError(404, u"QIT000404"_s, u"No route"_s);
    auto *reply = new FakeReply(request, op, recorded.method, answer, this);
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    connect(reply, &QNetworkReply::finished, this, [this] { --m_inFlight; });
    return reply;
}

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
                     const FakeAnswer &answer, QObject *parent)
    : QNetworkReply(parent)
    , m_answer(answer)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (answer.kind == FakeAnswer::Kind::Hang) {
        // A real reply honours the transfer timeout; so does this one.
        const int timeout = request.transferTimeout();
        if (timeout > 0)
            QTimer::singleShot(timeout, this, [this] {
                if (m_done)
                    return;
                m_done = true;
                setError(OperationCanceledError, u"Operation canceled"_s);
                Q_EMIT errorOccurred(OperationCanceledError);
                Q_EMIT finished();
            });
        return;
    }
    QTimer::singleShot(answer.delayMs, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (m_done)
        return;
    m_done = true;
    switch (m_answer.kind) {
    case FakeAnswer::Kind::Reset:
        setError(RemoteHostClosedError, u"Connection closed"_s);
        Q_EMIT errorOccurred(RemoteHostClosedError);
        break;
    case FakeAnswer::Kind::Refused:
        setError(ConnectionRefusedError, u"Connection refused"_s);
        Q_EMIT errorOccurred(ConnectionRefusedError);
        break;
    case FakeAnswer::Kind::Http: {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &h : m_answer.headers)
            setRawHeader(h.first, h.second);
        m_content = m_answer.body;
        if (m_answer.status >= 400) {
            const auto code = m_answer.status == 404 ? ContentNotFoundError
                : m_answer.status == 401             ? AuthenticationRequiredError
                : m_answer.status == 403             ? ContentAccessDenied
                : m_answer.status == 409             ? ContentConflictError
                : m_answer.status >= 500             ? InternalServerError
                                                     : ProtocolInvalidOperationError;
            setError(code, u"HTTP error"_s);
            Q_EMIT errorOccurred(code);
        }
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        break;
    }
    case FakeAnswer::Kind::Hang:
        break;
    }
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(OperationCanceledError, u"Operation canceled"_s);
    Q_EMIT errorOccurred(OperationCanceledError);
    Q_EMIT finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_content.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, qint64(m_content.size()) - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_content.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace cessio::test
