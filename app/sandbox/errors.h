#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The errors the sandbox answers with, every one in QI Tech's shape
// {"title","description","translation","code"}. Codes the QI Tech documentation gives are used
// as documented; where it is silent the sandbox uses its own codes with a 9 after the prefix
// (TRC9xxxxx, GDF9xxxxx, ...), listed in app/sandbox/README.md.
namespace cessio::sandbox {

struct SandboxError
{
    int httpStatus = 400;
    QString code;
    QString title;
    QString description;
    QString translation;

    QJsonObject toJson() const;
};

// What an operation answers: a status and a JSON body (object or array), or, for the pages of a
// large listing, the body already encoded (joined from bytes cached per item).
struct ApiResult
{
    int httpStatus = 200;
    QJsonValue body;
    QByteArray encodedBody; // when set, the body as compact JSON and `body` is unset

    static ApiResult ok(const QJsonValue &body, int httpStatus = 200) { return { httpStatus, body, {} }; }
    static ApiResult encoded(QByteArray json, int httpStatus = 200) { return { httpStatus, {}, std::move(json) }; }
    static ApiResult error(const SandboxError &error) { return { error.httpStatus, error.toJson(), {} }; }
    bool isError() const { return httpStatus >= 400; }
    QString code() const { return body.toObject().value(QLatin1StringView("code")).toString(); }
    QByteArray bytes() const; // the body as compact JSON, either way
};

namespace Errors {

// Authentication (reference §2.2).
SandboxError missingClientKey(); // 400 GDF000003 [C]
SandboxError unknownClient(); // 404 GDF000018 [C]
SandboxError malformedToken(const QString &why); // 401 GDF000014 [C]
SandboxError badSignature(); // 401 GDF900001
SandboxError methodMismatch(const QString &claim, const QString &actual); // 401 GDF900002
SandboxError uriMismatch(const QString &claim, const QString &actual); // 401 GDF900003
SandboxError payloadMismatch(); // 401 GDF900004
SandboxError timestampRejected(const QString &why); // 401 GDF900005

// Profiles and permissions.
SandboxError readOnlyClient(const QString &profile); // 403 MIT000017 [C] / CIT900017 / AIT900017
SandboxError profileNotAllowed(const QString &profile, const QString &action); // 403 MIT/CIT/AIT900018

// Generic (QIT).
SandboxError invalidPayload(const QString &problem); // 400 QIT000001 [C]
SandboxError invalidPaging(); // 400 QIT000010 [C]
SandboxError noRoute(); // 404 QIT000404
SandboxError methodNotAllowed(); // 405 QIT000405
SandboxError injectedFailure(int httpStatus, const QString &title); // QIT000<status>: fault injection

// trade_receivables (reference §8).
SandboxError configurationInactive(); // 400 TRC000014 [C]
SandboxError configurationNotFound(); // 404 TRC000016 [C]
SandboxError assetNotFound(); // 404 TRC000017 [C]
SandboxError batchNotFound(); // 400 TRC000018 [C]
SandboxError invalidBatchStatus(const QString &status); // 400 TRC000024 [C]
SandboxError invalidAssetStatus(const QString &status); // 400 TRC000024 [I text]
SandboxError batchClosedForAssets(); // 400 TRC000024 [I text]
SandboxError assetNotReadyForDocuments(); // 400 TRC000024 [C]
SandboxError invalidDocumentType(); // 400 TRC000026 [C]
SandboxError duplicateExternalId(); // 400 TRC000041 [C]
SandboxError cannotCloseEmpty(); // 400 TRC000042 [C]
SandboxError documentExists(); // 400 TRC000055 [C]
SandboxError invalidAssignmentDate(); // 400 TRC000083 [C]
SandboxError valuesChanged(const QString &detail); // 400 TRC900001
SandboxError duplicateAssetExternalId(); // 400 TRC900002
SandboxError assetIdEqualsBatchId(); // 400 TRC900003
SandboxError termNotAvailable(); // 400 TRC900005
SandboxError fundNotFound(); // 404 TRC900006
SandboxError disbursementAccountInvalid(); // 400 TRC900007

// assignor_registry.
SandboxError assignorNotFound(); // 404 ASR900001
SandboxError accountNotFound(); // 404 ASR900002
SandboxError cannotUnsetDefault(); // 400 ASR900003

} // namespace Errors

} // namespace cessio::sandbox
