#include "errors.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

// Protocol texts, not user interface: QI Tech sends English in `description` and Portuguese in
// `translation`, so they are written here verbatim instead of going through tr().
namespace cessio::sandbox {

QJsonObject SandboxError::toJson() const
{
    return { { u"title"_s, title }, { u"description"_s, description }, { u"translation"_s, translation }, { u"code"_s, code } };
}

QByteArray ApiResult::bytes() const
{
    if (!encodedBody.isEmpty())
        return encodedBody;
    return body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                          : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
}

namespace Errors {

namespace {

SandboxError make(int status, const QString &code, const QString &title, const QString &description, const QString &translation)
{
    return { status, code, title, description, translation };
}

QString hostPrefix(const QString &profile)
{
    if (profile == u"consultant")
        return u"CIT"_s;
    if (profile == u"assignor")
        return u"AIT"_s;
    return u"MIT"_s;
}

} // namespace

SandboxError missingClientKey()
{
    return make(400, u"GDF000003"_s, u"Bad Request"_s, u"No API Client Key received"_s, u"Nenhuma API Client Key recebida"_s);
}

SandboxError unknownClient()
{
    return make(404, u"GDF000018"_s, u"Not Found"_s, u"No ClientIntegration found for this api_client_key"_s,
                u"Nenhuma integração encontrada para essa api_client_key"_s);
}

SandboxError malformedToken(const QString &why)
{
    return make(401, u"GDF000014"_s, u"QI Unauthenticated"_s, u"Failed decoding auth token: "_s + why,
                u"Falha ao decodificar o token de autenticação: "_s + why);
}

SandboxError badSignature()
{
    return make(401, u"GDF900001"_s, u"QI Unauthenticated"_s, u"Invalid signature for this api_client_key"_s,
                u"Assinatura inválida para essa api_client_key"_s);
}

SandboxError methodMismatch(const QString &claim, const QString &actual)
{
    return make(401, u"GDF900002"_s, u"QI Unauthenticated"_s,
                u"Token method '%1' does not match the request method '%2'"_s.arg(claim, actual),
                u"O método '%1' do token difere do método da requisição '%2'"_s.arg(claim, actual));
}

SandboxError uriMismatch(const QString &claim, const QString &actual)
{
    return make(401, u"GDF900003"_s, u"QI Unauthenticated"_s,
                u"Token uri '%1' does not match the request uri '%2'"_s.arg(claim, actual),
                u"A uri '%1' do token difere da uri da requisição '%2'"_s.arg(claim, actual));
}

SandboxError payloadMismatch()
{
    return make(401, u"GDF900004"_s, u"QI Unauthenticated"_s, u"Token payload_md5 does not match the request body"_s,
                u"O payload_md5 do token difere do corpo da requisição"_s);
}

SandboxError timestampRejected(const QString &why)
{
    return make(401, u"GDF900005"_s, u"QI Unauthenticated"_s, u"Invalid token timestamp: "_s + why,
                u"Timestamp do token inválido: "_s + why);
}

SandboxError readOnlyClient(const QString &profile)
{
    if (profile == u"manager")
        return make(403, u"MIT000017"_s, u"Manager does not have permission to access this endpoint"_s,
                    u"Manager does not have permission to access this endpoint"_s,
                    u"Gestor nao tem permissão para acessar esse endpoint"_s);
    const bool consultant = profile == u"consultant";
    const QString who = consultant ? u"Consultant"_s : u"Assignor"_s;
    const QString quem = consultant ? u"Consultoria"_s : u"Cedente"_s;
    const QString text = who + u" does not have permission to access this endpoint"_s;
    return make(403, hostPrefix(profile) + u"900017"_s, text, text, quem + u" não tem permissão para acessar esse endpoint"_s);
}

SandboxError profileNotAllowed(const QString &profile, const QString &action)
{
    return make(403, hostPrefix(profile) + u"900018"_s, u"Permission Validator Error"_s,
                u"Profile '%1' may not %2"_s.arg(profile, action),
                u"O perfil '%1' não pode executar esta operação (%2)"_s.arg(profile, action));
}

SandboxError invalidPayload(const QString &problem)
{
    return make(400, u"QIT000001"_s, u"Schema Validator Error"_s, u"Payload Inválido "_s + problem,
                u"Payload Inválido "_s + problem);
}

SandboxError invalidPaging()
{
    return make(400, u"QIT000010"_s, u"Search Params Error"_s, u"Invalid integer value for page or size querystring parameters"_s,
                u"Valor inválido para parâmetros página ou tamanho de página"_s);
}

SandboxError noRoute()
{
    return make(404, u"QIT000404"_s, u"Not Found"_s, u"No route for this path"_s, u"Nenhuma rota para esse caminho"_s);
}

SandboxError methodNotAllowed()
{
    return make(405, u"QIT000405"_s, u"Method Not Allowed"_s, u"Method not allowed for this route"_s,
                u"Método não permitido para essa rota"_s);
}

SandboxError injectedFailure(int httpStatus, const QString &title)
{
    return make(httpStatus, u"QIT000%1"_s.arg(httpStatus), title, u"Simulated failure (cessio-sandbox fault injection)"_s,
                u"Falha simulada (injeção de falhas do cessio-sandbox)"_s);
}

SandboxError configurationInactive()
{
    return make(400, u"TRC000014"_s, u"Assignment Configuration is not active."_s, u"Assignment Configuration is not active."_s,
                u"A configuração de cessão não está ativa."_s);
}

SandboxError configurationNotFound()
{
    return make(404, u"TRC000016"_s, u"AssignmentConfiguration was not found"_s, u"AssignmentConfiguration was not found"_s,
                u"Configuração de cessão não foi encontrada"_s);
}

SandboxError assetNotFound()
{
    return make(404, u"TRC000017"_s, u"Asset not found"_s, u"Asset not found"_s, u"Ativo não encontrado"_s);
}

SandboxError batchNotFound()
{
    return make(400, u"TRC000018"_s, u"Assignment not found"_s, u"Assignment not found"_s, u"Cessão não foi encontrada"_s);
}

SandboxError invalidBatchStatus(const QString &status)
{
    return make(400, u"TRC000024"_s, u"Invalid operation"_s, u"This assignment can not receive '%1' status"_s.arg(status),
                u"Esse lote não pode receber o status '%1'"_s.arg(status));
}

SandboxError invalidAssetStatus(const QString &status)
{
    return make(400, u"TRC000024"_s, u"Invalid operation"_s, u"This asset can not receive '%1' status"_s.arg(status),
                u"Esse ativo não pode receber o status '%1'"_s.arg(status));
}

SandboxError batchClosedForAssets()
{
    return make(400, u"TRC000024"_s, u"Invalid operation"_s, u"This assignment can not receive new assets"_s,
                u"Esse lote não pode receber novos ativos"_s);
}

SandboxError assetNotReadyForDocuments()
{
    return make(400, u"TRC000024"_s, u"Invalid operation"_s, u"Asset is not in a valid status to receive documents"_s,
                u"Ativo não está em status válido para receber documentos"_s);
}

SandboxError invalidDocumentType()
{
    return make(400, u"TRC000026"_s, u"Invalid document type"_s, u"Document type is not valid for this asset type"_s,
                u"Tipo de documento inválido para esse tipo de ativo"_s);
}

SandboxError duplicateExternalId()
{
    return make(400, u"TRC000041"_s, u"Already Exists This External Id"_s, u"Already Exists This External Id"_s,
                u"Já existe lote com esse external_id"_s);
}

SandboxError cannotCloseEmpty()
{
    return make(400, u"TRC000042"_s, u"Cannot Close This Assignment"_s,
                u"Cannot close this assignment because there is no asset."_s,
                u"Não é possível fechar este lote porque não há nenhum ativo."_s);
}

SandboxError documentExists()
{
    return make(400, u"TRC000055"_s, u"Document already exists"_s, u"A document of this type already exists for this asset"_s,
                u"Já existe um documento desse tipo para esse ativo"_s);
}

SandboxError invalidAssignmentDate()
{
    return make(400, u"TRC000083"_s, u"Invalid assignment date."_s,
                u"Given assignment date is different from fund accounting date."_s,
                u"Data de cessão fornecida diferente da data do fundo."_s);
}

SandboxError valuesChanged(const QString &detail)
{
    return make(400, u"TRC900001"_s, u"Values changed"_s, u"The assignment changed since it was read: "_s + detail,
                u"O lote mudou desde a última leitura: "_s + detail);
}

SandboxError duplicateAssetExternalId()
{
    return make(400, u"TRC900002"_s, u"Already Exists This Asset External Id"_s, u"Already Exists This Asset External Id"_s,
                u"Já existe ativo com esse external_id neste lote"_s);
}

SandboxError assetIdEqualsBatchId()
{
    return make(400, u"TRC900003"_s, u"Invalid asset external id"_s,
                u"The asset external_id must differ from the assignment external_id"_s,
                u"O external_id do ativo deve ser diferente do external_id do lote"_s);
}

SandboxError termNotAvailable()
{
    return make(400, u"TRC900005"_s, u"Assignment term not available"_s,
                u"The assignment term is generated after the manager approval"_s,
                u"O termo de cessão é gerado após a aprovação da gestora"_s);
}

SandboxError fundNotFound()
{
    return make(404, u"TRC900006"_s, u"FundClass was not found"_s, u"FundClass was not found"_s, u"Fundo não foi encontrado"_s);
}

SandboxError disbursementAccountInvalid()
{
    return make(400, u"TRC900007"_s, u"Invalid disbursement account"_s,
                u"Disbursement account not found, not active or not the assignor's"_s,
                u"Conta de desembolso não encontrada, inativa ou não pertence ao cedente"_s);
}

SandboxError assignorNotFound()
{
    return make(404, u"ASR900001"_s, u"Assignor not found"_s, u"Assignor not found"_s, u"Cedente não encontrado"_s);
}

SandboxError accountNotFound()
{
    return make(404, u"ASR900002"_s, u"Account not found"_s, u"Account not found"_s, u"Conta não encontrada"_s);
}

SandboxError cannotUnsetDefault()
{
    return make(400, u"ASR900003"_s, u"Invalid operation"_s,
                u"A default account can not be unset; set another account as default instead"_s,
                u"Não é possível desmarcar a conta padrão; defina outra conta como padrão"_s);
}

} // namespace Errors

} // namespace cessio::sandbox
