#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>

namespace cessio::test {

// What the client sent, recorded for assertions.
struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
    QString pathAndQuery() const;
};

// A scripted answer.
struct FakeAnswer
{
    enum class Kind { Http, Reset, Hang, Refused };
    Kind kind = Kind::Http;
    int status = 200;
    QByteArray body;
    int delayMs = 0;
    QList<QPair<QByteArray, QByteArray>> headers;

    static FakeAnswer json(const QByteArray &body, int status = 200);
    static FakeAnswer qiError(int status, const QString &code, const QString &description, const QString &translation = {});
    static FakeAnswer reset(); // connection dropped after the request was sent
    static FakeAnswer refused(); // nothing was sent
    static FakeAnswer hang(); // never answers (until aborted)
    FakeAnswer delayed(int ms) const;
};

// A QNetworkAccessManager that answers from a script instead of the network. Each request is
// recorded; the handler decides the answer (by default: 404). Replies finish asynchronously,
// like real ones.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeAnswer(const RecordedRequest &)>;
    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Answers queued in order, used before the handler.
    void enqueue(const FakeAnswer &answer) { m_queue.append(answer); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }
    // The most replies that were unfinished at the same time.
    int maxInFlight() const { return m_maxInFlight; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeAnswer> m_queue;
    QList<RecordedRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
              const FakeAnswer &answer, QObject *parent);
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();
    FakeAnswer m_answer;
    QByteArray m_content;
    qint64 m_offset = 0;
    bool m_done = false;
};

} // namespace cessio::test
