#include "demoassignor.h"

#include "eligibility.h"
#include "sandbox.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

constexpr int assetsPerTurn = 40; // inserted per event-loop turn
constexpr double flawedShare = 0.02; // assets eligibility will deny
constexpr int brasiliaOffsetSeconds = -3 * 3600;

} // namespace

struct DemoAssignor::Cast
{
    DemoCast::AssignorRole role;
    DemoAssetFactory factory;
    DebtorPool debtors;
};

struct DemoAssignor::Submission
{
    QString fundClassKey;
    QString configurationKey;
    QString externalId;
    Actor actor;
    Cast *cast = nullptr;
    AssetType type;
    QStringList documents; // document types each asset needs
    QDate accountingDate;
    int total = 0;
    int inserted = 0;
};

DemoAssignor::DemoAssignor(Sandbox *sandbox, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_random(0xa551600u)
{
    m_timer.setInterval(int(std::max<qint64>(1, interval.count())));
    connect(&m_timer, &QTimer::timeout, this, [this] { submitNow(); });
}

DemoAssignor::~DemoAssignor() = default;

void DemoAssignor::setSeed(quint32 seed)
{
    m_random = DemoRandom(seed);
}

void DemoAssignor::setAssetRange(int minimum, int maximum)
{
    m_minimumAssets = std::max(1, minimum);
    m_maximumAssets = std::max(m_minimumAssets, maximum);
}

void DemoAssignor::start()
{
    m_timer.start();
}

void DemoAssignor::stop()
{
    m_timer.stop();
}

const Configuration *DemoAssignor::nextConfiguration()
{
    // Active contracts a batch can reach the manager through without a consultant (taking turns).
    QList<const Configuration *> candidates;
    const QList<Configuration *> all = m_sandbox->world().configurations();
    for (const Configuration *configuration : all) {
        if (configuration->active && !configuration->requiresConsultantApproval()
            && m_sandbox->world().fund(configuration->fundClassKey) && m_sandbox->world().assignor(configuration->assignorKey))
            candidates.append(configuration);
    }
    if (candidates.isEmpty())
        return nullptr;
    return candidates.at(m_turn++ % candidates.size());
}

DemoAssignor::Cast &DemoAssignor::castOf(const QString &assignorKey)
{
    std::shared_ptr<Cast> &cast = m_casts[assignorKey];
    if (!cast) {
        const Assignor *assignor = m_sandbox->world().assignor(assignorKey);
        DemoCast::AssignorRole role = DemoCast::roleOf(assignor->name);
        DemoAssetFactory factory(assignor->documentNumber, role.stateCode, role.monthlyRate);
        DebtorPool debtors = DemoCast::debtorsOf(role, assignor->documentNumber);
        cast = std::make_shared<Cast>(Cast { std::move(role), std::move(factory), std::move(debtors) });
    }
    return *cast;
}

bool DemoAssignor::submitNow()
{
    if (!m_sandbox || m_current)
        return false;
    const Configuration *configuration = nextConfiguration();
    if (!configuration)
        return false;
    World &world = m_sandbox->world();
    const Assignor *assignor = world.assignor(configuration->assignorKey);
    const Fund *fund = world.fund(configuration->fundClassKey);

    auto submission = std::make_unique<Submission>();
    submission->fundClassKey = configuration->fundClassKey;
    submission->configurationKey = configuration->configurationKey;
    submission->cast = &castOf(configuration->assignorKey);
    submission->actor = Actor::inProcess(Profile::Assignor, DemoCast::assignorUser(assignor->name));
    submission->type = configuration->assetType;
    submission->documents = Eligibility::requiredDocuments(*configuration, configuration->assetType);
    submission->accountingDate = fund->accountingDate;
    submission->total = int(std::lround(m_random.logUniform(m_minimumAssets, m_maximumAssets + 0.999)));
    submission->total = std::clamp(submission->total, m_minimumAssets, m_maximumAssets);

    // A fresh external id in the assignor's style, "MVA-20260511-D03".
    const QString prefix = submission->cast->role.code + u'-'
        + QDateTime::currentDateTimeUtc().toOffsetFromUtc(brasiliaOffsetSeconds).date().toString(u"yyyyMMdd"_s) + u"-D"_s;
    int sequence = 1;
    while (world.batch(QString(prefix + QString::number(sequence).rightJustified(2, u'0'))))
        ++sequence;
    submission->externalId = prefix + QString::number(sequence).rightJustified(2, u'0');

    const ApiResult created
        = m_sandbox->batches().create(submission->actor, submission->fundClassKey, submission->configurationKey,
                                      { { u"external_id"_s, submission->externalId } });
    if (created.isError()) {
        Q_EMIT failed(u"create %1: %2"_s.arg(submission->externalId, created.code()));
        return false;
    }
    m_current = std::move(submission);
    Q_EMIT batchCreated(m_current->fundClassKey, m_current->configurationKey, m_current->externalId);
    QTimer::singleShot(0, this, &DemoAssignor::continueSubmission);
    return true;
}

void DemoAssignor::continueSubmission()
{
    if (!m_current)
        return;
    if (!m_sandbox)
        return abandon(u"the sandbox is gone"_s);
    Submission &s = *m_current;
    const int end = std::min(s.total, s.inserted + assetsPerTurn);
    for (; s.inserted < end; ++s.inserted) {
        const QString assetId = u"%1-%2"_s.arg(s.externalId).arg(s.inserted + 1, 4, 10, QLatin1Char('0'));
        auto flaw = DemoAssetFactory::Flaw::None;
        if (m_random.chance(flawedShare))
            flaw = m_random.chance(0.5) ? DemoAssetFactory::Flaw::PurchaseAboveFace : DemoAssetFactory::Flaw::BadBorrowerDocument;
        const Asset asset
            = s.cast->factory.make(m_random, s.type, assetId, s.cast->debtors.pick(m_random), s.accountingDate, flaw);
        const ApiResult inserted
            = m_sandbox->assets().insert(s.actor, s.fundClassKey, s.configurationKey, s.externalId, asset.body);
        if (inserted.isError())
            return abandon(u"insert %1: %2"_s.arg(assetId, inserted.code()));
        for (const QString &type : std::as_const(s.documents)) {
            const QJsonObject document { { u"document_type"_s, type },
                                         { u"document_b64"_s, QString::fromLatin1(demoPdf(assetId).toBase64()) } };
            const ApiResult uploaded = m_sandbox->assets().uploadDocument(s.actor, s.fundClassKey, s.configurationKey,
                                                                          s.externalId, assetId, document);
            if (uploaded.isError())
                return abandon(u"document %1: %2"_s.arg(assetId, uploaded.code()));
        }
    }
    if (s.inserted < s.total) {
        QTimer::singleShot(0, this, &DemoAssignor::continueSubmission);
        return;
    }
    const ApiResult closed = m_sandbox->batches().update(s.actor, s.fundClassKey, s.configurationKey, s.externalId,
                                                         { { u"assignment_status"_s, u"completed_assets_insertion"_s } });
    if (closed.isError())
        return abandon(u"close %1: %2"_s.arg(s.externalId, closed.code()));
    const std::unique_ptr<Submission> done = std::move(m_current);
    ++m_submitted;
    Q_EMIT batchSubmitted(done->fundClassKey, done->configurationKey, done->externalId, done->total);
}

void DemoAssignor::abandon(const QString &problem)
{
    m_current.reset();
    Q_EMIT failed(problem);
}

} // namespace cessio::sandbox
