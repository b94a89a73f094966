#include "democast.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox::DemoCast {

namespace {

DebtorPool::Shape shape(int size, double personShare, double concentration, const QStringList &segments,
                        const QStringList &anchors = {})
{
    return { size, personShare, concentration, segments, anchors };
}

// FNV-1a over the UTF-16 code units: a stable seed (qHash is randomized per process).
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

const QList<FundRole> &funds()
{
    static const QList<FundRole> table {
        { u"Aurora Recebíveis Comerciais FIDC Responsabilidade Limitada"_s, false },
        { u"Ipê Amarelo Crédito Multissetorial FIDC"_s, false },
        { u"Serra do Mar Agro e Indústria FIDC"_s, false },
        { u"Cerrado Digital Crédito Estruturado FIDC"_s, true },
    };
    return table;
}

const QList<AssignorRole> &assignors()
{
    static const QList<AssignorRole> table {
        { u"Metalúrgica Vale do Aço Ltda."_s,
          u"MVA"_s,
          u"31"_s,
          0.0165,
          { u"341"_s, u"237"_s, u"001"_s },
          false,
          shape(1500, 0.0, 1.05,
                { u"Construção"_s, u"Materiais de construção"_s, u"Autopeças"_s, u"Metalurgia"_s, u"Embalagens"_s },
                { u"Construtora Pedra Forte S.A."_s, u"Construmais Home Center S.A."_s,
                  u"Implementos Rodoviários Sul Forte S.A."_s }) },
        { u"Têxtil Santa Clara S.A."_s,
          u"TSC"_s,
          u"42"_s,
          0.0190,
          { u"033"_s, u"341"_s },
          false,
          shape(600, 0.0, 1.0, { u"Confecção"_s, u"Loja de departamentos"_s, u"Calçados"_s },
                { u"Lojas Varejão Nacional S.A."_s, u"Moda Jovem Magazine S.A."_s }) },
        { u"Clínica Integrada Vida Plena Ltda."_s,
          u"CVP"_s,
          u"35"_s,
          0.0210,
          { u"237"_s, u"260"_s },
          false,
          shape(400, 0.6, 1.3, { u"Planos de saúde"_s },
                { u"Bem Cuidar Saúde Operadora de Planos S.A."_s, u"Vida Segura Saúde S.A."_s,
                  u"Saúde Integral Operadora de Planos S.A."_s, u"Amparo Assistência Médica S.A."_s }) },
        { u"Construtora Horizonte Azul Ltda."_s,
          u"CHA"_s,
          u"41"_s,
          0.0140,
          { u"104"_s, u"001"_s, u"341"_s },
          true,
          shape(300, 1.0, 0.2, {}) },
        { u"Crédito Fácil Sociedade de Crédito Direto S.A."_s,
          u"CFD"_s,
          u"35"_s,
          0.0230,
          { u"208"_s, u"077"_s },
          false,
          shape(2000, 0.85, 0.15, { u"Restaurante"_s, u"Padaria"_s, u"Drogaria"_s, u"Autopeças"_s }) },
        { u"Agropecuária Três Rios Ltda."_s,
          u"ATR"_s,
          u"51"_s,
          0.0125,
          { u"756"_s, u"001"_s },
          false,
          shape(80, 0.6, 0.8, { u"Cooperativa agrícola"_s }, { u"Cooperativa Agroindustrial Vale Verde"_s }) },
        { u"Móveis e Eletro Ipanema Comércio Ltda."_s,
          u"MEI"_s,
          u"33"_s,
          0.0260,
          { u"341"_s, u"033"_s, u"422"_s },
          false,
          shape(500, 0.95, 0.1, { u"Móveis"_s }) },
        { u"Distribuidora Bom Sabor Alimentos Ltda."_s,
          u"DBS"_s,
          u"35"_s,
          0.0175,
          { u"001"_s, u"237"_s },
          true,
          shape(700, 0.0, 1.1, { u"Supermercado"_s, u"Restaurante"_s, u"Padaria"_s, u"Atacado de alimentos"_s },
                { u"Rede Mais Supermercados S.A."_s, u"Supermercados Preço Bom S.A."_s }) },
    };
    return table;
}

const QList<ContractRole> &contracts()
{
    static const QList<ContractRole> table {
        { 0, 0, AssetType::DuplicataMercantil }, // 0: the 20,000-asset batch
        { 2, 0, AssetType::DuplicataMercantil }, // 1
        { 1, 0, AssetType::DuplicataMercantil, false, false }, // 2: an old contract, inactive
        { 0, 1, AssetType::DuplicataMercantil, true }, // 3: consultant approval
        { 1, 2, AssetType::DuplicataServicos }, // 4
        { 1, 3, AssetType::DiscountedContract }, // 5
        { 3, 4, AssetType::Ccb }, // 6
        { 1, 4, AssetType::Ccb }, // 7
        { 2, 5, AssetType::PromissoryNote }, // 8
        { 2, 6, AssetType::Check }, // 9
        { 2, 7, AssetType::DuplicataMercantil }, // 10
        { 0, 7, AssetType::DuplicataMercantil }, // 11
    };
    return table;
}

QString managerName()
{
    return u"Jatobá Capital Gestão de Recursos Ltda."_s;
}

QString managerUser()
{
    return u"ana.ribeiro@jatobacapital.com.br"_s;
}

QString consultantName()
{
    return u"Lastro Consultoria em Crédito Ltda."_s;
}

AssignorRole roleOf(const QString &assignorName)
{
    for (const AssignorRole &role : assignors()) {
        if (role.name == assignorName)
            return role;
    }
    AssignorRole generic;
    generic.name = assignorName;
    generic.code = DemoNames::slug(assignorName).left(3).toUpper();
    if (generic.code.isEmpty())
        generic.code = u"DEM"_s;
    generic.stateCode = u"35"_s;
    generic.monthlyRate = 0.02;
    generic.banks = { u"341"_s };
    generic.debtors = shape(300, 0.4, 0.9, {});
    return generic;
}

DebtorPool debtorsOf(const AssignorRole &role, const QString &assignorDocument)
{
    return DebtorPool::make(stableHash(role.name + assignorDocument), role.debtors);
}

QString assignorUser(const QString &assignorName)
{
    return u"integracao@"_s + DemoNames::slug(assignorName) + u".com.br"_s;
}

} // namespace cessio::sandbox::DemoCast
