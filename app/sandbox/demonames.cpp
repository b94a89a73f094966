#include "demonames.h"

#include "core/documentnumber.h"

#include <QRegularExpression>
#include <QUuid>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

int DemoRandom::between(int lowest, int highest)
{
    return highest <= lowest ? lowest : lowest + int(m_generator.bounded(quint32(highest - lowest) + 1));
}

qint64 DemoRandom::between64(qint64 lowest, qint64 highest)
{
    if (highest <= lowest)
        return lowest;
    return lowest + qint64(m_generator.generate64() % quint64(highest - lowest + 1));
}

double DemoRandom::logUniform(double lowest, double highest)
{
    return lowest * std::exp(uniform() * std::log(highest / lowest));
}

QString DemoRandom::digits(int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + between(0, 9)));
    return text;
}

QString DemoRandom::alphanumeric(int count)
{
    static const QString symbols = u"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"_s;
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(pick(symbols));
    return text;
}

QString DemoRandom::uuid()
{
    quint32 words[4];
    m_generator.fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

namespace DemoNames {

namespace {

struct Segment
{
    QString name;
    QString pattern; // %1: the company's own name
    QString activityCode;
};

const QList<Segment> &segments()
{
    static const QList<Segment> table {
        { u"Supermercado"_s, u"Supermercados %1 Ltda."_s, u"47.11-3-02"_s },
        { u"Atacado de alimentos"_s, u"Atacadista %1 de Alimentos Ltda."_s, u"46.39-7-01"_s },
        { u"Drogaria"_s, u"Drogaria %1 Ltda."_s, u"47.71-7-01"_s },
        { u"Materiais de construção"_s, u"%1 Materiais de Construção Ltda."_s, u"47.44-0-99"_s },
        { u"Autopeças"_s, u"Autopeças %1 Comércio Ltda."_s, u"45.30-7-03"_s },
        { u"Construção"_s, u"Construtora %1 S.A."_s, u"41.20-4-00"_s },
        { u"Metalurgia"_s, u"Metalúrgica %1 Ltda."_s, u"25.39-0-01"_s },
        { u"Transporte"_s, u"Transportes %1 Ltda."_s, u"49.30-2-02"_s },
        { u"Hospital"_s, u"Hospital %1 S.A."_s, u"86.10-1-01"_s },
        { u"Restaurante"_s, u"Restaurante %1 Ltda."_s, u"56.11-2-01"_s },
        { u"Padaria"_s, u"Panificadora %1 Ltda."_s, u"10.91-1-02"_s },
        { u"Confecção"_s, u"Confecções %1 Ltda."_s, u"14.12-6-01"_s },
        { u"Móveis"_s, u"Móveis %1 Ltda."_s, u"47.54-7-01"_s },
        { u"Combustíveis"_s, u"Auto Posto %1 Ltda."_s, u"47.31-8-00"_s },
        { u"Embalagens"_s, u"Embalagens %1 Indústria e Comércio Ltda."_s, u"22.22-6-00"_s },
        { u"Eletrônicos"_s, u"%1 Eletrônicos Ltda."_s, u"47.53-9-00"_s },
        { u"Planos de saúde"_s, u"%1 Saúde Operadora de Planos S.A."_s, u"65.50-2-00"_s },
        { u"Cooperativa agrícola"_s, u"Cooperativa Agroindustrial %1"_s, u"46.23-1-99"_s },
        { u"Loja de departamentos"_s, u"Lojas %1 S.A."_s, u"47.13-0-02"_s },
        { u"Calçados"_s, u"Calçados %1 Ltda."_s, u"15.31-9-01"_s },
    };
    return table;
}

const QStringList &companyCores()
{
    static const QStringList table { u"Boa Vista"_s,         u"São Jorge"_s,    u"Nova Esperança"_s, u"Santa Rita"_s,
                                     u"Bandeirantes"_s,      u"Primavera"_s,    u"Estrela do Sul"_s, u"Pioneira"_s,
                                     u"Central"_s,           u"União"_s,        u"do Vale"_s,        u"Andrade"_s,
                                     u"Oliveira & Filhos"_s, u"Irmãos Costa"_s, u"Ferreira"_s,       u"Martins"_s,
                                     u"Tropical"_s,          u"Horizonte"_s,    u"Aliança"_s,        u"Progresso"_s,
                                     u"Vitória"_s,           u"Imperial"_s,     u"Lago Azul"_s,      u"Serra Dourada"_s,
                                     u"Monte Sião"_s,        u"Três Irmãos"_s,  u"Bom Jesus"_s,      u"Cristal"_s,
                                     u"Araucária"_s,         u"Jequitibá"_s,    u"Sabiá"_s,          u"Canaã"_s,
                                     u"Novo Tempo"_s,        u"Guarani"_s,      u"Rio Claro"_s,      u"Mar Azul"_s,
                                     u"Sol Nascente"_s,      u"Pinheiros"_s,    u"Santa Clara"_s,    u"Planalto"_s };
    return table;
}

const QStringList &femaleNames()
{
    static const QStringList table { u"Ana"_s,     u"Maria"_s,   u"Juliana"_s, u"Fernanda"_s, u"Camila"_s,   u"Patrícia"_s,
                                     u"Aline"_s,   u"Beatriz"_s, u"Larissa"_s, u"Mariana"_s,  u"Gabriela"_s, u"Luciana"_s,
                                     u"Renata"_s,  u"Vanessa"_s, u"Débora"_s,  u"Cláudia"_s,  u"Sandra"_s,   u"Adriana"_s,
                                     u"Tatiane"_s, u"Letícia"_s, u"Raquel"_s,  u"Simone"_s,   u"Helena"_s,   u"Isabela"_s };
    return table;
}

const QStringList &maleNames()
{
    static const QStringList table { u"João"_s,    u"José"_s,    u"Carlos"_s,  u"Paulo"_s,     u"Pedro"_s,   u"Lucas"_s,
                                     u"Marcos"_s,  u"Rafael"_s,  u"Rodrigo"_s, u"Felipe"_s,    u"Gustavo"_s, u"Bruno"_s,
                                     u"Thiago"_s,  u"André"_s,   u"Eduardo"_s, u"Fernando"_s,  u"Ricardo"_s, u"Diego"_s,
                                     u"Leandro"_s, u"Marcelo"_s, u"Antônio"_s, u"Francisco"_s, u"Luiz"_s,    u"Vinícius"_s };
    return table;
}

const QStringList &surnames()
{
    static const QStringList table { u"Silva"_s,   u"Santos"_s,   u"Oliveira"_s,  u"Souza"_s,     u"Rodrigues"_s,  u"Ferreira"_s,
                                     u"Alves"_s,   u"Pereira"_s,  u"Lima"_s,      u"Gomes"_s,     u"Costa"_s,      u"Ribeiro"_s,
                                     u"Martins"_s, u"Carvalho"_s, u"Almeida"_s,   u"Lopes"_s,     u"Soares"_s,     u"Fernandes"_s,
                                     u"Vieira"_s,  u"Barbosa"_s,  u"Rocha"_s,     u"Dias"_s,      u"Nascimento"_s, u"Andrade"_s,
                                     u"Moreira"_s, u"Nunes"_s,    u"Marques"_s,   u"Machado"_s,   u"Mendes"_s,     u"Freitas"_s,
                                     u"Cardoso"_s, u"Ramos"_s,    u"Gonçalves"_s, u"Santana"_s,   u"Teixeira"_s,   u"Araújo"_s,
                                     u"Pinto"_s,   u"Correia"_s,  u"Moura"_s,     u"Cavalcanti"_s };
    return table;
}

const QStringList &streets()
{
    static const QStringList table { u"Rua das Flores"_s,          u"Avenida Brasil"_s,           u"Rua XV de Novembro"_s,
                                     u"Avenida Getúlio Vargas"_s,  u"Rua Sete de Setembro"_s,     u"Rua Tiradentes"_s,
                                     u"Rua Marechal Deodoro"_s,    u"Rua Dom Pedro II"_s,         u"Avenida Santos Dumont"_s,
                                     u"Rua Barão do Rio Branco"_s, u"Rua Rui Barbosa"_s,          u"Rua Duque de Caxias"_s,
                                     u"Avenida das Nações"_s,      u"Rua José Bonifácio"_s,       u"Rua Padre Anchieta"_s,
                                     u"Avenida Independência"_s,   u"Rua Floriano Peixoto"_s,     u"Rua Visconde de Mauá"_s,
                                     u"Rua Oswaldo Cruz"_s,        u"Avenida Presidente Vargas"_s };
    return table;
}

const QStringList &neighborhoods()
{
    static const QStringList table {
        u"Centro"_s,        u"Jardim América"_s,      u"Vila Nova"_s,         u"Boa Vista"_s,      u"Santa Cecília"_s,
        u"Jardim Europa"_s, u"Distrito Industrial"_s, u"Vila Mariana"_s,      u"Cidade Alta"_s,    u"Bela Vista"_s,
        u"São José"_s,      u"Jardim Botânico"_s,     u"Parque das Nações"_s, u"Alto da Glória"_s, u"Santo Antônio"_s,
        u"Liberdade"_s
    };
    return table;
}

const QStringList &mailDomains()
{
    static const QStringList table { u"gmail.com"_s, u"hotmail.com"_s, u"outlook.com"_s, u"yahoo.com.br"_s, u"uol.com.br"_s };
    return table;
}

Borrower::Address address(DemoRandom &random, const City &city)
{
    Borrower::Address result;
    result.street = random.pick(streets());
    result.number = QString::number(random.between(10, 3999));
    result.neighborhood = random.pick(neighborhoods());
    result.city = city.name;
    result.postalCode = city.postalPrefix + random.digits(5);
    result.uf = city.uf;
    result.country = u"BRA"_s;
    return result;
}

} // namespace

const QList<Bank> &banks()
{
    static const QList<Bank> table {
        { u"341"_s, u"60701190"_s, u"Itaú Unibanco"_s },   { u"237"_s, u"60746948"_s, u"Bradesco"_s },
        { u"001"_s, u"00000000"_s, u"Banco do Brasil"_s }, { u"104"_s, u"00360305"_s, u"Caixa Econômica Federal"_s },
        { u"033"_s, u"90400888"_s, u"Santander"_s },       { u"260"_s, u"18236120"_s, u"Nu Pagamentos"_s },
        { u"077"_s, u"00416968"_s, u"Banco Inter"_s },     { u"208"_s, u"30306294"_s, u"BTG Pactual"_s },
        { u"756"_s, u"02038232"_s, u"Sicoob"_s },          { u"422"_s, u"58160789"_s, u"Safra"_s },
    };
    return table;
}

const QList<City> &cities()
{
    static const QList<City> table {
        { u"São Paulo"_s, u"SP"_s, u"11"_s, u"013"_s },      { u"Campinas"_s, u"SP"_s, u"19"_s, u"130"_s },
        { u"Ribeirão Preto"_s, u"SP"_s, u"16"_s, u"140"_s }, { u"Sorocaba"_s, u"SP"_s, u"15"_s, u"180"_s },
        { u"Santos"_s, u"SP"_s, u"13"_s, u"110"_s },         { u"Rio de Janeiro"_s, u"RJ"_s, u"21"_s, u"200"_s },
        { u"Niterói"_s, u"RJ"_s, u"21"_s, u"240"_s },        { u"Belo Horizonte"_s, u"MG"_s, u"31"_s, u"301"_s },
        { u"Uberlândia"_s, u"MG"_s, u"34"_s, u"384"_s },     { u"Juiz de Fora"_s, u"MG"_s, u"32"_s, u"360"_s },
        { u"Curitiba"_s, u"PR"_s, u"41"_s, u"800"_s },       { u"Londrina"_s, u"PR"_s, u"43"_s, u"860"_s },
        { u"Maringá"_s, u"PR"_s, u"44"_s, u"870"_s },        { u"Porto Alegre"_s, u"RS"_s, u"51"_s, u"900"_s },
        { u"Caxias do Sul"_s, u"RS"_s, u"54"_s, u"950"_s },  { u"Florianópolis"_s, u"SC"_s, u"48"_s, u"880"_s },
        { u"Joinville"_s, u"SC"_s, u"47"_s, u"892"_s },      { u"Goiânia"_s, u"GO"_s, u"62"_s, u"740"_s },
        { u"Brasília"_s, u"DF"_s, u"61"_s, u"700"_s },       { u"Salvador"_s, u"BA"_s, u"71"_s, u"400"_s },
        { u"Recife"_s, u"PE"_s, u"81"_s, u"500"_s },         { u"Fortaleza"_s, u"CE"_s, u"85"_s, u"600"_s },
        { u"Belém"_s, u"PA"_s, u"91"_s, u"660"_s },          { u"Manaus"_s, u"AM"_s, u"92"_s, u"690"_s },
        { u"Cuiabá"_s, u"MT"_s, u"65"_s, u"780"_s },         { u"Campo Grande"_s, u"MS"_s, u"67"_s, u"790"_s },
        { u"Vitória"_s, u"ES"_s, u"27"_s, u"290"_s },        { u"Rondonópolis"_s, u"MT"_s, u"66"_s, u"787"_s },
    };
    return table;
}

QString cpf(DemoRandom &random)
{
    QString base = random.digits(9);
    if (base.count(base.front()) == base.size()) // 111.111.111-xx is never issued
        base[0] = QChar(base[0] == u'1' ? u'2' : u'1');
    return DocumentNumber::parse(QString(base + DocumentNumber::checkDigitsFor(base))).formatted();
}

QString cnpj(DemoRandom &random, bool alphanumeric)
{
    QString root = random.digits(8);
    if (alphanumeric) {
        const QString head = random.digits(2); // separate statements: the draw order must not depend on the compiler
        root = head + random.alphanumeric(6);
        root[3] = QChar(u'A' + random.between(0, 25)); // at least one letter
    }
    const QString base = root + u"0001"_s;
    return DocumentNumber::parse(QString(base + DocumentNumber::checkDigitsFor(base))).formatted();
}

QString withBadCheckDigits(const QString &documentNumber)
{
    QString wrong = documentNumber;
    const QChar last = wrong.back();
    wrong.back() = QChar(u'0' + (last.digitValue() + 1) % 10);
    return wrong;
}

QString personName(DemoRandom &random, bool female)
{
    const QString first = random.pick(female ? femaleNames() : maleNames());
    const QString last = random.pick(surnames());
    if (random.chance(0.3))
        return first + u' ' + last;
    return first + u' ' + random.pick(surnames()) + u' ' + last;
}

QString segment(DemoRandom &random)
{
    return random.pick(segments()).name;
}

QString activityCode(const QString &segmentName)
{
    for (const Segment &s : segments()) {
        if (s.name == segmentName)
            return s.activityCode;
    }
    return u"82.99-7-99"_s; // other business support services
}

QString companyName(DemoRandom &random, const QString &segmentName)
{
    QString pattern = u"%1 Ltda."_s;
    for (const Segment &s : segments()) {
        if (s.name == segmentName)
            pattern = s.pattern;
    }
    return pattern.arg(random.pick(companyCores()));
}

QString slug(const QString &name)
{
    static const QRegularExpression legalSuffix(u"\\s+(Ltda\\.?|S\\.A\\.|S/A|ME|EPP)$"_s);
    QString plain = name;
    plain.remove(legalSuffix);
    plain = plain.normalized(QString::NormalizationForm_D);
    QString result;
    for (const QChar c : std::as_const(plain)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result.append(c.toLower());
    }
    return result;
}

Borrower person(DemoRandom &random)
{
    const bool female = random.chance(0.5);
    const City &city = random.pick(cities());
    Borrower borrower;
    borrower.name = personName(random, female);
    borrower.documentNumber = cpf(random);
    borrower.personType = u"natural_person"_s;
    const QStringList parts = borrower.name.split(u' ');
    const int mailNumber = random.between(1, 99);
    borrower.email
        = slug(parts.front()) + u'.' + slug(parts.back()) + QString::number(mailNumber) + u'@' + random.pick(mailDomains());
    borrower.address = address(random, city);
    borrower.phone = { city.areaCode, u"9"_s + random.digits(8) };
    const QString motherFirst = random.pick(femaleNames());
    const QString mother = motherFirst + u' ' + random.pick(surnames()) + u' ' + parts.back();
    const QDate birth = QDate(1950, 1, 1).addDays(random.between(0, 53 * 365));
    borrower.naturalPerson = { { u"mother_name"_s, mother }, { u"birthdate"_s, birth.toString(Qt::ISODate) } };
    return borrower;
}

Borrower company(DemoRandom &random, const QString &segmentName)
{
    return company(random, companyName(random, segmentName), segmentName);
}

Borrower company(DemoRandom &random, const QString &name, const QString &segmentName)
{
    const City &city = random.pick(cities());
    Borrower borrower;
    borrower.name = name;
    borrower.documentNumber = cnpj(random);
    borrower.personType = u"legal_person"_s;
    borrower.email = u"financeiro@"_s + slug(name) + u".com.br"_s;
    borrower.address = address(random, city);
    borrower.phone = { city.areaCode, u"3"_s + random.digits(7) };
    borrower.legalPerson = { { u"activity_code"_s, activityCode(segmentName) } };
    return borrower;
}

} // namespace DemoNames

} // namespace cessio::sandbox
