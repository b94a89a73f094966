#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

ApiError::ApiError(Category category, int httpStatus, QString code, QString title, QString description, QString translation)
    : m_category(category)
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
    , m_title(std::move(title))
    , m_description(std::move(description))
    , m_translation(std::move(translation))
{ }

ApiError ApiError::make(Category category, QString description, int httpStatus)
{
    return ApiError(category, httpStatus, {}, {}, std::move(description), {});
}

ApiError::Category ApiError::categoryFor(int httpStatus, const QString &code)
{
    // Codes first: QI answers some not-found and conflict cases with a plain 400.
    if (code == u"TRC000018" || code == u"TRC000016" || code == u"TRC000017" || code == u"TRC000020")
        return Category::NotFound; // [C] TRC000018 is a 400 in the docs
    if (code == u"TRC000024")
        return Category::Conflict; // [C] "can not receive '<status>' status"
    if (code == u"GDF000029" || code == u"MIT000017")
        return Category::Permission; // [C] IP not allow-listed; manager lacks permission
    if (code == u"GDF000014" || code == u"GDF000018" || code == u"GDF000003")
        return Category::Auth;
    if (httpStatus == 401)
        return Category::Auth;
    if (httpStatus == 403)
        return Category::Permission;
    if (httpStatus == 404)
        return Category::NotFound;
    if (httpStatus == 409)
        return Category::Conflict;
    if (httpStatus == 429)
        return Category::RateLimited;
    if (httpStatus >= 500)
        return Category::Server;
    if (httpStatus >= 400)
        return Category::Validation;
    return Category::Parse;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = json.value("code"_L1).toString();
    return ApiError(categoryFor(httpStatus, code), httpStatus, code, json.value("title"_L1).toString(),
                    json.value("description"_L1).toString(), json.value("translation"_L1).toString());
}

QString ApiError::explanation() const
{
    if (m_code == u"GDF000029")
        return tr("This computer's IP address is not on the integration's allow-list at QI Tech. Ask QI Tech to add it "
                  "(a new address takes up to 48 hours to become active).");
    switch (m_category) {
    case Category::None:
        return {};
    case Category::Network:
        return tr("Could not reach QI Tech. Check the internet connection, proxy or VPN.");
    case Category::Timeout:
        return tr("QI Tech did not answer in time.");
    case Category::Tls:
        return tr("The secure connection to the server could not be established.");
    case Category::Auth:
        return tr("QI Tech refused the credentials: check the API client key and the private key of this profile.");
    case Category::Permission:
        return tr("This integration is not allowed to do this at QI Tech.");
    case Category::NotFound:
        return tr("QI Tech did not find it: check the fund, the configuration and the batch id.");
    case Category::Validation:
        return tr("QI Tech refused the request.");
    case Category::Conflict:
        return tr("The batch is not in a state that allows this operation.");
    case Category::RateLimited:
        return tr("QI Tech is limiting requests; try again in a moment.");
    case Category::Server:
        return tr("QI Tech had an internal error; try again in a moment.");
    case Category::Parse:
        return tr("QI Tech answered with something Cessio could not read.");
    case Category::Cancelled:
        return tr("Cancelled.");
    case Category::Config:
        return tr("The request could not be prepared.");
    }
    return {};
}

QString ApiError::userMessage() const
{
    if (!isError())
        return {};
    const bool portuguese = QLocale().language() == QLocale::Portuguese;
    QString text = portuguese && !m_translation.isEmpty() ? m_translation : m_description;
    if (text.isEmpty())
        text = explanation();
    else if (m_code == u"GDF000029")
        text += u' ' + explanation();
    if (m_outcomeUnknown)
        text += u' ' + tr("The request may have reached QI Tech; Cessio will check what actually happened.");
    if (!m_code.isEmpty())
        return tr("%1 (code %2)").arg(text, m_code);
    if (m_httpStatus > 0)
        return tr("%1 (HTTP %2)").arg(text).arg(m_httpStatus);
    return text;
}

QString ApiError::serverAnswer() const
{
    const bool portuguese = QLocale().language() == QLocale::Portuguese;
    QString text = portuguese ? m_translation : m_description;
    if (text.isEmpty())
        text = portuguese ? m_description : m_translation;
    if (text.isEmpty())
        text = m_title;
    if (m_code.isEmpty())
        return text;
    return text.isEmpty() ? m_code : tr("%1 (code %2)").arg(text, m_code);
}

QString ApiError::technicalSummary() const
{
    QString summary;
    if (m_httpStatus > 0)
        summary += u"HTTP "_s + QString::number(m_httpStatus) + u' ';
    if (!m_code.isEmpty())
        summary += m_code + u": "_s;
    summary += m_description.isEmpty() ? explanation() : m_description;
    return summary;
}

} // namespace cessio
