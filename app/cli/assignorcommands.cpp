#include "cli/assignorcommands.h"

#include "cli/domainjson.h"
#include "cli/exitcodes.h"
#include "cli/table.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace cessio::cli {

namespace {

// Sub-command → number of positional arguments, the sub-command's name included.
int argumentsOf(const QString &sub)
{
    if (sub == u"create-batch" || sub == u"close")
        return 2;
    if (sub == u"insert-asset")
        return 3;
    if (sub == u"upload-document")
        return 5;
    return -1;
}

} // namespace

QString AssignorCommand::usage()
{
    return u"assignor create-batch EXT --config KEY [--date YYYY-MM-DD] | assignor insert-asset EXT --config KEY FILE.json | "
           "assignor upload-document EXT --config KEY ASSET_ID TYPE FILE.pdf | assignor close EXT --config KEY"_s;
}

QString AssignorCommand::checkArguments(const CliOptions &options)
{
    const QString sub = options.arguments.value(0);
    const int expected = argumentsOf(sub);
    if (expected < 0 || options.arguments.size() != expected)
        return QCoreApplication::translate("cli", "Unknown or incomplete assignor command.");
    if (options.config.isEmpty())
        return QCoreApplication::translate("cli", "assignor %1 needs --config KEY.").arg(sub);
    if (options.isSet(u"date"_s)) {
        if (sub != u"create-batch")
            return QCoreApplication::translate("cli", "The option --%1 does not apply to %2.")
                .arg(u"date"_s, u"assignor "_s + sub);
        if (!QDate::fromString(options.date, Qt::ISODate).isValid())
            return QCoreApplication::translate("cli", "The date must be YYYY-MM-DD, not \"%1\".").arg(options.date);
    }
    return {};
}

BatchRef AssignorCommand::ref() const
{
    return { connection().funds.constFirst(), options().config, options().arguments.at(1) };
}

void AssignorCommand::start()
{
    if (connection().funds.size() != 1) {
        fail(Usage, QCoreApplication::translate("cli", "The assignor commands work on one fund: pass a single --fund KEY."));
        return;
    }
    const QString sub = options().arguments.constFirst();
    if (sub == u"create-batch")
        createBatch();
    else if (sub == u"insert-asset")
        insertAsset();
    else if (sub == u"upload-document")
        uploadDocument();
    else
        close();
}

void AssignorCommand::report(const QList<std::pair<QString, QString>> &pairs, const JsonOut &json)
{
    if (this->json())
        printJson(json);
    else
        print(Table::keyValues(pairs));
    finish(Success);
}

void AssignorCommand::createBatch()
{
    std::optional<QDate> date;
    if (options().isSet(u"date"_s))
        date = QDate::fromString(options().date, Qt::ISODate);
    const BatchRef batch = ref();
    client()->createBatch(batch.fundClassKey, batch.configurationKey, batch.externalId, date, this,
                          [this, batch](const ApiResult<CreatedBatch> &result) {
                              if (!result.ok()) {
                                  failApi(result.error,
                                          QCoreApplication::translate("cli", "Creating the batch %1").arg(batch.externalId));
                                  return;
                              }
                              const CreatedBatch &created = *result.value;
                              const QString externalId = created.externalId.isEmpty() ? batch.externalId : created.externalId;
                              report({ { QCoreApplication::translate("cli", "Batch"), externalId },
                                       { QCoreApplication::translate("cli", "Assignment key"), created.assignmentKey },
                                       { QCoreApplication::translate("cli", "Status"), created.status.apiName() } },
                                     JsonOut::object()
                                         .insert(u"external_id"_s, externalId)
                                         .insert(u"assignment_key"_s, created.assignmentKey)
                                         .insert(u"status"_s, created.status.apiName()));
                          });
}

void AssignorCommand::insertAsset()
{
    const QString path = options().arguments.at(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(ApiFailure, QCoreApplication::translate("cli", "Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : QCoreApplication::translate("cli", "not a JSON object");
        fail(ApiFailure,
             QCoreApplication::translate("cli", "%1 is not an asset (a JSON object as QI Tech's asset insertion takes): %2")
                 .arg(path, why));
        return;
    }
    const BatchRef batch = ref();
    client()->insertAsset(batch, document.object(), this, [this, batch](const ApiResult<CreatedAsset> &result) {
        if (!result.ok()) {
            failApi(result.error, QCoreApplication::translate("cli", "Inserting the asset into %1").arg(batch.externalId));
            return;
        }
        const CreatedAsset &created = *result.value;
        report({ { QCoreApplication::translate("cli", "Asset"), created.externalId },
                 { QCoreApplication::translate("cli", "Asset key"), created.assetKey },
                 { QCoreApplication::translate("cli", "Status"), created.status.apiName() } },
               JsonOut::object()
                   .insert(u"external_id"_s, JsonOut::stringOrNull(created.externalId))
                   .insert(u"asset_key"_s, JsonOut::stringOrNull(created.assetKey))
                   .insert(u"status"_s, JsonOut::stringOrNull(created.status.apiName())));
    });
}

void AssignorCommand::uploadDocument()
{
    const QString assetId = options().arguments.at(2);
    const QString type = options().arguments.at(3);
    const QString path = options().arguments.at(4);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(ApiFailure, QCoreApplication::translate("cli", "Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    // Sent as it is: QI (and the sandbox) judge whether it is a PDF.
    const QByteArray pdf = file.readAll();
    client()->uploadDocument(ref(), assetId, type, pdf, this, [this, assetId, type](const ApiResult<CreatedDocument> &result) {
        if (!result.ok()) {
            failApi(result.error, QCoreApplication::translate("cli", "Uploading the document of %1").arg(assetId));
            return;
        }
        report({ { QCoreApplication::translate("cli", "Asset"), assetId },
                 { QCoreApplication::translate("cli", "Document type"), type },
                 { QCoreApplication::translate("cli", "Document key"), result.value->documentKey } },
               JsonOut::object()
                   .insert(u"asset_id"_s, assetId)
                   .insert(u"document_type"_s, type)
                   .insert(u"document_key"_s, result.value->documentKey));
    });
}

void AssignorCommand::close()
{
    const BatchRef batch = ref();
    client()->closeInsertion(batch, this, [this, batch](const ApiResult<BatchUpdateResult> &result) {
        if (!result.ok()) {
            failApi(result.error, QCoreApplication::translate("cli", "Closing the batch %1").arg(batch.externalId));
            return;
        }
        report({ { QCoreApplication::translate("cli", "Batch"), batch.externalId },
                 { QCoreApplication::translate("cli", "Status"), result.value->status.apiName() } },
               DomainJson::updateResult(*result.value));
    });
}

} // namespace cessio::cli
