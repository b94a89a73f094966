// Throughput of request signing: ES512 sign and verify (P-521) and HS256 (webhooks).
// Each operation runs for about one second; the table shows operations per second.
#include "qitech/crypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

double perSecond(const std::function<bool()> &operation)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    while (timer.elapsed() < 1000) {
        if (!operation()) {
            std::fprintf(stderr, "operation failed\n");
            return 0;
        }
        ++count;
    }
    return double(count) * 1e9 / double(timer.nsecsElapsed());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const EcPrivateKey key = EcPrivateKey::generate(&error);
    const EcPublicKey publicKey = EcPublicKey::fromPem(key.publicKeyPem(), &error);
    if (key.isNull() || publicKey.isNull()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const RequestSigner signer(u"3f2c1e7a-8c1b-4a8e-9d1f-0b6a2d9c4e51"_s, key);
    const QByteArray body = R"({"assignment_status": "approved", "disbursement_account_key": "x"})";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray token = signer.sign("PUT", u"/trade_receivables/fund_class/F/assignment/E"_s, body, now).authorization;
    const QByteArray secret = "webhook-signature-key";
    const QJsonObject webhookClaims { { u"webhook_type"_s, u"assignment"_s }, { u"payload_md5"_s, u"x"_s } };
    const QByteArray hsToken = Jwt::signHs256(webhookClaims, secret);

    struct Row
    {
        const char *name;
        std::function<bool()> operation;
    };
    const Row rows[] = {
        { "ES512 sign (RequestSigner::sign)",
          [&] {
              return !signer.sign("PUT", u"/trade_receivables/fund_class/F/assignment/E"_s, body, now).authorization.isEmpty();
          } },
        { "ES512 verify (Jwt::verifyEs512)", [&] { return Jwt::verifyEs512(token, publicKey).ok; } },
        { "HS256 sign (Jwt::signHs256)", [&] { return !Jwt::signHs256(webhookClaims, secret).isEmpty(); } },
        { "HS256 verify (Jwt::verifyHs256)", [&] { return Jwt::verifyHs256(hsToken, secret).ok; } },
    };
    std::printf("%-36s %12s %12s\n", "operation", "ops/s", "us/op");
    for (const Row &row : rows) {
        const double rate = perSecond(row.operation);
        std::printf("%-36s %12.0f %12.1f\n", row.name, rate, rate > 0 ? 1e6 / rate : 0.0);
    }
    return 0;
}
