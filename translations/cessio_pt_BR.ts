<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnalysisCharts</name>
    <message>
        <source>R$ million</source>
        <translation>R$ milhões</translation>
    </message>
    <message>
        <source>R$ thousand</source>
        <translation>R$ mil</translation>
    </message>
    <message>
        <source>R$</source>
        <translation>R$</translation>
    </message>
    <message>
        <source>Maturity profile</source>
        <translation>Perfil de vencimentos</translation>
    </message>
    <message>
        <source>Purchase value by final maturity</source>
        <translation>Valor de aquisição por vencimento final</translation>
    </message>
    <message>
        <source>Face value due</source>
        <translation>Valor de face a vencer</translation>
    </message>
    <message>
        <source>Days after the batch date</source>
        <translation>Dias após a data do lote</translation>
    </message>
    <message>
        <source>Concentration by debtor</source>
        <translation>Concentração por sacado</translation>
    </message>
    <message>
        <source>Share of face value (%)</source>
        <translation>Participação no valor de face (%)</translation>
    </message>
    <message numerus="yes">
        <source>Others (%Ln debtors)</source>
        <translation>
            <numerusform>Outros (%Ln sacado)</numerusform>
            <numerusform>Outros (%Ln sacados)</numerusform>
        </translation>
    </message>
    <message>
        <source>% of face value</source>
        <translation>% do valor de face</translation>
    </message>
    <message>
        <source>Assets by status</source>
        <translation>Ativos por status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>O endereço do servidor não é uma URL válida.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed (plain http:// only for this computer).</source>
        <translation>Só são permitidos endereços https:// (http:// simples apenas para este computador).</translation>
    </message>
    <message>
        <source>No API client key or private key is configured.</source>
        <translation>Nenhuma chave de cliente da API ou chave privada está configurada.</translation>
    </message>
    <message>
        <source>The server address cannot contain a user name or password (user:password@): it would be kept in the settings, the logs and the decision record. Remove it; Cessio signs every request with the profile&apos;s key.</source>
        <translation>O endereço do servidor não pode conter usuário nem senha (usuário:senha@): eles ficariam guardados nas configurações, nos logs e no registro de decisões. Remova-os; o Cessio assina cada requisição com a chave do perfil.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MB, more than Cessio accepts for this request; Cessio stopped reading it.</source>
        <translation>A resposta do servidor é maior que %1 MB, mais do que o Cessio aceita para esta requisição; o Cessio parou de lê-la.</translation>
    </message>
    <message>
        <source>The server did not finish answering within %1 seconds; Cessio stopped waiting.</source>
        <translation>O servidor não terminou de responder em %1 segundos; o Cessio parou de esperar.</translation>
    </message>
</context>
<context>
    <name>ApprovalMemo</name>
    <message>
        <source>Applied</source>
        <translation>Efetivada</translation>
    </message>
    <message>
        <source>Refused by QI Tech</source>
        <translation>Recusada pela QI Tech</translation>
    </message>
    <message>
        <source>Did not take effect</source>
        <translation>Não teve efeito</translation>
    </message>
    <message>
        <source>Unknown (not resent)</source>
        <translation>Desconhecido (não reenviado)</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviada</translation>
    </message>
    <message>
        <source>Approval memo — batch %1</source>
        <translation>Memorando de aprovação — lote %1</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2 with Cessio %3, from data read from QI Tech.</source>
        <translation>Preparado por %1 em %2 com o Cessio %3, a partir de dados lidos da QI Tech.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Cedente</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultora</translation>
    </message>
    <message>
        <source>Originators</source>
        <translation>Originadores</translation>
    </message>
    <message>
        <source>Assignment configuration</source>
        <translation>Configuração de cessão</translation>
    </message>
    <message>
        <source>Assignment date</source>
        <translation>Data da cessão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Tipo de ativo</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Denied assets</source>
        <translation>Ativos negados</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>TIR</translation>
    </message>
    <message>
        <source>Assignor discounts</source>
        <translation>Descontos do cedente</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor de face</translation>
    </message>
    <message>
        <source>Discount (face − purchase)</source>
        <translation>Deságio (face − aquisição)</translation>
    </message>
    <message>
        <source>%1 (%2 of face value)</source>
        <translation>%1 (%2 do valor de face)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Weighted average term</source>
        <translation>Prazo médio ponderado</translation>
    </message>
    <message>
        <source>Last maturity</source>
        <translation>Último vencimento</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Sacados</translation>
    </message>
    <message>
        <source>Concentration (HHI)</source>
        <translation>Concentração (HHI)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Conciliada</translation>
    </message>
    <message>
        <source>QI Tech did not answer; the outcome was established by re-reading the batch.</source>
        <translation>A QI Tech não respondeu; o resultado foi apurado relendo o lote.</translation>
    </message>
    <message>
        <source>Assets removed</source>
        <translation>Ativos retirados</translation>
    </message>
    <message>
        <source>No decision sent yet.</source>
        <translation>Nenhuma decisão enviada ainda.</translation>
    </message>
    <message>
        <source>Disbursement account</source>
        <translation>Conta de desembolso</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 em %2, %3</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record entry</source>
        <translation>Lançamento no registro</translation>
    </message>
    <message>
        <source>#%1 (%2 · %3)</source>
        <translation>nº %1 (%2 · %3)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id da requisição</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Hash do lançamento</translation>
    </message>
    <message>
        <source>None found in the decision record.</source>
        <translation>Nenhum encontrado no registro de decisões.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>Maturity profile</source>
        <translation>Perfil de vencimentos</translation>
    </message>
    <message>
        <source>(face value of each installment by days from the assignment date)</source>
        <translation>(valor de face de cada parcela por dias a partir da data da cessão)</translation>
    </message>
    <message>
        <source>(purchase value by each asset&apos;s final maturity; installments not available)</source>
        <translation>(valor de aquisição pelo vencimento final de cada ativo; parcelas indisponíveis)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Concentration by debtor</source>
        <translation>Concentração por sacado</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Sacado</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Participação</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other debtor(s)</source>
        <translation>
            <numerusform>%Ln outro sacado</numerusform>
            <numerusform>%Ln outros sacados</numerusform>
        </translation>
    </message>
    <message>
        <source>Status of the assets</source>
        <translation>Status dos ativos</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Valor de aquisição</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Não foi possível gravar o PDF em %1.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>The assets could not be checked: the listing carried no asset details.</source>
        <translation>Os ativos não puderam ser verificados: a listagem não trouxe os detalhes dos ativos.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 assets checked have alerts.</source>
        <translation>
            <numerusform>%Ln dos %1 ativos verificados tem alertas.</numerusform>
            <numerusform>%Ln dos %1 ativos verificados têm alertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No fund rules were set for this fund.</source>
        <translation>Nenhuma regra foi definida para este fundo.</translation>
    </message>
    <message>
        <source>Fund rule</source>
        <translation>Regra do fundo</translation>
    </message>
    <message>
        <source>This batch</source>
        <translation>Este lote</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>within (%1)</source>
        <translation>dentro (%1)</translation>
    </message>
    <message>
        <source>no asset outside</source>
        <translation>nenhum ativo fora</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>VIOLADA: %1</translation>
    </message>
    <message numerus="yes">
        <source>No alerts in the %Ln asset(s) checked.</source>
        <translation>
            <numerusform>Nenhum alerta no %Ln ativo verificado.</numerusform>
            <numerusform>Nenhum alerta nos %Ln ativos verificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) came without their details and were not checked.</source>
        <translation>
            <numerusform>%Ln ativo veio sem seus detalhes e não foi verificado.</numerusform>
            <numerusform>%Ln ativos vieram sem seus detalhes e não foram verificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 assets carried their details</source>
        <translation>
            <numerusform>%Ln de %1 ativos trouxe seus detalhes</numerusform>
            <numerusform>%Ln de %1 ativos trouxeram seus detalhes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Denial memo — batch %1</source>
        <translation>Memorando de negativa — lote %1</translation>
    </message>
    <message>
        <source>Review memo — batch %1</source>
        <translation>Memorando de análise — lote %1</translation>
    </message>
    <message>
        <source>As the manager saw them when denying the batch (decision record entry #%1).</source>
        <translation>Como a gestora os viu ao negar o lote (entrada nº %1 do registro de decisões).</translation>
    </message>
    <message>
        <source>The decision record holds no totals for this denial; these are QI Tech&apos;s figures after it.</source>
        <translation>O registro de decisões não guarda os totais desta negativa; estes são os números da QI Tech depois dela.</translation>
    </message>
    <message>
        <source>No asset of the batch is being bought any more, so there was nothing left to check.</source>
        <translation>Nenhum ativo do lote está mais sendo comprado; não restou nada a verificar.</translation>
    </message>
    <message>
        <source>The fund&apos;s regulamento or the gestora&apos;s policy (the fund rules above) does not allow it.</source>
        <translation>O regulamento do fundo ou a política da gestora (as regras do fundo acima) não o permitem.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln asset(s)</source>
        <translation>
            <numerusform>%1 — %Ln ativo</numerusform>
            <numerusform>%1 — %Ln ativos</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more, listed in the assets CSV.</source>
        <translation>
            <numerusform>… e mais %Ln, listado no CSV dos ativos.</numerusform>
            <numerusform>… e mais %Ln, listados no CSV dos ativos.</numerusform>
        </translation>
    </message>
    <message>
        <source>QI Tech&apos;s answer</source>
        <translation>Resposta da QI Tech</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>QI Tech did not answer and the batch could not be re-read: whether the decision took effect is not known.</source>
        <translation>A QI Tech não respondeu e o lote não pôde ser relido: não se sabe se a decisão teve efeito.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>Nenhum motivo foi registrado.</translation>
    </message>
    <message>
        <source>The decision record is hash-chained: &quot;cessio-cli audit verify&quot; confirms that the entry above was not changed.</source>
        <translation>O registro de decisões é encadeado por hashes: &quot;cessio-cli audit verify&quot; confirma que a entrada acima não foi alterada.</translation>
    </message>
    <message>
        <source>Approved by the manager (OS user %1 on %2)</source>
        <translation>Aprovado pela gestora (usuário do sistema %1 em %2)</translation>
    </message>
    <message>
        <source>Denied by the manager (OS user %1 on %2)</source>
        <translation>Negado pela gestora (usuário do sistema %1 em %2)</translation>
    </message>
    <message>
        <source>Decided by (OS user %1 on %2)</source>
        <translation>Decidido por (usuário do sistema %1 em %2)</translation>
    </message>
    <message>
        <source>Prepared by (OS user %1)</source>
        <translation>Preparado por (usuário do sistema %1)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Second signature</source>
        <translation>Segunda assinatura</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Reason for the denial:</source>
        <translation>Motivo da negativa:</translation>
    </message>
    <message numerus="yes">
        <source>When the decision was taken, the checks had flagged %Ln asset(s) (decision record entry #%1).</source>
        <translation>
            <numerusform>Quando a decisão foi tomada, as verificações tinham apontado %Ln ativo (entrada nº %1 do registro de decisões).</numerusform>
            <numerusform>Quando a decisão foi tomada, as verificações tinham apontado %Ln ativos (entrada nº %1 do registro de decisões).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of PL)</source>
        <translation>%1 (%2 do PL)</translation>
    </message>
    <message>
        <source>Portfolio pro-forma</source>
        <translation>Carteira pro forma</translation>
    </message>
    <message>
        <source>Net assets (PL) %1 on %2; this batch adds %3.</source>
        <translation>Patrimônio líquido (PL) de %1 em %2; este lote acrescenta %3.</translation>
    </message>
    <message>
        <source>The fund&apos;s net assets (PL) were not set: no % of PL and no portfolio limits.</source>
        <translation>O patrimônio líquido (PL) do fundo não foi informado: sem % do PL e sem limites da carteira.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Credit rights</source>
        <translation>Direitos creditórios</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Largest debtor</source>
        <translation>Maior sacado</translation>
    </message>
    <message>
        <source>Concentration (HHI, debtors)</source>
        <translation>Concentração (HHI, sacados)</translation>
    </message>
    <message>
        <source>Portfolio limit</source>
        <translation>Limite da carteira</translation>
    </message>
    <message>
        <source>within (%1 to spare)</source>
        <translation>dentro (folga de %1)</translation>
    </message>
    <message>
        <source>BROKEN: %1 beyond the limit</source>
        <translation>VIOLADO: %1 além do limite</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approved over portfolio limits</source>
        <translation>Aprovado acima de limites da carteira</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificativa</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <source>%1 decided otherwise: %2</source>
        <translation>%1 decidiu de outra forma: %2</translation>
    </message>
    <message>
        <source>%1 followed the recommendation.</source>
        <translation>%1 seguiu a recomendação.</translation>
    </message>
    <message>
        <source>Ten largest debtors after this batch</source>
        <translation>Dez maiores sacados após este lote</translation>
    </message>
    <message>
        <source>Implied rate (business days)</source>
        <translation>Taxa implícita (dias úteis)</translation>
    </message>
    <message>
        <source>Rate range</source>
        <translation>Faixa de taxas</translation>
    </message>
    <message>
        <source>%1 to %2, median %3</source>
        <translation>%1 a %2, mediana %3</translation>
    </message>
</context>
<context>
    <name>AssetAnalysis</name>
    <message>
        <source>Overdue or at date</source>
        <translation>Vencidos ou na data</translation>
    </message>
    <message>
        <source>Up to 30 days</source>
        <translation>Até 30 dias</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 dias</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 dias</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 dias</translation>
    </message>
    <message>
        <source>181–360 days</source>
        <translation>181–360 dias</translation>
    </message>
    <message>
        <source>Over 360 days</source>
        <translation>Mais de 360 dias</translation>
    </message>
</context>
<context>
    <name>AssetCsv</name>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Asset key</source>
        <translation>Chave do ativo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purchase value (R$)</source>
        <translation>Valor de aquisição (R$)</translation>
    </message>
    <message>
        <source>Face value (R$)</source>
        <translation>Valor de face (R$)</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Prazo (dias)</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Sacado</translation>
    </message>
    <message>
        <source>Debtor CPF/CNPJ</source>
        <translation>CPF/CNPJ do sacado</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>Primeiro vencimento</translation>
    </message>
    <message>
        <source>Last due date</source>
        <translation>Último vencimento</translation>
    </message>
    <message>
        <source>Denied by</source>
        <translation>Negado por</translation>
    </message>
    <message>
        <source>Denial reason</source>
        <translation>Motivo da negativa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Alert keys</source>
        <translation>Chaves dos alertas</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Rule key</source>
        <translation>Chave da regra</translation>
    </message>
    <message>
        <source>Fund rule</source>
        <translation>Regra do fundo</translation>
    </message>
    <message>
        <source>This batch</source>
        <translation>Este lote</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Dentro do limite</translation>
    </message>
    <message>
        <source>Assets outside</source>
        <translation>Ativos fora</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Implied rate (% per month)</source>
        <translation>Taxa implícita (% a.m.)</translation>
    </message>
</context>
<context>
    <name>AssetDetails</name>
    <message>
        <source>Debtor</source>
        <translation>Sacado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>Pessoa física</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Pessoa jurídica</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor de face</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Valor de aquisição</translation>
    </message>
    <message>
        <source>Premium (%1)</source>
        <translation>Prêmio (%1)</translation>
    </message>
    <message>
        <source>CCB</source>
        <translation>CCB</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emissão</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>Taxa mensal</translation>
    </message>
    <message>
        <source>Amortization</source>
        <translation>Amortização</translation>
    </message>
    <message>
        <source>Originator</source>
        <translation>Originador</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Invoice (NF-e)</source>
        <translation>Nota fiscal (NF-e)</translation>
    </message>
    <message>
        <source>no. %1, series %2</source>
        <translation>nº %1, série %2</translation>
    </message>
    <message>
        <source>NF-e key</source>
        <translation>Chave da NF-e</translation>
    </message>
    <message>
        <source>Invoice value</source>
        <translation>Valor da nota</translation>
    </message>
    <message>
        <source>Source contract</source>
        <translation>Contrato de origem</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Valor do contrato</translation>
    </message>
    <message>
        <source>Installments in contract</source>
        <translation>Parcelas no contrato</translation>
    </message>
    <message>
        <source>QI Tech sent no credit details for this asset type.</source>
        <translation>A QI Tech não enviou detalhes de crédito para este tipo de ativo.</translation>
    </message>
</context>
<context>
    <name>AssetStatus</name>
    <message>
        <source>Eligibility check</source>
        <translation>Análise de elegibilidade</translation>
    </message>
    <message>
        <source>Awaiting documents</source>
        <translation>Aguardando documentos</translation>
    </message>
    <message>
        <source>Pre-approved</source>
        <translation>Pré-aprovado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>In portfolio</source>
        <translation>Em carteira</translation>
    </message>
</context>
<context>
    <name>AssetType</name>
    <message>
        <source>CCB</source>
        <translation>CCB</translation>
    </message>
    <message>
        <source>Trade duplicata</source>
        <translation>Duplicata mercantil</translation>
    </message>
    <message>
        <source>Service duplicata</source>
        <translation>Duplicata de serviços</translation>
    </message>
    <message>
        <source>Discounted contract</source>
        <translation>Contrato descontado</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Promissory note</source>
        <translation>Nota promissória</translation>
    </message>
    <message>
        <source>CT-e</source>
        <translation>CT-e</translation>
    </message>
    <message>
        <source>Installment contract</source>
        <translation>Contrato parcelado</translation>
    </message>
    <message>
        <source>Structured CCI</source>
        <translation>CCI estruturada</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versão do aplicativo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Fund class</source>
        <translation>Classe do fundo</translation>
    </message>
    <message>
        <source>Assignment configuration</source>
        <translation>Configuração de cessão</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Relates to entry</source>
        <translation>Refere-se ao registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Approved assets</source>
        <translation>Ativos aprovados</translation>
    </message>
    <message>
        <source>Denied assets</source>
        <translation>Ativos negados</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <source>Disbursement account</source>
        <translation>Conta de desembolso</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Dados bancários</translation>
    </message>
    <message>
        <source>Removed assets</source>
        <translation>Ativos removidos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID da requisição</translation>
    </message>
    <message>
        <source>Body SHA-256</source>
        <translation>SHA-256 do corpo</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corpo da requisição</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <source>QI code</source>
        <translation>Código QI</translation>
    </message>
    <message>
        <source>Response excerpt</source>
        <translation>Trecho da resposta</translation>
    </message>
    <message>
        <source>Server ids</source>
        <translation>IDs do servidor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Hash anterior</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Assets with alerts</source>
        <translation>Ativos com alertas</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>Approval</source>
        <translation>Aprovação</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Reabertura</translation>
    </message>
    <message>
        <source>Asset removal</source>
        <translation>Remoção de ativo</translation>
    </message>
    <message>
        <source>Closing asset insertion</source>
        <translation>Encerramento da inserção de ativos</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliação</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Concluída com sucesso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Confirmed: took effect</source>
        <translation>Confirmado: teve efeito</translation>
    </message>
    <message>
        <source>Confirmed: did not take effect</source>
        <translation>Confirmado: não teve efeito</translation>
    </message>
    <message>
        <source>Request started</source>
        <translation>Requisição iniciada</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Could not open the decision record %1: %2</source>
        <translation>Não foi possível abrir o registro de decisões %1: %2</translation>
    </message>
    <message>
        <source>The decision record is locked by another program.</source>
        <translation>O registro de decisões está bloqueado por outro programa.</translation>
    </message>
    <message>
        <source>Could not read the decision record %1: %2</source>
        <translation>Não foi possível ler o registro de decisões %1: %2</translation>
    </message>
    <message>
        <source>The last entry of the decision record %1 is damaged (%2). Nothing can be recorded until the record is checked.</source>
        <translation>O último lançamento do registro de decisões %1 está danificado (%2). Nada pode ser registrado até que o registro seja verificado.</translation>
    </message>
    <message>
        <source>Could not save the incomplete last line of the decision record to %1.</source>
        <translation>Não foi possível salvar em %1 a última linha incompleta do registro de decisões.</translation>
    </message>
    <message>
        <source>Could not repair the decision record %1: %2</source>
        <translation>Não foi possível reparar o registro de decisões %1: %2</translation>
    </message>
    <message>
        <source>The decision record is not open.</source>
        <translation>O registro de decisões não está aberto.</translation>
    </message>
    <message>
        <source>Could not write to the decision record %1: %2</source>
        <translation>Não foi possível gravar no registro de decisões %1: %2</translation>
    </message>
    <message>
        <source>The keychain holds something else than the decision record&apos;s key under %1.</source>
        <translation>O chaveiro do sistema guarda outra coisa, e não a chave do registro de decisões, em %1.</translation>
    </message>
    <message>
        <source>The key that seals the decision record could not be read from the keychain: %1</source>
        <translation>Não foi possível ler do chaveiro do sistema a chave que sela o registro de decisões: %1</translation>
    </message>
    <message>
        <source>The decision record %1 is sealed, but its key is missing from the keychain. Nothing can be recorded until the key is restored.</source>
        <translation>O registro de decisões %1 está selado, mas a chave dele não está no chaveiro do sistema. Nada pode ser registrado até que a chave seja restaurada.</translation>
    </message>
    <message>
        <source>A key to seal the decision record could not be kept in the keychain: %1</source>
        <translation>Não foi possível guardar no chaveiro do sistema uma chave para selar o registro de decisões: %1</translation>
    </message>
    <message>
        <source>The decision record %1 is sealed with a key kept in the keychain, which is not available here, so nothing can be added to it.</source>
        <translation>O registro de decisões %1 está selado com uma chave guardada no chaveiro do sistema, que não está disponível aqui; por isso nada pode ser acrescentado a ele.</translation>
    </message>
    <message>
        <source>The record&apos;s last entry could not be kept in %1.</source>
        <translation>Não foi possível guardar o último lançamento do registro em %1.</translation>
    </message>
    <message>
        <source>The decision record in %1 could not be read: %2</source>
        <translation>Não foi possível ler o registro de decisões em %1: %2</translation>
    </message>
    <message>
        <source>The decision record in %1 is sealed with a key kept in the keychain, which is not available here, so nothing can be added to it.</source>
        <translation>O registro de decisões em %1 é selado com uma chave guardada no chaveiro, que não está disponível aqui; por isso nada pode ser acrescentado a ele.</translation>
    </message>
    <message>
        <source>The last entry of the decision record in %1 is damaged (%2). Nothing can be recorded until the record is checked.</source>
        <translation>O último lançamento do registro de decisões em %1 está danificado (%2). Nada pode ser registrado até que o registro seja verificado.</translation>
    </message>
    <message>
        <source>The decision record %1 could not be moved into the workspace %2: %3 Nothing was moved and the file is unchanged.</source>
        <translation>Não foi possível mover o registro de decisões %1 para o espaço de trabalho %2: %3 Nada foi movido e o arquivo está inalterado.</translation>
    </message>
    <message>
        <source>its last line is incomplete.</source>
        <translation>a última linha dele está incompleta.</translation>
    </message>
    <message>
        <source>it is sealed with this computer&apos;s key, which the team&apos;s other desktops do not have. Export it (cessio-cli audit export) and keep it with the fund&apos;s records instead.</source>
        <translation>ele é selado com a chave deste computador, que os outros computadores da equipe não têm. Exporte-o (cessio-cli audit export) e guarde-o junto aos registros do fundo.</translation>
    </message>
    <message>
        <source>the copy in the workspace did not verify (%1).</source>
        <translation>a cópia no espaço de trabalho não passou na verificação (%1).</translation>
    </message>
    <message>
        <source>Could not write to the decision record in %1: %2</source>
        <translation>Não foi possível gravar no registro de decisões em %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message numerus="yes">
        <source>The record is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>O registro está íntegro: %Ln lançamento verificado.</numerusform>
            <numerusform>O registro está íntegro: %Ln lançamentos verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record file could not be read.</source>
        <translation>Não foi possível ler o arquivo do registro.</translation>
    </message>
    <message>
        <source>Entry %1 (line %2) is not a readable record entry.</source>
        <translation>O lançamento %1 (linha %2) não é um lançamento legível do registro.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its hash does not match.</source>
        <translation>O lançamento %1 foi alterado depois de gravado: o hash não confere.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: the chain is broken.</source>
        <translation>O lançamento %1 não segue o lançamento anterior: a cadeia está quebrada.</translation>
    </message>
    <message>
        <source>Entry %1 is missing or out of order.</source>
        <translation>O lançamento %1 está faltando ou fora de ordem.</translation>
    </message>
    <message>
        <source>The last entry (%1) is cut off: its line is incomplete.</source>
        <translation>O último lançamento (%1) está cortado: a linha está incompleta.</translation>
    </message>
    <message>
        <source>it ends at entry %1</source>
        <translation>ele termina no lançamento %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>ele está vazio</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its seal does not match the record&apos;s key.</source>
        <translation>O lançamento %1 foi alterado depois de gravado: o selo dele não confere com a chave do registro.</translation>
    </message>
    <message>
        <source>Entry %1 is not sealed although entries before it are: it was written or rewritten without the record&apos;s key.</source>
        <translation>O lançamento %1 não está selado, embora os anteriores estejam: ele foi gravado ou regravado sem a chave do registro.</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s key is not in the keychain, so its %Ln sealed entries cannot be checked.</source>
        <translation>
            <numerusform>A chave do registro não está no chaveiro do sistema, por isso o %Ln lançamento selado não pode ser verificado.</numerusform>
            <numerusform>A chave do registro não está no chaveiro do sistema, por isso os %Ln lançamentos selados não podem ser verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries were removed from the end of the record, or it was replaced by an older copy: %1, but entry %2 had been written.</source>
        <translation>Lançamentos foram removidos do fim do registro, ou ele foi substituído por uma cópia mais antiga: %1, mas o lançamento %2 já tinha sido gravado.</translation>
    </message>
    <message>
        <source>The record was replaced by another copy: its entry %1 is not the one that was written.</source>
        <translation>O registro foi substituído por outra cópia: o lançamento %1 dele não é o que foi gravado.</translation>
    </message>
    <message>
        <source>The record&apos;s last known entry, kept in the settings, was changed: it does not match the record&apos;s key.</source>
        <translation>O último lançamento conhecido do registro, guardado nas configurações, foi alterado: ele não confere com a chave do registro.</translation>
    </message>
    <message>
        <source>The record&apos;s last known entry, kept in the settings, is missing, so entries removed from the end could not be noticed.</source>
        <translation>O último lançamento conhecido do registro, guardado nas configurações, não está lá; por isso lançamentos removidos do fim não poderiam ser percebidos.</translation>
    </message>
    <message>
        <source>Part of the record was lost earlier (see the details).</source>
        <translation>Parte do registro foi perdida antes (veja os detalhes).</translation>
    </message>
    <message>
        <source>Part of the record was lost earlier: when it was opened on %1, %2, but entry %3 had been written. This stays reported; the entries since are checked.</source>
        <translation>Parte do registro foi perdida antes: quando ele foi aberto em %1, %2, mas o lançamento %3 já tinha sido gravado. Isso continua sendo informado; os lançamentos desde então são verificados.</translation>
    </message>
    <message>
        <source>The record is not sealed with a key: its entries are chained, but someone who can write the file could rewrite them all.</source>
        <translation>O registro não está selado com uma chave: os lançamentos estão encadeados, mas quem puder gravar o arquivo poderia reescrever todos eles.</translation>
    </message>
    <message>
        <source>Entries 1 to %1 are unkeyed, from before the record was sealed (the last on %2): they are chained, but not sealed.</source>
        <translation>Os lançamentos 1 a %1 não têm chave, são de antes de o registro ser selado (o último em %2): estão encadeados, mas não selados.</translation>
    </message>
    <message numerus="yes">
        <source>The seals of the %Ln sealed entries were not checked: the record&apos;s key was not available here. Only their chain was checked.</source>
        <translation>
            <numerusform>O selo do %Ln lançamento selado não foi verificado: a chave do registro não estava disponível aqui. Só o encadeamento foi verificado.</numerusform>
            <numerusform>Os selos dos %Ln lançamentos selados não foram verificados: a chave do registro não estava disponível aqui. Só o encadeamento foi verificado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln sealed entries matches the record&apos;s key, and nothing was cut from its end.</source>
        <translation>
            <numerusform>O %Ln lançamento selado confere com a chave do registro, e nada foi cortado do fim.</numerusform>
            <numerusform>Cada um dos %Ln lançamentos selados confere com a chave do registro, e nada foi cortado do fim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln sealed entries matches the record&apos;s key.</source>
        <translation>
            <numerusform>O %Ln lançamento selado confere com a chave do registro.</numerusform>
            <numerusform>Cada um dos %Ln lançamentos selados confere com a chave do registro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankAccount</name>
    <message>
        <source>Unknown bank</source>
        <translation>Banco desconhecido</translation>
    </message>
    <message>
        <source>Bank %1</source>
        <translation>Banco %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>bank name (COMPE code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>br. %1</source>
        <comment>bank branch (agência)</comment>
        <translation>ag. %1</translation>
    </message>
    <message>
        <source>chk. %1</source>
        <translation>c/c %1</translation>
    </message>
    <message>
        <source>sav. %1</source>
        <translation>poup. %1</translation>
    </message>
    <message>
        <source>acct. %1</source>
        <translation>conta %1</translation>
    </message>
</context>
<context>
    <name>BatchFacts</name>
    <message>
        <source>(not informed)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>%1 (external id %2)</source>
        <translation>%1 (id externo %2)</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Conta corrente</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Poupança</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Conta de pagamento</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Conta salário</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Agência %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Conta %1</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fundo:</translation>
    </message>
    <message>
        <source>Assignor:</source>
        <translation>Cedente:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lote:</translation>
    </message>
    <message>
        <source>Assignment date:</source>
        <translation>Data da cessão:</translation>
    </message>
    <message>
        <source>Assets:</source>
        <translation>Ativos:</translation>
    </message>
    <message>
        <source>Denied assets:</source>
        <translation>Ativos negados:</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <source>Total value:</source>
        <translation>Valor total:</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 approved</source>
        <translation>
            <numerusform>%Ln de %1 aprovado</numerusform>
            <numerusform>%Ln de %1 aprovados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchLocator</name>
    <message>
        <source>Batch %1 is in configuration %2 of fund %3.</source>
        <translation>O lote %1 está na configuração %2 do fundo %3.</translation>
    </message>
    <message>
        <source>Batch %1 was not found: the fund has no assignment configurations.</source>
        <translation>O lote %1 não foi encontrado: o fundo não tem configurações de cessão.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was not found in the %Ln configuration(s) tried.</source>
        <translation>
            <numerusform>O lote %1 não foi encontrado em %Ln configuração consultada.</numerusform>
            <numerusform>O lote %1 não foi encontrado em nenhuma das %Ln configurações consultadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 was not found, and some places could not be checked:</source>
        <translation>O lote %1 não foi encontrado, e alguns lugares não puderam ser consultados:</translation>
    </message>
    <message>
        <source>fund %1, listing its configurations: %2</source>
        <translation>fundo %1, ao listar suas configurações: %2</translation>
    </message>
    <message>
        <source>fund %1, configuration %2: %3</source>
        <translation>fundo %1, configuração %2: %3</translation>
    </message>
    <message>
        <source>QI Tech answered: %1</source>
        <translation>Resposta da QI Tech: %1</translation>
    </message>
</context>
<context>
    <name>BatchStatus</name>
    <message>
        <source>Open for assets</source>
        <translation>Aberto para ativos</translation>
    </message>
    <message>
        <source>Insertion closed</source>
        <translation>Inserção encerrada</translation>
    </message>
    <message>
        <source>Eligibility check</source>
        <translation>Análise de elegibilidade</translation>
    </message>
    <message>
        <source>Awaiting consultant</source>
        <translation>Aguardando consultoria</translation>
    </message>
    <message>
        <source>Awaiting manager decision</source>
        <translation>Aguardando decisão da gestora</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Term out for signature</source>
        <translation>Termo em assinatura</translation>
    </message>
    <message>
        <source>Paying the assignor</source>
        <translation>Pagando o cedente</translation>
    </message>
    <message>
        <source>Entering the portfolio</source>
        <translation>Entrando na carteira</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>ConsultantDecision</name>
    <message>
        <source>Consultant approves automatically</source>
        <translation>Aprovação automática da consultoria</translation>
    </message>
    <message>
        <source>Consultant approves manually</source>
        <translation>Aprovação manual da consultoria</translation>
    </message>
    <message>
        <source>Unknown consultant decision</source>
        <translation>Decisão da consultoria desconhecida</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Enter the API client key QI Tech gave you.</source>
        <translation>Informe a chave de cliente da API (API client key) fornecida pela QI Tech.</translation>
    </message>
    <message>
        <source>The API client key is a UUID, like 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>A chave de cliente da API é um UUID, como 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>No API client key is stored for the profile %1. Enter it in the profile&apos;s settings.</source>
        <translation>Não há chave de cliente da API guardada para o perfil %1. Informe-a nas configurações do perfil.</translation>
    </message>
    <message>
        <source>No private key is stored for the profile %1. Import or generate one in the profile&apos;s settings.</source>
        <translation>Não há chave privada guardada para o perfil %1. Importe ou gere uma nas configurações do perfil.</translation>
    </message>
    <message>
        <source>The private key stored for the profile %1 cannot be used: %2</source>
        <translation>A chave privada guardada para o perfil %1 não pode ser usada: %2</translation>
    </message>
    <message>
        <source>This private key cannot be used: %1</source>
        <translation>Esta chave privada não pode ser usada: %1</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The key is of type %1; QI Tech requires an ECDSA P-521 (secp521r1) key.</source>
        <translation>A chave é do tipo %1; a QI Tech exige uma chave ECDSA P-521 (secp521r1).</translation>
    </message>
    <message>
        <source>The key does not name its curve; QI Tech requires P-521 (secp521r1).</source>
        <translation>A chave não informa sua curva; a QI Tech exige P-521 (secp521r1).</translation>
    </message>
    <message>
        <source>The key uses curve %1; QI Tech requires P-521 (secp521r1).</source>
        <translation>A chave usa a curva %1; a QI Tech exige P-521 (secp521r1).</translation>
    </message>
    <message>
        <source>The key uses explicit curve parameters; QI Tech requires the named curve P-521 (secp521r1).</source>
        <translation>A chave usa parâmetros de curva explícitos; a QI Tech exige a curva nomeada P-521 (secp521r1).</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>O arquivo da chave está vazio.</translation>
    </message>
    <message>
        <source>The file does not contain a PEM private key.</source>
        <translation>O arquivo não contém uma chave privada PEM.</translation>
    </message>
    <message>
        <source>The key is in OpenSSH format; convert it to PEM first with: ssh-keygen -p -m PEM -f &lt;key file&gt;</source>
        <translation>A chave está no formato OpenSSH; converta-a antes para PEM com: ssh-keygen -p -m PEM -f &lt;arquivo da chave&gt;</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase; export it without one.</source>
        <translation>A chave está protegida por senha; exporte-a sem senha.</translation>
    </message>
    <message>
        <source>The file contains a public key or a certificate, not a private key.</source>
        <translation>O arquivo contém uma chave pública ou um certificado, não uma chave privada.</translation>
    </message>
    <message>
        <source>The private key could not be read; the file is damaged or incomplete.</source>
        <translation>Não foi possível ler a chave privada; o arquivo está danificado ou incompleto.</translation>
    </message>
    <message>
        <source>The private key is inconsistent; the file is damaged.</source>
        <translation>A chave privada está inconsistente; o arquivo está danificado.</translation>
    </message>
    <message>
        <source>Could not generate a P-521 key.</source>
        <translation>Não foi possível gerar uma chave P-521.</translation>
    </message>
    <message>
        <source>There is no private key to sign with.</source>
        <translation>Não há chave privada para assinar.</translation>
    </message>
    <message>
        <source>Could not sign with the private key.</source>
        <translation>Não foi possível assinar com a chave privada.</translation>
    </message>
    <message>
        <source>The text does not contain a PEM public key.</source>
        <translation>O texto não contém uma chave pública PEM.</translation>
    </message>
    <message>
        <source>The public key could not be read; the text is damaged or incomplete.</source>
        <translation>Não foi possível ler a chave pública; o texto está danificado ou incompleto.</translation>
    </message>
    <message>
        <source>The public key is not a valid point on P-521.</source>
        <translation>A chave pública não é um ponto válido da curva P-521.</translation>
    </message>
    <message>
        <source>Request signing needs an API client key and a private key.</source>
        <translation>A assinatura de requisições precisa de uma API client key e de uma chave privada.</translation>
    </message>
    <message>
        <source>Cannot sign a request without a method and a path starting with &quot;/&quot;.</source>
        <translation>Não é possível assinar uma requisição sem método e sem um caminho que comece com &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Cannot sign a request with an invalid time.</source>
        <translation>Não é possível assinar uma requisição com data e hora inválidas.</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>The decision record could not be written, so nothing was sent: %1</source>
        <translation>Não foi possível gravar o registro da decisão; por isso nada foi enviado: %1</translation>
    </message>
    <message>
        <source>QI Tech did not answer, but the batch shows the decision took effect.</source>
        <translation>A QI Tech não respondeu, mas o lote mostra que a decisão foi aplicada.</translation>
    </message>
    <message>
        <source>Done: QI Tech confirmed the decision.</source>
        <translation>Pronto: a QI Tech confirmou a decisão.</translation>
    </message>
    <message>
        <source>QI Tech refused: %1</source>
        <translation>A QI Tech recusou: %1</translation>
    </message>
    <message>
        <source>QI Tech did not answer, and the batch shows the decision did not take effect. Nothing was sent again.</source>
        <translation>A QI Tech não respondeu, e o lote mostra que a decisão não foi aplicada. Nada foi reenviado.</translation>
    </message>
    <message>
        <source>QI Tech did not answer and the batch could not be re-read, so it is not known whether the decision took effect. Nothing was sent again: check the batch again before deciding anything else.</source>
        <translation>A QI Tech não respondeu e não foi possível reler o lote; não se sabe se a decisão foi aplicada. Nada foi reenviado: verifique o lote de novo antes de decidir qualquer outra coisa.</translation>
    </message>
    <message>
        <source>The asset removal stopped midway (%1). The batch is reopened; finish the removal to send it back for approval.</source>
        <translation>A remoção de ativos parou no meio (%1). O lote está reaberto; conclua a remoção para devolvê-lo à aprovação.</translation>
    </message>
    <message>
        <source>Not sent: a decision on this batch is already in progress or was already made.</source>
        <translation>Não enviado: já há uma decisão em andamento para este lote, ou ela já foi tomada.</translation>
    </message>
    <message>
        <source>QI Tech refused: %1 The batch is now: %2.</source>
        <translation>A QI Tech recusou: %1 O lote agora está: %2.</translation>
    </message>
    <message>
        <source>Not sent: the decision record is being checked for interrupted decisions. Try again in a moment.</source>
        <translation>Não enviado: o registro de decisões está sendo verificado em busca de decisões interrompidas. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Not sent: a decision on this batch was interrupted on %1 (%2), and QI Tech has not yet shown whether it was applied. Cessio is asking again; try once more in a moment.</source>
        <translation>Não enviado: uma decisão sobre este lote foi interrompida em %1 (%2), e a QI Tech ainda não mostrou se ela foi aplicada. O Cessio está consultando de novo; tente mais uma vez em instantes.</translation>
    </message>
    <message>
        <source>A decision was interrupted on %1 (%2, batch %3), and what QI Tech shows could not be recorded: %4</source>
        <translation>Uma decisão foi interrompida em %1 (%2, lote %3), e o que a QI Tech mostra não pôde ser registrado: %4</translation>
    </message>
    <message>
        <source>A decision was interrupted on %1 (%2, batch %3): QI Tech shows it was applied.</source>
        <translation>Uma decisão foi interrompida em %1 (%2, lote %3): a QI Tech mostra que ela foi aplicada.</translation>
    </message>
    <message>
        <source>A decision was interrupted on %1 (%2, batch %3): QI Tech shows it was not applied. Nothing was sent again.</source>
        <translation>Uma decisão foi interrompida em %1 (%2, lote %3): a QI Tech mostra que ela não foi aplicada. Nada foi reenviado.</translation>
    </message>
    <message>
        <source>A decision was interrupted on %1 (%2, batch %3), and QI Tech could not be asked whether it was applied: %4 The batch takes no new decision until this is known.</source>
        <translation>Uma decisão foi interrompida em %1 (%2, lote %3), e não foi possível consultar a QI Tech para saber se ela foi aplicada: %4 O lote não aceita nova decisão até que isso se saiba.</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>Demo manager API client (profile manager, permission write):</source>
        <translation>Cliente de API da gestora de demonstração (perfil manager, permissão write):</translation>
    </message>
    <message>
        <source>  Fund class keys:</source>
        <translation>  Chaves das classes de fundo (fund_class_key):</translation>
    </message>
    <message>
        <source>  Private key (P-521, a throwaway demonstration key):</source>
        <translation>  Chave privada (P-521, uma chave de demonstração descartável):</translation>
    </message>
    <message>
        <source>Demo world: %1, %2 (%3 awaiting the manager), %4.</source>
        <translation>Mundo de demonstração: %1, %2 (%3 aguardando a gestora), %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fund(s)</source>
        <translation>
            <numerusform>%Ln fundo</numerusform>
            <numerusform>%Ln fundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln ativo</numerusform>
            <numerusform>%Ln ativos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentNumber</name>
    <message>
        <source>The CPF/CNPJ is empty.</source>
        <translation>O CPF/CNPJ está vazio.</translation>
    </message>
    <message>
        <source>The CPF/CNPJ may contain only digits, letters and the separators . / -</source>
        <translation>O CPF/CNPJ só pode conter dígitos, letras e os separadores . / -</translation>
    </message>
    <message>
        <source>A CPF has 11 digits and a CNPJ 14 characters; this one has a different length.</source>
        <translation>Um CPF tem 11 dígitos e um CNPJ 14 caracteres; este tem outro tamanho.</translation>
    </message>
    <message>
        <source>A CPF has digits only; this one contains letters.</source>
        <translation>Um CPF tem apenas dígitos; este contém letras.</translation>
    </message>
    <message>
        <source>The last two characters of a CNPJ (check digits) must be digits.</source>
        <translation>Os dois últimos caracteres de um CNPJ (dígitos verificadores) devem ser dígitos.</translation>
    </message>
    <message>
        <source>A CPF/CNPJ made of one repeated digit is not valid.</source>
        <translation>Um CPF/CNPJ formado por um único dígito repetido não é válido.</translation>
    </message>
    <message>
        <source>The CPF check digits do not match; the number was probably mistyped.</source>
        <translation>Os dígitos verificadores do CPF não conferem; o número provavelmente foi digitado errado.</translation>
    </message>
    <message>
        <source>The CNPJ check digits do not match; the number was probably mistyped.</source>
        <translation>Os dígitos verificadores do CNPJ não conferem; o número provavelmente foi digitado errado.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>batch-%1-%2</source>
        <translation>lote-%1-%2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>Excel (pt-BR) (*.csv)</source>
        <translation>Excel (pt-BR) (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV (*.csv)</source>
        <translation>CSV simples (*.csv)</translation>
    </message>
    <message>
        <source>Export assets</source>
        <translation>Exportar ativos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln ativo exportado para %1.</numerusform>
            <numerusform>%Ln ativos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The fund rules&apos; verdicts are in %1.</source>
        <translation>Os resultados das regras do fundo estão em %1.</translation>
    </message>
    <message>
        <source>The checks had not finished: no alerts are in the file.</source>
        <translation>As verificações não tinham terminado: o arquivo não traz alertas.</translation>
    </message>
    <message>
        <source>Export decision memo</source>
        <translation>Exportar memorando da decisão</translation>
    </message>
    <message>
        <source>Your full name, printed under your signature on the memo:</source>
        <translation>Seu nome completo, impresso sob a sua assinatura no memorando:</translation>
    </message>
    <message>
        <source>The memo was saved to %1.</source>
        <translation>O memorando foi salvo em %1.</translation>
    </message>
</context>
<context>
    <name>FixtureLoader</name>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>esperado um texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperado true ou false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>esperada uma lista</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperado um objeto</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>chave &apos;%1&apos; repetida</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD</source>
        <translation>esperado AAAA-MM-DD</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>não é uma URL http ou https</translation>
    </message>
    <message>
        <source>required when webhook_url is set</source>
        <translation>obrigatório quando webhook_url é informado</translation>
    </message>
    <message>
        <source>unknown fund &apos;%1&apos;</source>
        <translation>fundo &apos;%1&apos; desconhecido</translation>
    </message>
    <message>
        <source>unknown assignor &apos;%1&apos;</source>
        <translation>cedente &apos;%1&apos; desconhecido</translation>
    </message>
    <message>
        <source>unknown asset type &apos;%1&apos;</source>
        <translation>tipo de ativo &apos;%1&apos; desconhecido</translation>
    </message>
    <message>
        <source>expected automatic_approval, auto_approval or manual_approval</source>
        <translation>esperado automatic_approval, auto_approval ou manual_approval</translation>
    </message>
    <message>
        <source>expected true, false or an array of document types</source>
        <translation>esperado true, false ou uma lista de tipos de documento</translation>
    </message>
    <message>
        <source>not a P-521 public key: %1</source>
        <translation>não é uma chave pública P-521: %1</translation>
    </message>
    <message>
        <source>expected manager, assignor or consultant</source>
        <translation>esperado manager, assignor ou consultant</translation>
    </message>
    <message>
        <source>expected read or write</source>
        <translation>esperado read ou write</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON inválido na posição %1: %2</translation>
    </message>
    <message>
        <source>the fixture must be a JSON object</source>
        <translation>o arquivo de dados deve ser um objeto JSON</translation>
    </message>
</context>
<context>
    <name>InboxQuery</name>
    <message>
        <source>Fund %1: its assignment configurations could not be listed: %2</source>
        <translation>Fundo %1: não foi possível listar suas configurações de cessão: %2</translation>
    </message>
    <message>
        <source>Fund %1, configuration %2: this server does not offer the batch listing (HTTP 404). QI Tech does not publish that endpoint and Cessio uses an inferred path; batches can still be opened by their id.</source>
        <translation>Fundo %1, configuração %2: este servidor não oferece a listagem de lotes (HTTP 404). A QI Tech não publica esse endpoint e o Cessio usa um caminho inferido; os lotes ainda podem ser abertos pelo identificador.</translation>
    </message>
    <message>
        <source>Fund %1, configuration %2: the batches could not be listed: %3</source>
        <translation>Fundo %1, configuração %2: não foi possível listar os lotes: %3</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>não é texto</translation>
    </message>
    <message>
        <source>not a two-decimal amount</source>
        <translation>não é um valor com duas casas decimais</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>não é um número inteiro</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>não é verdadeiro nem falso</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>not a date and time (YYYY-MM-DD HH:MM:SS)</source>
        <translation>não é uma data e hora (AAAA-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time</source>
        <translation>não é uma data e hora ISO 8601</translation>
    </message>
    <message>
        <source>not a URL</source>
        <translation>não é uma URL</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>não é uma lista</translation>
    </message>
    <message>
        <source>not a positive number</source>
        <translation>não é um número positivo</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>QI Tech sandbox</source>
        <translation>Sandbox da QI Tech</translation>
    </message>
    <message>
        <source>QI Tech production</source>
        <translation>Produção da QI Tech</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter the server&apos;s base URL, for example https://api.example.com.</source>
        <translation>Informe a URL base do servidor, por exemplo https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// and name a host.</source>
        <translation>A URL base deve começar com https:// e indicar um host.</translation>
    </message>
    <message>
        <source>Plain http:// is accepted only for this computer (127.0.0.1, ::1 or localhost). Use https:// for %1.</source>
        <translation>http:// sem criptografia só é aceito para este computador (127.0.0.1, ::1 ou localhost). Use https:// para %1.</translation>
    </message>
    <message>
        <source>The base URL cannot contain a query (?) or a fragment (#).</source>
        <translation>A URL base não pode conter uma consulta (?) nem um fragmento (#).</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>A profile name cannot contain /, \ or :.</source>
        <translation>O nome de um perfil não pode conter /, \ nem :.</translation>
    </message>
    <message>
        <source>A profile named %1 already exists.</source>
        <translation>Já existe um perfil chamado %1.</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>Não existe um perfil chamado %1.</translation>
    </message>
    <message>
        <source>Add the key of at least one fund class.</source>
        <translation>Informe a chave de pelo menos uma classe de fundo.</translation>
    </message>
    <message>
        <source>The profile could not be saved: the settings file %1 cannot be written.</source>
        <translation>Não foi possível salvar o perfil: o arquivo de configurações %1 não pode ser gravado.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No credentials are stored in the system keychain for this profile.</source>
        <translation>Não há credenciais guardadas no chaveiro do sistema para este perfil.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keychain (or allow Cessio to use it) and try again.</source>
        <translation>O acesso ao chaveiro do sistema foi negado. Desbloqueie o chaveiro (ou permita que o Cessio o use) e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for you to unlock it; try again.</source>
        <translation>O chaveiro do sistema não respondeu a tempo. Ele pode estar bloqueado, aguardando que você o desbloqueie; tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>O chaveiro do sistema informou um erro.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Windows Credential Manager is not available to Cessio. Sign in to Windows with your own user account (not a service account) and try again; Cessio never stores keys unencrypted.</source>
        <translation>O Gerenciador de Credenciais do Windows não está disponível para o Cessio. Entre no Windows com a sua própria conta de usuário (não uma conta de serviço) e tente de novo; o Cessio nunca guarda chaves sem criptografia.</translation>
    </message>
    <message>
        <source>The macOS Keychain is not available to Cessio. Open Keychain Access, check that your login keychain exists and is unlocked, and try again; Cessio never stores keys unencrypted.</source>
        <translation>O Chaveiro do macOS não está disponível para o Cessio. Abra o Acesso às Chaves, confira se o seu chaveiro de início de sessão existe e está desbloqueado, e tente de novo; o Cessio nunca guarda chaves sem criptografia.</translation>
    </message>
    <message>
        <source>No system keychain is available. Install GNOME Keyring (the gnome-keyring package) or KWallet and use Cessio inside a desktop session, which starts and unlocks it; Cessio never stores keys unencrypted.</source>
        <translation>Nenhum chaveiro do sistema está disponível. Instale o GNOME Keyring (pacote gnome-keyring) ou o KWallet e use o Cessio dentro de uma sessão gráfica, que o inicia e desbloqueia; o Cessio nunca guarda chaves sem criptografia.</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>The workspace database could not be prepared (%1): %2</source>
        <translation>Não foi possível preparar o banco de dados do espaço de trabalho (%1): %2</translation>
    </message>
    <message>
        <source>The workspace database is at schema version %1, newer than this Cessio knows (%2). Nothing was changed: update Cessio on this computer.</source>
        <translation>O banco de dados do espaço de trabalho está na versão de esquema %1, mais nova do que este Cessio conhece (%2). Nada foi alterado: atualize o Cessio neste computador.</translation>
    </message>
    <message>
        <source>The workspace database could not be reached: %1</source>
        <translation>Não foi possível acessar o banco de dados do espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>O driver Qt SQL %1 não está instalado.</translation>
    </message>
    <message>
        <source>The team workspace server refused this for %1: their role does not allow it (analysts recommend; approvers decide, set a fund&apos;s net assets and import its positions; admins change members, fund rules, policy and portfolio limits). Ask a workspace admin.</source>
        <translation>O servidor do espaço de equipe recusou isto para %1: o papel desse login não permite (analistas recomendam; aprovadores decidem, informam o PL do fundo e importam suas posições; administradores alteram membros, regras do fundo, política e limites da carteira). Peça a um administrador do espaço de equipe.</translation>
    </message>
</context>
<context>
    <name>cessio::AnalysisPanel</name>
    <message>
        <source>Purchase value</source>
        <translation>Valor de aquisição</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor de face</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Deságio</translation>
    </message>
    <message>
        <source>Weighted average term</source>
        <translation>Prazo médio ponderado</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Sacados</translation>
    </message>
    <message>
        <source>Concentration (HHI)</source>
        <translation>Concentração (HHI)</translation>
    </message>
    <message>
        <source>Maturity profile chart</source>
        <translation>Gráfico do perfil de vencimentos</translation>
    </message>
    <message>
        <source>Concentration by debtor chart</source>
        <translation>Gráfico de concentração por sacado</translation>
    </message>
    <message>
        <source>Assets by status chart</source>
        <translation>Gráfico de ativos por status</translation>
    </message>
    <message>
        <source>Largest debtors</source>
        <translation>Maiores sacados</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Sacado</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Participação</translation>
    </message>
    <message>
        <source>The analysis is computed once every asset has loaded…</source>
        <translation>A análise é calculada assim que todos os ativos forem carregados…</translation>
    </message>
    <message>
        <source>%1 (%2 of face)</source>
        <translation>%1 (%2 do valor de face)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>unconcentrated</source>
        <translation>baixa concentração</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>concentração moderada</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta concentração</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>QI Tech&apos;s asset listing does not include debtors or installments, so face value, discount and concentration cannot be computed from it.</source>
        <translation>A listagem de ativos da QI Tech não traz sacados nem parcelas, então valor de face, deságio e concentração não podem ser calculados a partir dela.</translation>
    </message>
    <message>
        <source>The maturity profile uses each asset&apos;s final maturity (the listing&apos;s duration), weighted by purchase value.</source>
        <translation>O perfil de vencimentos usa o vencimento final de cada ativo (o campo duration da listagem), ponderado pelo valor de aquisição.</translation>
    </message>
    <message>
        <source>No maturity information is available for a maturity profile.</source>
        <translation>Não há informação de vencimentos para montar o perfil.</translation>
    </message>
    <message>
        <source>Denied and discarded assets are left out of the figures and charts except the status mix.</source>
        <translation>Ativos negados e descartados ficam fora dos números e gráficos, exceto da distribuição por status.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln other debtors</source>
        <translation>
            <numerusform>%Ln outro sacado</numerusform>
            <numerusform>Os outros %Ln sacados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not every asset was loaded: these figures cover only the %Ln asset(s) in the table.</source>
        <translation>
            <numerusform>Nem todos os ativos foram carregados: estes números cobrem só o %Ln ativo da tabela.</numerusform>
            <numerusform>Nem todos os ativos foram carregados: estes números cobrem só os %Ln ativos da tabela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 assets came without their debtor and installments; face value, maturities and concentration cover only the others.</source>
        <translation>
            <numerusform>%Ln de %1 ativos veio sem sacado e parcelas; valor de face, vencimentos e concentração cobrem só os demais.</numerusform>
            <numerusform>%Ln de %1 ativos vieram sem sacado e parcelas; valor de face, vencimentos e concentração cobrem só os demais.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate at which each asset&apos;s installments, discounted over business days (national holidays, 252 a year), are worth what the fund pays: effective, per month of 21 business days.</source>
        <translation>A taxa à qual as parcelas de cada ativo, descontadas em dias úteis (feriados nacionais, 252 por ano), valem o que o fundo paga: efetiva, por mês de 21 dias úteis.</translation>
    </message>
    <message>
        <source>Implied rate</source>
        <translation>Taxa implícita</translation>
    </message>
    <message>
        <source>Rate range</source>
        <translation>Faixa de taxas</translation>
    </message>
    <message>
        <source>Median rate</source>
        <translation>Taxa mediana</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) have no implied rate: an installment is due on or before the assignment date, or nothing is paid for it. The rates cover the others.</source>
        <translation>
            <numerusform>%Ln ativo não tem taxa implícita: uma parcela vence na data da cessão ou antes, ou nada é pago por ele. As taxas cobrem os demais.</numerusform>
            <numerusform>%Ln ativos não têm taxa implícita: uma parcela vence na data da cessão ou antes, ou nada é pago por eles. As taxas cobrem os demais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ApiError</name>
    <message>
        <source>This computer&apos;s IP address is not on the integration&apos;s allow-list at QI Tech. Ask QI Tech to add it (a new address takes up to 48 hours to become active).</source>
        <translation>O endereço IP deste computador não está na lista de IPs liberados da integração na QI Tech. Peça à QI Tech para incluí-lo (um endereço novo leva até 48 horas para ser ativado).</translation>
    </message>
    <message>
        <source>Could not reach QI Tech. Check the internet connection, proxy or VPN.</source>
        <translation>Não foi possível falar com a QI Tech. Verifique a conexão com a internet, o proxy ou a VPN.</translation>
    </message>
    <message>
        <source>QI Tech did not answer in time.</source>
        <translation>A QI Tech não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>Não foi possível estabelecer a conexão segura com o servidor.</translation>
    </message>
    <message>
        <source>QI Tech refused the credentials: check the API client key and the private key of this profile.</source>
        <translation>A QI Tech recusou as credenciais: verifique a chave de cliente da API e a chave privada deste perfil.</translation>
    </message>
    <message>
        <source>This integration is not allowed to do this at QI Tech.</source>
        <translation>Esta integração não tem permissão para fazer isso na QI Tech.</translation>
    </message>
    <message>
        <source>QI Tech did not find it: check the fund, the configuration and the batch id.</source>
        <translation>A QI Tech não encontrou: verifique o fundo, a configuração e o identificador do lote.</translation>
    </message>
    <message>
        <source>QI Tech refused the request.</source>
        <translation>A QI Tech recusou a requisição.</translation>
    </message>
    <message>
        <source>The batch is not in a state that allows this operation.</source>
        <translation>O lote não está em um status que permita esta operação.</translation>
    </message>
    <message>
        <source>QI Tech is limiting requests; try again in a moment.</source>
        <translation>A QI Tech está limitando as requisições; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>QI Tech had an internal error; try again in a moment.</source>
        <translation>A QI Tech teve um erro interno; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>QI Tech answered with something Cessio could not read.</source>
        <translation>A QI Tech respondeu algo que o Cessio não conseguiu ler.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The request could not be prepared.</source>
        <translation>Não foi possível preparar a requisição.</translation>
    </message>
    <message>
        <source>The request may have reached QI Tech; Cessio will check what actually happened.</source>
        <translation>A requisição pode ter chegado à QI Tech; o Cessio vai verificar o que de fato aconteceu.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>cessio::ApproveDialog</name>
    <message>
        <source>Approve batch %1</source>
        <translation>Aprovar o lote %1</translation>
    </message>
    <message>
        <source>Check the totals and choose the account the assignor is paid into. QI Tech then generates the assignment term.</source>
        <translation>Confira os totais e escolha a conta em que o cedente recebe. Em seguida a QI Tech gera o termo de cessão.</translation>
    </message>
    <message>
        <source>I &amp;reviewed the assets and the disbursement account</source>
        <translation>&amp;Revisei os ativos e a conta de desembolso</translation>
    </message>
    <message>
        <source>Confirm the review</source>
        <translation>Confirmar a revisão</translation>
    </message>
    <message>
        <source>Sending the approval to QI Tech…</source>
        <translation>Enviando a aprovação à QI Tech…</translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation>&amp;Aprovar %1</translation>
    </message>
    <message>
        <source>Approve the batch</source>
        <translation>Aprovar o lote</translation>
    </message>
    <message>
        <source>Disbursement account</source>
        <translation>Conta de desembolso</translation>
    </message>
    <message>
        <source>An account of the a&amp;ssignor:</source>
        <translation>Uma conta do ce&amp;dente:</translation>
    </message>
    <message>
        <source>Assignor&apos;s accounts</source>
        <translation>Contas do cedente</translation>
    </message>
    <message>
        <source>The assignor&apos;s account list is not available from QI Tech. Use the contract&apos;s default account, or paste the key of one of the assignor&apos;s accounts.</source>
        <translation>A lista de contas do cedente não está disponível na QI Tech. Use a conta padrão do contrato ou cole a chave de uma das contas do cedente.</translation>
    </message>
    <message>
        <source>The contract&apos;s &amp;default account (QI Tech chooses it)</source>
        <translation>A conta &amp;padrão do contrato (a QI Tech escolhe)</translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation>&amp;Chave da conta:</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Chave da conta</translation>
    </message>
    <message>
        <source>default account</source>
        <translation>conta padrão</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>inativa (%1)</translation>
    </message>
    <message>
        <source>Account key: %1</source>
        <translation>Chave da conta: %1</translation>
    </message>
    <message>
        <source>The assignor has no registered account.</source>
        <translation>O cedente não tem conta cadastrada.</translation>
    </message>
    <message>
        <source>Pasted account key %1</source>
        <translation>Chave de conta colada %1</translation>
    </message>
    <message>
        <source>Contract default account</source>
        <translation>Conta padrão do contrato</translation>
    </message>
    <message>
        <source>An account key is a UUID, like 3f2b8c1e-0a4d-4e7b-9c55-2d1e6f7a8b90.</source>
        <translation>A chave da conta é um UUID, como 3f2b8c1e-0a4d-4e7b-9c55-2d1e6f7a8b90.</translation>
    </message>
    <message>
        <source>This is not the assignor&apos;s default account. Make sure the assignor asked to be paid into it.</source>
        <translation>Esta não é a conta padrão do cedente. Confirme que o cedente pediu para receber nela.</translation>
    </message>
    <message>
        <source>This account cannot be checked here: it is not the default account, and QI Tech refuses a key that is not one of the assignor&apos;s accounts.</source>
        <translation>Esta conta não pode ser conferida aqui: não é a conta padrão, e a QI Tech recusa uma chave que não seja de uma conta do cedente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the assets being bought have alerts (%1). Look at them in the Analysis tab, or remove them before approving.</source>
        <translation>
            <numerusform>%Ln dos ativos a comprar tem alertas (%1). Examine-o na aba Análise, ou retire-o antes de aprovar.</numerusform>
            <numerusform>%Ln dos ativos a comprar têm alertas (%1). Examine-os na aba Análise, ou retire-os antes de aprovar.</numerusform>
        </translation>
    </message>
    <message>
        <source>I &amp;reviewed the assets, their alerts and the disbursement account</source>
        <translation>&amp;Revisei os ativos, seus alertas e a conta de desembolso</translation>
    </message>
    <message>
        <source>Fund rule broken — %1: %2 (limit %3).</source>
        <translation>Regra do fundo violada — %1: %2 (limite %3).</translation>
    </message>
    <message>
        <source>QI Tech does not say who holds these accounts. By QI Tech&apos;s rules every disbursement account belongs to the assignor: %1.</source>
        <translation>A QI Tech não informa o titular destas contas. Pelas regras da QI Tech, toda conta de desembolso é do próprio cedente: %1.</translation>
    </message>
    <message>
        <source>Holder: %1 · %2</source>
        <translation>Titular: %1 · %2</translation>
    </message>
    <message>
        <source>⚠ not the assignor</source>
        <translation>⚠ não é o cedente</translation>
    </message>
    <message>
        <source>I &amp;reviewed the assets, the portfolio limits and the disbursement account</source>
        <translation>&amp;Revisei os ativos, os limites da carteira e a conta de desembolso</translation>
    </message>
</context>
<context>
    <name>cessio::AssetChecks</name>
    <message>
        <source>Invalid debtor CPF/CNPJ</source>
        <translation>CPF/CNPJ do sacado inválido</translation>
    </message>
    <message>
        <source>Debtor is the assignor</source>
        <translation>Sacado é o próprio cedente</translation>
    </message>
    <message>
        <source>Due on or before the assignment date</source>
        <translation>Vence na data da cessão ou antes</translation>
    </message>
    <message>
        <source>Purchase value above face value</source>
        <translation>Valor de aquisição acima do valor de face</translation>
    </message>
    <message>
        <source>Face value above the NF-e total</source>
        <translation>Valor de face acima do total da NF-e</translation>
    </message>
    <message>
        <source>Possible duplicate title</source>
        <translation>Possível título duplicado</translation>
    </message>
    <message>
        <source>A CPF or CNPJ whose check digits fail cannot be collected from and points to a data error or a made-up debtor.</source>
        <translation>Um CPF ou CNPJ com dígitos verificadores errados não pode ser cobrado e indica erro de cadastro ou sacado inventado.</translation>
    </message>
    <message>
        <source>The assignor owing its own receivable (or another branch of the same company owing it) is a known sign of a fabricated title.</source>
        <translation>O cedente devendo o próprio recebível (ou outra filial da mesma empresa devendo) é um sinal conhecido de título fabricado.</translation>
    </message>
    <message>
        <source>A title due on or before the assignment date is already overdue when the fund buys it.</source>
        <translation>Um título que vence na data da cessão ou antes já está vencido quando o fundo o compra.</translation>
    </message>
    <message>
        <source>The fund would pay more than the title will ever pay back.</source>
        <translation>O fundo pagaria mais do que o título jamais vai pagar.</translation>
    </message>
    <message>
        <source>A duplicata cannot be worth more than the NF-e that gave rise to it.</source>
        <translation>Uma duplicata não pode valer mais que a NF-e que lhe deu origem.</translation>
    </message>
    <message>
        <source>Two assets with the same NF-e, contract or debtor, value and maturity are likely one receivable sold twice.</source>
        <translation>Dois ativos com a mesma NF-e, o mesmo contrato ou o mesmo sacado, valor e vencimento provavelmente são um recebível vendido duas vezes.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 paid for %2</source>
        <translation>%1 pagos por %2</translation>
    </message>
    <message>
        <source>%1 against an NF-e of %2</source>
        <translation>%1 contra uma NF-e de %2</translation>
    </message>
    <message>
        <source>the same as %1</source>
        <translation>igual a %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 e mais %Ln</numerusform>
            <numerusform>%1 e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outside the fund&apos;s rules</source>
        <translation>Fora das regras do fundo</translation>
    </message>
    <message>
        <source>The fund&apos;s regulamento or the gestora&apos;s policy, as set in Fund rules, does not allow it.</source>
        <translation>O regulamento do fundo ou a política da gestora, conforme definidos em Regras do fundo, não o permitem.</translation>
    </message>
    <message>
        <source>Title seen in an earlier batch</source>
        <translation>Título visto em lote anterior</translation>
    </message>
    <message>
        <source>A batch Cessio checked before was already buying this title: the same receivable may be sold twice, to this fund or another.</source>
        <translation>Um lote que o Cessio verificou antes já comprava este título: o mesmo recebível pode estar sendo vendido duas vezes, a este fundo ou a outro.</translation>
    </message>
    <message>
        <source>also in batch %1</source>
        <translation>também no lote %1</translation>
    </message>
    <message>
        <source>Rate far from the rest of the batch</source>
        <translation>Taxa distante do restante do lote</translation>
    </message>
    <message>
        <source>An asset priced far from the others of the same batch points to a wrong value or date, or to a price the fund did not agree to.</source>
        <translation>Um ativo precificado longe dos demais do mesmo lote indica valor ou data errados, ou um preço que o fundo não acordou.</translation>
    </message>
    <message>
        <source>%1 against the batch&apos;s median of %2</source>
        <translation>%1 contra a mediana do lote de %2</translation>
    </message>
</context>
<context>
    <name>cessio::AssetMarking</name>
    <message>
        <source>Tick</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Tick many assets at once (or select rows and press Space)</source>
        <translation>Marcar vários ativos de uma vez (ou selecione linhas e tecle Espaço)</translation>
    </message>
    <message>
        <source>Tick assets</source>
        <translation>Marcar ativos</translation>
    </message>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>Marcar &amp;todos os exibidos</translation>
    </message>
    <message>
        <source>Tick every asset the filters show</source>
        <translation>Marcar todos os ativos que os filtros exibem</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>&amp;Remove everything outside the fund rules…</source>
        <translation>&amp;Retirar tudo o que está fora das regras do fundo…</translation>
    </message>
    <message>
        <source>&amp;Remove everything outside the fund rules (%1)…</source>
        <translation>&amp;Retirar tudo o que está fora das regras do fundo (%1)…</translation>
    </message>
</context>
<context>
    <name>cessio::AssetTableModel</name>
    <message>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Sacado</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor de face</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Valor de aquisição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Denial reason</source>
        <translation>Motivo da negativa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln installments, from %1 to %2</source>
        <translation>
            <numerusform>%Ln parcela, de %1 a %2</numerusform>
            <numerusform>%Ln parcelas, de %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The asset listing does not include this; open the asset&apos;s details to load it.</source>
        <translation>A listagem de ativos não traz este dado; abra os detalhes do ativo para carregá-lo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln installments)</source>
        <translation>
            <numerusform>%1 (%Ln parcela)</numerusform>
            <numerusform>%1 (%Ln parcelas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidade</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestora</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checks Cessio runs on the assets being bought: debtor CPF/CNPJ, debtor equal to the assignor, maturity, price, NF-e value and duplicate titles.</source>
        <translation>Verificações que o Cessio faz nos ativos a comprar: CPF/CNPJ do sacado, sacado igual ao cedente, vencimento, preço, valor da NF-e e títulos duplicados.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Tick assets to remove them from the batch before approving it. Select rows and press Space to tick them all.</source>
        <translation>Marque ativos para retirá-los do lote antes de aprová-lo. Selecione linhas e tecle Espaço para marcar todas.</translation>
    </message>
    <message>
        <source>Rate (month)</source>
        <translation>Taxa (mês)</translation>
    </message>
    <message>
        <source>The rate at which the installments, discounted over business days, are worth what the fund pays: effective, per month of 21 business days.</source>
        <translation>A taxa à qual as parcelas, descontadas em dias úteis, valem o que o fundo paga: efetiva, por mês de 21 dias úteis.</translation>
    </message>
</context>
<context>
    <name>cessio::AssetsPanel</name>
    <message>
        <source>Assets</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Detalhes do ativo</translation>
    </message>
    <message>
        <source>Select an asset and press Details (or double-click it) to see its installments and debtor.</source>
        <translation>Selecione um ativo e clique em Detalhes (ou dê um duplo clique) para ver as parcelas e o sacado.</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation>Buscar ativos</translation>
    </message>
    <message>
        <source>Search asset, debtor or CPF/CNPJ</source>
        <translation>Buscar ativo, sacado ou CPF/CNPJ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show the selected asset&apos;s installments and debtor</source>
        <translation>Mostrar as parcelas e o sacado do ativo selecionado</translation>
    </message>
    <message>
        <source>Assets loaded</source>
        <translation>Ativos carregados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading; the assets loaded so far stay in the table</source>
        <translation>Parar de carregar; os ativos já carregados ficam na tabela</translation>
    </message>
    <message>
        <source>Load all assets</source>
        <translation>Carregar todos os ativos</translation>
    </message>
    <message>
        <source>Loading assets…</source>
        <translation>Carregando ativos…</translation>
    </message>
    <message numerus="yes">
        <source>· %Ln ticked for removal (%1)</source>
        <translation>
            <numerusform>· %Ln marcado para retirada (%1)</numerusform>
            <numerusform>· %Ln marcados para retirada (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The details of %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar os detalhes de %1: %2</translation>
    </message>
    <message>
        <source>Only with alerts</source>
        <translation>Só com alertas</translation>
    </message>
    <message>
        <source>Show only the assets Cessio&apos;s checks flagged (computed once every asset has loaded)</source>
        <translation>Mostrar só os ativos que as verificações do Cessio marcaram (calculadas quando todos os ativos tiverem carregado)</translation>
    </message>
    <message>
        <source>Only with alerts (%1)</source>
        <translation>Só com alertas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln asset(s)</source>
        <translation>
            <numerusform>%1 de %Ln ativo</numerusform>
            <numerusform>%1 de %Ln ativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln ativo</numerusform>
            <numerusform>%Ln ativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: %Ln asset(s) loaded. Figures below cover only these.</source>
        <translation>
            <numerusform>Carregamento interrompido: %Ln ativo carregado. Os números cobrem só este.</numerusform>
            <numerusform>Carregamento interrompido: %Ln ativos carregados. Os números cobrem só estes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading failed after %Ln asset(s): %1</source>
        <translation>
            <numerusform>O carregamento falhou após %Ln ativo: %1</numerusform>
            <numerusform>O carregamento falhou após %Ln ativos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AuditLogDialog</name>
    <message>
        <source>Decision record</source>
        <translation>Registro de decisões</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>Buscar no registro</translation>
    </message>
    <message>
        <source>Batch, user, request id, QI code…</source>
        <translation>Lote, usuário, id da requisição, código QI…</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ção:</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrar por ação</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrar por resultado</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Decision record entries</source>
        <translation>Lançamentos do registro de decisões</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Detalhes do lançamento selecionado</translation>
    </message>
    <message>
        <source>Select an entry to see what was sent and what QI Tech answered.</source>
        <translation>Selecione um lançamento para ver o que foi enviado e o que a QI Tech respondeu.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Reca&amp;rregar</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Verificar integridade</translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed or reordered since it was written</source>
        <translation>Confere que nenhum lançamento foi alterado, removido ou reordenado depois de gravado</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation>Lendo o registro…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln entries.</source>
        <translation>
            <numerusform>Exibindo %1 de %Ln lançamento.</numerusform>
            <numerusform>Exibindo %1 de %Ln lançamentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Lançamento %1 · %2</translation>
    </message>
    <message>
        <source>By %1 on %2 (Cessio %3)</source>
        <translation>Por %1 em %2 (Cessio %3)</translation>
    </message>
    <message>
        <source>Profile: %1 · %2</source>
        <translation>Perfil: %1 · %2</translation>
    </message>
    <message>
        <source>Batch: %1 (fund %2, configuration %3)</source>
        <translation>Lote: %1 (fundo %2, configuração %3)</translation>
    </message>
    <message>
        <source>Action: %1 · Outcome: %2</source>
        <translation>Ação: %1 · Resultado: %2</translation>
    </message>
    <message>
        <source>completes entry %1</source>
        <translation>completa o lançamento %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operação: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln ativo</numerusform>
            <numerusform>%Ln ativos</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Exibido: %1</translation>
    </message>
    <message>
        <source>Account: %1 %2</source>
        <translation>Conta: %1 %2</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translation>Ativos: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Requisição: %1 %2</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id da requisição: %1</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Corpo: %1</translation>
    </message>
    <message>
        <source>Response: HTTP %1</source>
        <translation>Resposta: HTTP %1</translation>
    </message>
    <message>
        <source>Response: none</source>
        <translation>Resposta: nenhuma</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Previous: %1</source>
        <translation>Anterior: %1</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation>Verificando o registro…</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>Verificar integridade</translation>
    </message>
    <message>
        <source>Last entry&apos;s hash: %1
Keep it with the approval memo to show later that nothing was cut from the end.</source>
        <translation>Hash do último lançamento: %1
Guarde-o com o memorando de aprovação para mostrar depois que nada foi cortado do fim.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) before it are intact. Keep the file as it is and tell your auditor.</source>
        <translation>
            <numerusform>%Ln lançamento anterior está íntegro. Mantenha o arquivo como está e avise sua auditoria.</numerusform>
            <numerusform>%Ln lançamentos anteriores estão íntegros. Mantenha o arquivo como está e avise sua auditoria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel (pt-BR) (*.csv)</source>
        <translation>Excel (pt-BR) (*.csv)</translation>
    </message>
    <message>
        <source>Plain CSV (*.csv)</source>
        <translation>CSV simples (*.csv)</translation>
    </message>
    <message>
        <source>Export the decision record</source>
        <translation>Exportar o registro de decisões</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>The decision record was exported to %1.</source>
        <translation>O registro de decisões foi exportado para %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln with alerts</source>
        <translation>
            <numerusform>%Ln com alertas</numerusform>
            <numerusform>%Ln com alertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>%Ln aprovado</numerusform>
            <numerusform>%Ln aprovados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln denied</source>
        <translation>
            <numerusform>%Ln negado</numerusform>
            <numerusform>%Ln negados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID da requisição</translation>
    </message>
    <message>
        <source>QI code</source>
        <translation>Código QI</translation>
    </message>
</context>
<context>
    <name>cessio::BatchChange</name>
    <message numerus="yes">
        <source>%Ln asset(s) added</source>
        <translation>
            <numerusform>%Ln ativo adicionado</numerusform>
            <numerusform>%Ln ativos adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <comment>assets</comment>
        <translation>
            <numerusform>%Ln removido</numerusform>
            <numerusform>%Ln removidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) changed</source>
        <translation>
            <numerusform>%Ln valor alterado</numerusform>
            <numerusform>%Ln valores alterados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln status(es) changed</source>
        <translation>
            <numerusform>%Ln status alterado</numerusform>
            <numerusform>%Ln status alterados</numerusform>
        </translation>
    </message>
    <message>
        <source>total unchanged</source>
        <translation>total inalterado</translation>
    </message>
    <message>
        <source>Since your review on %1: %2 — %3</source>
        <translation>Desde a sua análise em %1: %2 — %3</translation>
    </message>
    <message>
        <source>Since the review by %1 on %2: %3 — %4</source>
        <translation>Desde a análise de %1 em %2: %3 — %4</translation>
    </message>
    <message>
        <source>Assets: %1 → %2 · Total: %3 → %4</source>
        <translation>Ativos: %1 → %2 · Total: %3 → %4</translation>
    </message>
    <message>
        <source>Added: %1 — %2</source>
        <translation>Adicionado: %1 — %2</translation>
    </message>
    <message>
        <source>Removed: %1 — %2</source>
        <translation>Removido: %1 — %2</translation>
    </message>
    <message>
        <source>Value changed: %1 — %2 → %3</source>
        <translation>Valor alterado: %1 — %2 → %3</translation>
    </message>
    <message>
        <source>Status changed: %1 — %2 → %3</source>
        <translation>Status alterado: %1 — %2 → %3</translation>
    </message>
    <message>
        <source>The last review of this batch in the workspace could not be read: %1</source>
        <translation>A última análise deste lote no espaço de trabalho não pôde ser lida: %1</translation>
    </message>
    <message>
        <source>This review could not be kept in the workspace: %1</source>
        <translation>Esta análise não pôde ser guardada no espaço de trabalho: %1</translation>
    </message>
</context>
<context>
    <name>cessio::BatchHeader</name>
    <message>
        <source>Total value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Cedente</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultoria</translation>
    </message>
    <message>
        <source>Originators</source>
        <translation>Originadores</translation>
    </message>
    <message>
        <source>Assignment date</source>
        <translation>Data da cessão</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>TIR</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>Desembolso</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>Batch %1 · no. %2</source>
        <translation>Lote %1 · nº %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>No consultant</source>
        <translation>Sem consultoria</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Nenhum informado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Ainda não calculada</translation>
    </message>
    <message>
        <source>No discounts</source>
        <translation>Sem descontos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln discount(s)</source>
        <translation>
            <numerusform>%1 em %Ln desconto</numerusform>
            <numerusform>%1 em %Ln descontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not chosen yet (chosen on approval)</source>
        <translation>Ainda não escolhida (escolhida na aprovação)</translation>
    </message>
    <message>
        <source>Total purchase value of the assets not denied (assets_summary)</source>
        <translation>Valor total de aquisição dos ativos não negados (assets_summary)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The rate exactly as QI Tech sends it (assignment_irr); QI does not document its period.</source>
        <translation>A taxa exatamente como a QI Tech envia (assignment_irr); a QI não documenta o período.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>checked once every asset has loaded…</source>
        <translation>verificados quando todos os ativos tiverem carregado…</translation>
    </message>
    <message>
        <source>not checked (no asset details)</source>
        <translation>não verificados (sem detalhes dos ativos)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln asset(s) flagged</source>
        <translation>
            <numerusform>⚠ %Ln ativo com alerta</numerusform>
            <numerusform>⚠ %Ln ativos com alerta</numerusform>
        </translation>
    </message>
    <message>
        <source>show them</source>
        <translation>mostrar</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln fund rule(s) broken</source>
        <translation>
            <numerusform>⚠ %Ln regra do fundo violada</numerusform>
            <numerusform>⚠ %Ln regras do fundo violadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none in %Ln asset(s) checked</source>
        <translation>
            <numerusform>nenhum no %Ln ativo verificado</numerusform>
            <numerusform>nenhum nos %Ln ativos verificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved of %1</source>
        <translation>
            <numerusform>%Ln aprovado de %1</numerusform>
            <numerusform>%Ln aprovados de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln denied</source>
        <translation>
            <numerusform> · %Ln negado</numerusform>
            <numerusform> · %Ln negados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::BatchPricing</name>
    <message>
        <source>%1 per month</source>
        <translation>%1 a.m.</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 a.a.</translation>
    </message>
</context>
<context>
    <name>cessio::BatchReview</name>
    <message>
        <source>no. %1 · %2 · %3</source>
        <translation>nº %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>cessio::BatchReviewView</name>
    <message>
        <source>Review of batch %1</source>
        <translation>Análise do lote %1</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Ativos</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Batch not loaded</source>
        <translation>Lote não carregado</translation>
    </message>
    <message>
        <source>Batch %1 could not be read.</source>
        <translation>Não foi possível ler o lote %1.</translation>
    </message>
    <message>
        <source>Assignment term</source>
        <translation>Termo de cessão</translation>
    </message>
    <message>
        <source>Signed term</source>
        <translation>Termo assinado</translation>
    </message>
    <message>
        <source>The term link could not be fetched.</source>
        <translation>Não foi possível obter o link do termo.</translation>
    </message>
    <message>
        <source>The signed term is not available yet: the parties have not all signed.</source>
        <translation>O termo assinado ainda não está disponível: nem todas as partes assinaram.</translation>
    </message>
    <message>
        <source>The assignment term is not available yet.</source>
        <translation>O termo de cessão ainda não está disponível.</translation>
    </message>
    <message>
        <source>No browser could open the term.</source>
        <translation>Nenhum navegador conseguiu abrir o termo.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 removed)</source>
        <translation>%1 → %2 (retirados: %3)</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translation>Ativos: %1</translation>
    </message>
    <message>
        <source>Purchase value: %1</source>
        <translation>Valor de compra: %1</translation>
    </message>
    <message>
        <source>Face value: %1</source>
        <translation>Valor de face: %1</translation>
    </message>
    <message numerus="yes">
        <source>The face value of %Ln asset(s) is not in the listing and is left out of these face values.</source>
        <translation>
            <numerusform>O valor de face de %Ln ativo não está na listagem e fica fora destes valores de face.</numerusform>
            <numerusform>O valor de face de %Ln ativos não está na listagem e fica fora destes valores de face.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove assets outside the fund rules</source>
        <translation>Retirar ativos fora das regras do fundo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) break the fund&apos;s rules and are now ticked. The batch after removing them:</source>
        <translation>
            <numerusform>%Ln ativo viola as regras do fundo e agora está marcado. O lote depois de retirá-lo:</numerusform>
            <numerusform>%Ln ativos violam as regras do fundo e agora estão marcados. O lote depois de retirá-los:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets to remove:</source>
        <translation>Ativos a retirar:</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuar…</translation>
    </message>
    <message>
        <source>Team activity on this batch</source>
        <translation>Atividade da equipe neste lote</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Carteira</translation>
    </message>
</context>
<context>
    <name>cessio::ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Checks on the assets</source>
        <translation>Verificações dos ativos</translation>
    </message>
    <message>
        <source>Show flagged assets</source>
        <translation>Mostrar ativos com alerta</translation>
    </message>
    <message>
        <source>List only the flagged assets in the Assets tab</source>
        <translation>Listar só os ativos com alerta na aba Ativos</translation>
    </message>
    <message>
        <source>The assets are checked once every asset has loaded…</source>
        <translation>Os ativos são verificados quando todos tiverem carregado…</translation>
    </message>
    <message>
        <source>QI Tech&apos;s asset listing does not include debtors, maturities or invoices, so the assets could not be checked.</source>
        <translation>A listagem de ativos da QI Tech não traz sacados, vencimentos nem notas fiscais; por isso os ativos não puderam ser verificados.</translation>
    </message>
    <message>
        <source>There are no assets to check.</source>
        <translation>Não há ativos para verificar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln ativo</numerusform>
            <numerusform>%Ln ativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln of the %1 assets checked have alerts:</source>
        <translation>
            <numerusform>⚠ %Ln dos %1 ativos verificados tem alertas:</numerusform>
            <numerusform>⚠ %Ln dos %1 ativos verificados têm alertas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Fund rules…</source>
        <translation>Regras do fundo…</translation>
    </message>
    <message>
        <source>Set this fund&apos;s limits: term, asset and batch value, debtor share, debtor type, asset types</source>
        <translation>Definir os limites deste fundo: prazo, valor por ativo e por lote, participação por sacado, tipo de sacado, tipos de ativo</translation>
    </message>
    <message>
        <source>⚠ Fund rules:</source>
        <translation>⚠ Regras do fundo:</translation>
    </message>
    <message>
        <source>No fund rules set for this fund: use Fund rules… to have every batch checked against its limits.</source>
        <translation>Nenhuma regra definida para este fundo: use Regras do fundo… para verificar cada lote contra os limites dele.</translation>
    </message>
    <message>
        <source>✓ Within every fund rule:</source>
        <translation>✓ Dentro de todas as regras do fundo:</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln fund rule(s) broken:</source>
        <translation>
            <numerusform>⚠ %Ln regra do fundo violada:</numerusform>
            <numerusform>⚠ %Ln regras do fundo violadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>This batch</source>
        <translation>Este lote</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message numerus="yes">
        <source>✓ No alerts in the %Ln asset(s) checked.</source>
        <translation>
            <numerusform>✓ Nenhum alerta no %Ln ativo verificado.</numerusform>
            <numerusform>✓ Nenhum alerta nos %Ln ativos verificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) came without their details and were not checked.</source>
        <translation>
            <numerusform>%Ln ativo veio sem seus detalhes e não foi verificado.</numerusform>
            <numerusform>%Ln ativos vieram sem seus detalhes e não foram verificados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ConnectionCheck</name>
    <message>
        <source>The profile has no client key, key or fund.</source>
        <translation>O perfil não tem chave de cliente, chave privada ou fundo.</translation>
    </message>
    <message>
        <source>QI Tech refused this computer&apos;s IP address: the integration accepts calls only from the public IP addresses registered with QI Tech. Ask QI Tech to add this network&apos;s address. A newly added address takes up to 48 hours to become active, so calls from home or over a VPN can fail until then.</source>
        <translation>A QI Tech recusou o endereço IP deste computador: a integração só aceita chamadas dos IPs públicos cadastrados na QI Tech. Peça à QI Tech para incluir o endereço desta rede. Um endereço recém-incluído leva até 48 horas para valer, então chamadas de casa ou por VPN podem falhar até lá.</translation>
    </message>
    <message>
        <source>QI Tech does not know this API client key. Check that it was copied exactly and that it is for this environment: sandbox and production keys are different.</source>
        <translation>A QI Tech não conhece esta API client key. Confira se foi copiada exatamente e se é deste ambiente: as chaves de sandbox e de produção são diferentes.</translation>
    </message>
    <message>
        <source>No API client key was sent. Enter the API client key QI Tech gave for this integration.</source>
        <translation>Nenhuma API client key foi enviada. Informe a API client key que a QI Tech forneceu para esta integração.</translation>
    </message>
    <message>
        <source>QI Tech could not verify the request&apos;s signature. The private key does not match the public key QI Tech has for this client key: send QI Tech this profile&apos;s public key, or import the matching private key. Also check this computer&apos;s clock, since every request is signed with the current time.</source>
        <translation>A QI Tech não conseguiu verificar a assinatura da requisição. A chave privada não corresponde à chave pública que a QI Tech tem para esta client key: envie à QI Tech a chave pública deste perfil ou importe a chave privada correspondente. Confira também o relógio deste computador, pois cada requisição é assinada com a hora atual.</translation>
    </message>
    <message>
        <source>The integration is known, but it has no permission for this: QI Tech must give this manager integration access to the fund&apos;s assignment endpoints (MIT000017).</source>
        <translation>A integração é reconhecida, mas não tem permissão para isto: a QI Tech precisa liberar a esta integração de gestora o acesso aos endpoints de cessão do fundo (MIT000017).</translation>
    </message>
    <message>
        <source>The integration is known, but it is not allowed to read this fund. Ask QI Tech to link the fund class to this integration.</source>
        <translation>A integração é reconhecida, mas não pode consultar este fundo. Peça à QI Tech para vincular a classe do fundo a esta integração.</translation>
    </message>
    <message>
        <source>QI Tech has no fund class with this key for this integration. Check the fund class key.</source>
        <translation>A QI Tech não tem classe de fundo com esta chave para esta integração. Confira a chave da classe do fundo.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the internet connection, a proxy or VPN, a firewall, and the environment&apos;s address.</source>
        <translation>Não foi possível acessar o servidor. Confira a conexão com a internet, proxy ou VPN, firewall e o endereço do ambiente.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The connection may be slow or blocked by a firewall; try again.</source>
        <translation>O servidor não respondeu a tempo. A conexão pode estar lenta ou bloqueada por um firewall; tente de novo.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted, or the address uses plain http for a host that is not this computer (only https is allowed). A corporate proxy that inspects TLS needs its certificate installed on this computer.</source>
        <translation>A conexão segura falhou: o certificado do servidor não foi aceito, ou o endereço usa http simples para um host que não é este computador (só https é permitido). Um proxy corporativo que inspeciona TLS precisa ter o certificado instalado neste computador.</translation>
    </message>
    <message>
        <source>The server is having trouble right now; the credentials could not be checked. Try again later.</source>
        <translation>O servidor está com problemas agora; não foi possível conferir as credenciais. Tente mais tarde.</translation>
    </message>
    <message>
        <source>The server answered, but not like QI Tech does. Check the environment&apos;s address.</source>
        <translation>O servidor respondeu, mas não como a QI Tech responde. Confira o endereço do ambiente.</translation>
    </message>
</context>
<context>
    <name>cessio::CsvTable</name>
    <message>
        <source>Row %1: a quote is opened and never closed.</source>
        <translation>Linha %1: uma aspa é aberta e nunca fechada.</translation>
    </message>
    <message>
        <source>Row %1: a field is longer than %2 bytes.</source>
        <translation>Linha %1: um campo tem mais de %2 bytes.</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>A linha %1 tem mais de %2 colunas.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>O arquivo tem mais de %1 linhas.</translation>
    </message>
</context>
<context>
    <name>cessio::DecisionController</name>
    <message>
        <source>Decision not sent</source>
        <translation>Decisão não enviada</translation>
    </message>
    <message>
        <source>The batch as read does not say its fund and assignment configuration, so no decision can be sent for it. Reload the batch and try again.</source>
        <translation>O lote lido não informa seu fundo e sua configuração de cessão, então nenhuma decisão pode ser enviada para ele. Recarregue o lote e tente de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln asset(s) worth %1 from batch %2?</source>
        <translation>
            <numerusform>Retirar %Ln ativo, no valor de %1, do lote %2?</numerusform>
            <numerusform>Retirar %Ln ativos, no valor de %1, do lote %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln asset(s) from batch %1?</source>
        <translation>
            <numerusform>Retirar %Ln ativo do lote %1?</numerusform>
            <numerusform>Retirar %Ln ativos do lote %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove assets</source>
        <translation>Retirar ativos</translation>
    </message>
    <message>
        <source>Cessio reopens the batch, denies each of these assets and closes the batch again. QI Tech checks the batch once more and it comes back for your approval without them. If the removal is interrupted, you can finish it later.</source>
        <translation>O Cessio reabre o lote, nega cada um destes ativos e fecha o lote de novo. A QI Tech verifica o lote outra vez e ele volta para a sua aprovação sem eles. Se a retirada for interrompida, você pode concluí-la depois.</translation>
    </message>
    <message>
        <source>Assets to remove:</source>
        <translation>Ativos a retirar:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %Ln asset(s)</source>
        <translation>
            <numerusform>&amp;Retirar %Ln ativo</numerusform>
            <numerusform>&amp;Retirar %Ln ativos</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing assets from batch %1</source>
        <translation>Retirando ativos do lote %1</translation>
    </message>
    <message>
        <source>Checking where the removal stopped…</source>
        <translation>Verificando onde a retirada parou…</translation>
    </message>
    <message>
        <source>Reopening the batch…</source>
        <translation>Reabrindo o lote…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln asset(s) removed</source>
        <translation>
            <numerusform>%1 de %Ln ativo retirado</numerusform>
            <numerusform>%1 de %Ln ativos retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln asset(s) removed. Closing the batch for approval again…</source>
        <translation>
            <numerusform>%Ln ativo retirado. Fechando o lote para nova aprovação…</numerusform>
            <numerusform>Todos os %Ln ativos retirados. Fechando o lote para nova aprovação…</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets removed from batch %1</source>
        <translation>Ativos retirados do lote %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) removed. QI Tech checks the batch again and it comes back for your approval.</source>
        <translation>
            <numerusform>%Ln ativo retirado. A QI Tech verifica o lote de novo e ele volta para a sua aprovação.</numerusform>
            <numerusform>%Ln ativos retirados. A QI Tech verifica o lote de novo e ele volta para a sua aprovação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 denied</source>
        <translation>Lote %1 negado</translation>
    </message>
    <message>
        <source>Batch %1 approved</source>
        <translation>Lote %1 aprovado</translation>
    </message>
    <message>
        <source>Disbursement account: %1</source>
        <translation>Conta de desembolso: %1</translation>
    </message>
    <message>
        <source>Assets not removed from batch %1</source>
        <translation>Ativos não retirados do lote %1</translation>
    </message>
    <message>
        <source>Batch %1 not denied</source>
        <translation>Lote %1 não negado</translation>
    </message>
    <message>
        <source>Batch %1 not approved</source>
        <translation>Lote %1 não aprovado</translation>
    </message>
    <message>
        <source>Decision on batch %1 did not take effect</source>
        <translation>A decisão sobre o lote %1 não teve efeito</translation>
    </message>
    <message>
        <source>The batch is now: %1</source>
        <translation>O lote agora está: %1</translation>
    </message>
    <message>
        <source>Outcome unknown for batch %1</source>
        <translation>Resultado desconhecido para o lote %1</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Verificar de novo</translation>
    </message>
    <message>
        <source>Removal interrupted for batch %1</source>
        <translation>Retirada interrompida no lote %1</translation>
    </message>
    <message>
        <source>%1 removed so far, %2 still to remove.</source>
        <translation>Retirados até agora: %1; ainda a retirar: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln ativo</numerusform>
            <numerusform>%Ln ativos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish removal</source>
        <translation>&amp;Concluir a retirada</translation>
    </message>
    <message>
        <source>Batch %1 changed</source>
        <translation>O lote %1 mudou</translation>
    </message>
    <message>
        <source>Batch %1 changed at QI Tech while you were deciding: it is now %2 · %3 · %4.</source>
        <translation>O lote %1 mudou na QI Tech enquanto você decidia: agora está %2 · %3 · %4.</translation>
    </message>
    <message>
        <source>Nothing was sent. The review shows the batch as it is now: check it, then decide again.</source>
        <translation>Nada foi enviado. A análise mostra o lote como está agora: confira-o e decida de novo.</translation>
    </message>
</context>
<context>
    <name>cessio::DecisionGate</name>
    <message>
        <source>Not sent: %1 already denied this batch at %2.</source>
        <translation>Não enviado: %1 já negou este lote às %2.</translation>
    </message>
    <message>
        <source>Not sent: %1 already approved this batch at %2.</source>
        <translation>Não enviado: %1 já aprovou este lote às %2.</translation>
    </message>
    <message>
        <source>Not sent: %1 is approving this batch since %2.</source>
        <translation>Não enviado: %1 está aprovando este lote desde %2.</translation>
    </message>
    <message>
        <source>Not sent: %1 is denying this batch since %2.</source>
        <translation>Não enviado: %1 está negando este lote desde %2.</translation>
    </message>
    <message>
        <source>Not sent: %1 is removing assets from this batch since %2.</source>
        <translation>Não enviado: %1 está retirando ativos deste lote desde %2.</translation>
    </message>
    <message>
        <source>The decision could not be recorded in the team workspace, so nothing was sent. Cessio keeps reading from QI Tech. %1</source>
        <translation>Não foi possível registrar a decisão no espaço de trabalho da equipe, por isso nada foi enviado. O Cessio continua lendo da QI Tech. %1</translation>
    </message>
</context>
<context>
    <name>cessio::DemoColleague</name>
    <message>
        <source>Assignor&apos;s usual account; the checks found nothing. Approve.</source>
        <translation>Conta habitual do cedente; as verificações não encontraram nada. Aprovar.</translation>
    </message>
</context>
<context>
    <name>cessio::DemoSession</name>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>A demonstração não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>The demo funds&apos; portfolios could not be written: %1</source>
        <translation>As carteiras dos fundos da demonstração não puderam ser gravadas: %1</translation>
    </message>
</context>
<context>
    <name>cessio::DenyDialog</name>
    <message>
        <source>Deny batch %1</source>
        <translation>Negar o lote %1</translation>
    </message>
    <message>
        <source>Denying ends this batch: none of its assets enter the fund, and the assignor has to send a new batch. This cannot be undone.</source>
        <translation>Negar encerra este lote: nenhum dos ativos entra no fundo, e o cedente precisa enviar um novo lote. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>&amp;Reason for the denial (required):</source>
        <translation>&amp;Motivo da negativa (obrigatório):</translation>
    </message>
    <message>
        <source>Reason for the denial</source>
        <translation>Motivo da negativa</translation>
    </message>
    <message>
        <source>e.g. concentration in a single debtor above the regulamento&apos;s limit</source>
        <translation>ex.: concentração em um único sacado acima do limite do regulamento</translation>
    </message>
    <message>
        <source>The reason is kept in Cessio&apos;s local decision record only: QI Tech&apos;s deny request has no field for it, so the assignor does not see it.</source>
        <translation>O motivo fica só no registro local de decisões do Cessio: a requisição de negativa da QI Tech não tem campo para ele, então o cedente não o vê.</translation>
    </message>
    <message>
        <source>I &amp;understand that the whole batch is denied</source>
        <translation>&amp;Entendo que o lote inteiro será negado</translation>
    </message>
    <message>
        <source>Confirm the denial</source>
        <translation>Confirmar a negativa</translation>
    </message>
    <message>
        <source>Sending the denial to QI Tech…</source>
        <translation>Enviando a negativa à QI Tech…</translation>
    </message>
    <message>
        <source>&amp;Deny batch</source>
        <translation>&amp;Negar o lote</translation>
    </message>
    <message>
        <source>Deny the batch</source>
        <translation>Negar o lote</translation>
    </message>
    <message>
        <source>⚠ The batch changed at QI Tech while this window was open: the figures above are the new ones. Check them and confirm again.</source>
        <translation>⚠ O lote mudou na QI Tech enquanto esta janela estava aberta: os números acima são os novos. Confira-os e confirme de novo.</translation>
    </message>
</context>
<context>
    <name>cessio::FourEyesPolicy</name>
    <message>
        <source>The fund&apos;s four-eyes policy has an amount Cessio cannot read: %1</source>
        <translation>A política de quatro olhos do fundo tem um valor que o Cessio não consegue ler: %1</translation>
    </message>
    <message>
        <source>The fund&apos;s four-eyes policy cannot be read.</source>
        <translation>A política de quatro olhos do fundo não pôde ser lida.</translation>
    </message>
    <message>
        <source>A decision needs a recommendation by another member when the batch total is above %1 or when any alert, fund rule or portfolio limit is breached.</source>
        <translation>Uma decisão precisa da recomendação de outro membro quando o total do lote passa de %1 ou quando algum alerta, regra do fundo ou limite da carteira é violado.</translation>
    </message>
    <message>
        <source>A decision needs a recommendation by another member when the batch total is above %1.</source>
        <translation>Uma decisão precisa da recomendação de outro membro quando o total do lote passa de %1.</translation>
    </message>
    <message>
        <source>A decision needs a recommendation by another member when any alert, fund rule or portfolio limit is breached.</source>
        <translation>Uma decisão precisa da recomendação de outro membro quando algum alerta, regra do fundo ou limite da carteira é violado.</translation>
    </message>
    <message>
        <source>Off: one member may decide alone.</source>
        <translation>Desligada: um membro pode decidir sozinho.</translation>
    </message>
    <message>
        <source>the batch total is not known and the policy starts above %1</source>
        <translation>o total do lote não é conhecido e a política vale acima de %1</translation>
    </message>
    <message>
        <source>the batch total %1 is above %2</source>
        <translation>o total do lote, %1, passa de %2</translation>
    </message>
    <message>
        <source>an alert, fund rule or portfolio limit is breached</source>
        <translation>um alerta, regra do fundo ou limite da carteira está violado</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the alerts, fund rules and portfolio limits could not be checked, so the policy counts them as breached</source>
        <translation>não foi possível verificar os alertas, as regras do fundo e os limites da carteira, então a política os considera violados</translation>
    </message>
</context>
<context>
    <name>cessio::FourEyesVerdict</name>
    <message>
        <source>Not sent: this fund&apos;s four-eyes policy needs a recommendation by another member for this batch (%1), and there is none yet. Ask a colleague to review the batch and recommend a decision (in the review, or cessio-cli recommend), then decide.</source>
        <translation>Não enviado: a política de quatro olhos deste fundo exige a recomendação de outro membro para este lote (%1), e ainda não há nenhuma. Peça a um colega que analise o lote e recomende uma decisão (na análise, ou com cessio-cli recommend) e depois decida.</translation>
    </message>
    <message>
        <source>This workspace is a file on this computer: a colleague can recommend only through a team workspace on PostgreSQL (README, &quot;Working as a team&quot;), or as another login on this computer&apos;s workspace.</source>
        <translation>Este espaço de equipe é um arquivo neste computador: um colega só pode recomendar por um espaço de equipe no PostgreSQL (README, &quot;Working as a team&quot;), ou com outro login no espaço deste computador.</translation>
    </message>
</context>
<context>
    <name>cessio::FundBookDialog</name>
    <message>
        <source>Fund portfolio — %1</source>
        <translation>Carteira do fundo — %1</translation>
    </message>
    <message>
        <source>What Cessio counts as this fund&apos;s portfolio before each batch: the batches it saw completed, the administrator&apos;s position file, the net assets (PL) and the regulamento&apos;s limits.</source>
        <translation>O que o Cessio considera a carteira deste fundo antes de cada lote: os lotes que ele viu concluídos, o arquivo de posições do administrador, o patrimônio líquido (PL) e os limites do regulamento.</translation>
    </message>
    <message>
        <source>Position &amp;file</source>
        <translation>Arquivo de &amp;posições</translation>
    </message>
    <message>
        <source>&amp;Net assets</source>
        <translation>Patrimônio &amp;líquido</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>Li&amp;mites</translation>
    </message>
    <message>
        <source>Reading the fund&apos;s portfolio…</source>
        <translation>Lendo a carteira do fundo…</translation>
    </message>
    <message>
        <source>Net assets (PL), R$</source>
        <translation>Patrimônio líquido (PL), R$</translation>
    </message>
    <message>
        <source>Class equity, R$</source>
        <translation>Patrimônio da classe, R$</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Save net assets</source>
        <translation>&amp;Salvar patrimônio</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Percentages of the net assets (PL), as the regulamento sets them; empty: no limit.</source>
        <translation>Percentuais do patrimônio líquido (PL), como o regulamento os define; vazio: sem limite.</translation>
    </message>
    <message>
        <source>Largest debtor, at most %</source>
        <translation>Maior sacado, no máximo %</translation>
    </message>
    <message>
        <source>Largest assignor, at most %</source>
        <translation>Maior cedente, no máximo %</translation>
    </message>
    <message>
        <source>Number of largest debtors counted together</source>
        <translation>Quantidade de maiores sacados somados</translation>
    </message>
    <message>
        <source>Those largest debtors together, at most %</source>
        <translation>Esses maiores sacados somados, no máximo %</translation>
    </message>
    <message>
        <source>Credit rights, at least %</source>
        <translation>Direitos creditórios, no mínimo %</translation>
    </message>
    <message>
        <source>Related parties together, at most %</source>
        <translation>Partes relacionadas somadas, no máximo %</translation>
    </message>
    <message>
        <source>Related parties (CPF, CNPJ or CNPJ root of 8 characters):</source>
        <translation>Partes relacionadas (CPF, CNPJ ou raiz de CNPJ com 8 caracteres):</translation>
    </message>
    <message>
        <source>CPF/CNPJ or root</source>
        <translation>CPF/CNPJ ou raiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Adicionar parte</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>&amp;Remover parte</translation>
    </message>
    <message>
        <source>&amp;Save limits</source>
        <translation>&amp;Salvar limites</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %Ln position(s)</source>
        <translation>
            <numerusform>%1 de %2, %Ln posição</numerusform>
            <numerusform>%1 de %2, %Ln posições</numerusform>
        </translation>
    </message>
    <message>
        <source>Net assets and class equity are amounts in reais, such as 12.500.000,00; net assets above zero.</source>
        <translation>Patrimônio líquido e patrimônio da classe são valores em reais, como 12.500.000,00; o patrimônio líquido acima de zero.</translation>
    </message>
    <message>
        <source>Net assets of %1 saved.</source>
        <translation>Patrimônio líquido de %1 salvo.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a percentage from 0 to 100 with at most two decimals.</source>
        <translation>%1: “%2” não é um percentual de 0 a 100 com no máximo duas casas decimais.</translation>
    </message>
    <message>
        <source>Largest debtor</source>
        <translation>Maior sacado</translation>
    </message>
    <message>
        <source>Largest assignor</source>
        <translation>Maior cedente</translation>
    </message>
    <message>
        <source>Largest debtors together</source>
        <translation>Maiores sacados somados</translation>
    </message>
    <message>
        <source>Credit rights</source>
        <translation>Direitos creditórios</translation>
    </message>
    <message>
        <source>Related parties</source>
        <translation>Partes relacionadas</translation>
    </message>
    <message>
        <source>Related party on row %1: “%2” is not a valid CPF, CNPJ or CNPJ root (8 characters).</source>
        <translation>Parte relacionada na linha %1: “%2” não é um CPF, CNPJ ou raiz de CNPJ (8 caracteres) válido.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nada foi salvo.</translation>
    </message>
    <message>
        <source>Portfolio limits saved.</source>
        <translation>Limites da carteira salvos.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Still reading or writing the fund&apos;s portfolio: close when it has finished.</source>
        <translation>Ainda lendo ou gravando a carteira do fundo: feche quando terminar.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The net assets or limits you changed were not saved. Close and discard them?</source>
        <translation>O PL ou os limites que você alterou não foram salvos. Fechar e descartar as alterações?</translation>
    </message>
    <message>
        <source>Your role in the team workspace lets you see this book, not change it: approvers set the net assets and import the position file, admins set the limits. The batches your desktop sees completed are still added.</source>
        <translation>Seu papel no espaço de equipe permite ver esta carteira, não alterá-la: aprovadores informam o PL e importam o arquivo de posições, administradores definem os limites. Os lotes que seu computador vê concluídos continuam sendo incluídos.</translation>
    </message>
    <message>
        <source>Only a workspace admin changes the limits, as the fund&apos;s rules.</source>
        <translation>Só um administrador do espaço de equipe altera os limites, assim como as regras do fundo.</translation>
    </message>
</context>
<context>
    <name>cessio::FundRules</name>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>não é um objeto JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of days from 1 to 36500</source>
        <translation>&quot;%1&quot; deve ser um número inteiro de dias de 1 a 36500</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive amount such as &quot;1500.00&quot;</source>
        <translation>&quot;%1&quot; deve ser um valor positivo como &quot;1500.00&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be from 1 to 10000 basis points</source>
        <translation>&quot;%1&quot; deve estar entre 1 e 10000 pontos-base</translation>
    </message>
    <message>
        <source>unknown asset type &quot;%1&quot;</source>
        <translation>tipo de ativo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The rules saved for this fund could not be read (%1). Open Fund rules… to set them again.</source>
        <translation>As regras salvas para este fundo não puderam ser lidas (%1). Abra Regras do fundo… para defini-las de novo.</translation>
    </message>
    <message>
        <source>purchase value %1 (limit %2)</source>
        <translation>valor de aquisição %1 (limite %2)</translation>
    </message>
    <message>
        <source>%1 is not a type this fund buys</source>
        <translation>%1 não é um tipo que este fundo compra</translation>
    </message>
    <message numerus="yes">
        <source>term of %Ln days (limit %1)</source>
        <translation>
            <numerusform>prazo de %Ln dia (limite %1)</numerusform>
            <numerusform>prazo de %Ln dias (limite %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the debtor is not a company (no CNPJ)</source>
        <translation>o sacado não é pessoa jurídica (sem CNPJ)</translation>
    </message>
    <message>
        <source>its debtor holds %1 of the batch (limit %2)</source>
        <translation>seu sacado detém %1 do lote (limite %2)</translation>
    </message>
    <message>
        <source>Longest term</source>
        <translation>Maior prazo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days to spare</source>
        <translation>
            <numerusform>folga de %Ln dia</numerusform>
            <numerusform>folga de %Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest asset</source>
        <translation>Maior ativo</translation>
    </message>
    <message>
        <source>%1 to spare</source>
        <translation>folga de %1</translation>
    </message>
    <message>
        <source>Batch value</source>
        <translation>Valor do lote</translation>
    </message>
    <message>
        <source>Largest debtor</source>
        <translation>Maior sacado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 points to spare</source>
        <translation>folga de %1 pontos</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Sacados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) owed by people</source>
        <translation>
            <numerusform>%Ln ativo devido por pessoa física</numerusform>
            <numerusform>%Ln ativos devidos por pessoas físicas</numerusform>
        </translation>
    </message>
    <message>
        <source>companies only</source>
        <translation>só pessoas jurídicas</translation>
    </message>
    <message>
        <source>Asset types</source>
        <translation>Tipos de ativo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) of other types</source>
        <translation>
            <numerusform>%Ln ativo de outro tipo</numerusform>
            <numerusform>%Ln ativos de outros tipos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 acima</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) outside</source>
        <translation>
            <numerusform>%Ln ativo fora</numerusform>
            <numerusform>%Ln ativos fora</numerusform>
        </translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>acima do limite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be from 1 to 10000 hundredths of a percent a month</source>
        <translation>&quot;%1&quot; deve ir de 1 a 10000 centésimos de ponto percentual ao mês</translation>
    </message>
    <message>
        <source>implied rate %1 (minimum %2)</source>
        <translation>taxa implícita de %1 (mínima de %2)</translation>
    </message>
    <message>
        <source>Lowest rate</source>
        <translation>Menor taxa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 parties</source>
        <translation>&quot;%1&quot; tem mais de %2 partes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPF, CNPJ or CNPJ root in the watch-list</source>
        <translation>&quot;%1&quot; não é um CPF, CNPJ ou raiz de CNPJ na lista restritiva</translation>
    </message>
    <message>
        <source>%1 (%2) is on the watch-list</source>
        <translation>%1 (%2) está na lista restritiva</translation>
    </message>
    <message>
        <source>%1 (%2) is on the watch-list: %3</source>
        <translation>%1 (%2) está na lista restritiva: %3</translation>
    </message>
    <message>
        <source>the assignor</source>
        <translation>o cedente</translation>
    </message>
    <message>
        <source>its debtor</source>
        <translation>seu sacado</translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>Lista restritiva</translation>
    </message>
    <message>
        <source>the assignor is listed</source>
        <translation>o cedente está na lista</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) owed by listed debtors</source>
        <translation>
            <numerusform>%Ln ativo devido por sacado da lista</numerusform>
            <numerusform>%Ln ativos devidos por sacados da lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed part(y/ies)</source>
        <translation>
            <numerusform>%Ln parte na lista</numerusform>
            <numerusform>%Ln partes na lista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::FundRulesDialog</name>
    <message>
        <source>Fund rules — %1</source>
        <translation>Regras do fundo — %1</translation>
    </message>
    <message>
        <source>Limits from the fund&apos;s regulamento and your policy. Every batch of this fund is checked against them; assets that break one are flagged and can be removed before approving. Leave a field empty (or zero) for no limit.</source>
        <translation>Limites do regulamento do fundo e da sua política. Cada lote deste fundo é verificado contra eles; ativos que violam algum são marcados e podem ser retirados antes da aprovação. Deixe um campo vazio (ou zero) para não ter limite.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Longest &amp;term (to the last maturity):</source>
        <translation>Maior &amp;prazo (até o último vencimento):</translation>
    </message>
    <message>
        <source>Largest &amp;asset (purchase value):</source>
        <translation>Maior &amp;ativo (valor de aquisição):</translation>
    </message>
    <message>
        <source>Largest &amp;batch (purchase value):</source>
        <translation>Maior &amp;lote (valor de aquisição):</translation>
    </message>
    <message>
        <source>Largest &amp;debtor (share of the batch&apos;s face value):</source>
        <translation>Maior &amp;sacado (participação no valor de face do lote):</translation>
    </message>
    <message>
        <source>Only &amp;companies (CNPJ) as debtors</source>
        <translation>Só pessoas &amp;jurídicas (CNPJ) como sacados</translation>
    </message>
    <message>
        <source>Asset types the fund buys</source>
        <translation>Tipos de ativo que o fundo compra</translation>
    </message>
    <message>
        <source>Asset t&amp;ypes it buys (none ticked: any):</source>
        <translation>&amp;Tipos de ativo que compra (nenhum marcado: qualquer):</translation>
    </message>
    <message>
        <source>no limit — e.g. %1</source>
        <translation>sem limite — ex.: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive amount (e.g. %3).</source>
        <translation>%1: &quot;%2&quot; não é um valor positivo (ex.: %3).</translation>
    </message>
    <message>
        <source>Largest asset</source>
        <translation>Maior ativo</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Maior lote</translation>
    </message>
    <message>
        <source>Fund &amp;portfolio…</source>
        <translation>Carteira do &amp;fundo…</translation>
    </message>
    <message>
        <source>Four-eyes policy (team workspace)</source>
        <translation>Política de quatro olhos (espaço de equipe)</translation>
    </message>
    <message>
        <source>never — e.g. %1</source>
        <translation>nunca — ex.: %1</translation>
    </message>
    <message>
        <source>A colleague&apos;s recommendation is needed when the batch total is a&amp;bove:</source>
        <translation>A recomendação de um colega é exigida quando o total do lote passa &amp;de:</translation>
    </message>
    <message>
        <source>…or when any alert, fund rule or portfolio limit is b&amp;reached</source>
        <translation>…ou quando algum alerta, regra do fundo ou limite da carteira é &amp;violado</translation>
    </message>
    <message>
        <source>Only a workspace admin changes this policy.</source>
        <translation>Só um administrador do espaço de equipe altera esta política.</translation>
    </message>
    <message>
        <source>Four-eyes: &quot;%1&quot; is not an amount (e.g. %2).</source>
        <translation>Quatro olhos: &quot;%1&quot; não é um valor (ex.: %2).</translation>
    </message>
    <message>
        <source>Only a workspace admin changes this fund&apos;s rules and policy.</source>
        <translation>Somente um administrador do espaço de trabalho altera as regras e a política deste fundo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>% per month</source>
        <translation>% a.m.</translation>
    </message>
    <message>
        <source>Usually the agreed taxa de cessão. Each asset&apos;s implied rate is computed from what the fund pays and its installments, over business days (252 a year, 21 a month).</source>
        <translation>Em geral, a taxa de cessão acordada. A taxa implícita de cada ativo é calculada a partir do que o fundo paga e de suas parcelas, em dias úteis (252 por ano, 21 por mês).</translation>
    </message>
    <message>
        <source>Lowest &amp;implied rate (per month):</source>
        <translation>Menor taxa &amp;implícita (ao mês):</translation>
    </message>
</context>
<context>
    <name>cessio::FundRulesDocument</name>
    <message>
        <source>This fund&apos;s rules are still only in this computer&apos;s settings: they could not be moved into the workspace (%1).</source>
        <translation>As regras deste fundo ainda estão só nas configurações deste computador: não foi possível levá-las para o espaço de trabalho (%1).</translation>
    </message>
    <message>
        <source>This fund&apos;s rules did not read back from the workspace as this computer&apos;s settings have them. Open Fund rules… to check them.</source>
        <translation>As regras deste fundo não foram lidas de volta do espaço de trabalho como estão nas configurações deste computador. Abra Regras do fundo… para conferi-las.</translation>
    </message>
    <message>
        <source>The workspace&apos;s rules for this fund could not be read (%1). Open Fund rules… to set them again.</source>
        <translation>As regras deste fundo no espaço de trabalho não puderam ser lidas (%1). Abra Regras do fundo… para defini-las de novo.</translation>
    </message>
    <message>
        <source>Someone else saved this fund&apos;s rules while you were editing them, so yours were not saved (nothing was overwritten). The rules as they are now are shown again: make your change again if it is still needed.</source>
        <translation>Outra pessoa salvou as regras deste fundo enquanto você as editava, por isso as suas não foram salvas (nada foi sobrescrito). As regras como estão agora são mostradas de novo: refaça sua alteração se ainda for necessária.</translation>
    </message>
    <message>
        <source>The workspace&apos;s watch-list could not be read (%1). Open Tools → Watch-list… to set it again.</source>
        <translation>A lista restritiva do espaço de trabalho não pôde ser lida (%1). Abra Ferramentas → Lista restritiva… para defini-la de novo.</translation>
    </message>
</context>
<context>
    <name>cessio::InboxFilterModel</name>
    <message>
        <source>Time in this status</source>
        <translation>Tempo neste status</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Concluído em</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Encerrado em</translation>
    </message>
</context>
<context>
    <name>cessio::InboxModel</name>
    <message>
        <source>Fund</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Cedente</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Aguardando há</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1
CNPJ %2</source>
        <translation>%1
CNPJ %2</translation>
    </message>
    <message>
        <source>In this status since %1</source>
        <translation>Neste status desde %1</translation>
    </message>
    <message>
        <source>The server did not say when the batch entered this status.</source>
        <translation>O servidor não informou quando o lote entrou neste status.</translation>
    </message>
    <message>
        <source>Added by external id: read directly on every refresh</source>
        <translation>Adicionado pelo ID externo: lido diretamente a cada atualização</translation>
    </message>
    <message>
        <source>%1 · no. %2</source>
        <translation>%1 · nº %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Waiting %1: first reached the manager on %2, back for a decision since %3.</source>
        <translation>Aguardando há %1: chegou à gestora pela primeira vez em %2; de volta para decisão desde %3.</translation>
    </message>
    <message>
        <source>Waiting %1: reached the manager on %2.</source>
        <translation>Aguardando há %1: chegou à gestora em %2.</translation>
    </message>
    <message>
        <source>Waiting %1 in this status, since %2. The server&apos;s status events do not say when the batch first reached the manager.</source>
        <translation>Aguardando há %1 neste status, desde %2. Os eventos de status do servidor não dizem quando o lote chegou à gestora pela primeira vez.</translation>
    </message>
    <message>
        <source>The server did not say when the batch reached the manager.</source>
        <translation>O servidor não informou quando o lote chegou à gestora.</translation>
    </message>
    <message>
        <source>Completed on %1.</source>
        <translation>Concluído em %1.</translation>
    </message>
    <message>
        <source>Denied on %1.</source>
        <translation>Negado em %1.</translation>
    </message>
    <message>
        <source>Discarded on %1.</source>
        <translation>Descartado em %1.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>fund rules</source>
        <translation>regras do fundo</translation>
    </message>
    <message>
        <source>No details</source>
        <translation>Sem detalhes</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Sem alertas</translation>
    </message>
    <message>
        <source>Cessio checks every batch awaiting your decision in the background; this one has not been checked yet.</source>
        <translation>O Cessio verifica em segundo plano todo lote que aguarda sua decisão; este ainda não foi verificado.</translation>
    </message>
    <message>
        <source>Reading the assets and running the checks…</source>
        <translation>Lendo os ativos e executando as verificações…</translation>
    </message>
    <message>
        <source>The assets could not be read: %1 Cessio tries again after the next refresh.</source>
        <translation>Não foi possível ler os ativos: %1 O Cessio tenta de novo após a próxima atualização.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) flagged:</source>
        <translation>
            <numerusform>%Ln ativo com alerta:</numerusform>
            <numerusform>%Ln ativos com alerta:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Fund rules broken:</source>
        <translation>Regras do fundo descumpridas:</translation>
    </message>
    <message>
        <source>The fund&apos;s rules could not be read: %1</source>
        <translation>Não foi possível ler as regras do fundo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) came without their details and could not be checked.</source>
        <translation>
            <numerusform>%Ln ativo veio sem os detalhes e não pôde ser verificado.</numerusform>
            <numerusform>%Ln ativos vieram sem os detalhes e não puderam ser verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the review for the details.</source>
        <translation>Abra a análise para ver os detalhes.</translation>
    </message>
    <message>
        <source>CNPJ %1</source>
        <translation>CNPJ %1</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuração: %1</translation>
    </message>
    <message numerus="yes">
        <source>No alerts in the %Ln asset(s) checked.</source>
        <translation>
            <numerusform>Nenhum alerta no %Ln ativo verificado.</numerusform>
            <numerusform>Nenhum alerta nos %Ln ativos verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
</context>
<context>
    <name>cessio::InboxView</name>
    <message>
        <source>Inbox notice</source>
        <translation>Aviso da caixa de entrada</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Inbox views</source>
        <translation>Visões da caixa de entrada</translation>
    </message>
    <message>
        <source>Fund filter</source>
        <translation>Filtro de fundo</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Todos os fundos</translation>
    </message>
    <message>
        <source>Search batches</source>
        <translation>Buscar lotes</translation>
    </message>
    <message>
        <source>Search fund, assignor, CNPJ or batch</source>
        <translation>Buscar fundo, cedente, CNPJ ou lote</translation>
    </message>
    <message>
        <source>Awaiting your decision (%1)</source>
        <translation>Aguardando sua decisão (%1)</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>Em andamento (%1)</translation>
    </message>
    <message>
        <source>Completed (%1)</source>
        <translation>Concluídos (%1)</translation>
    </message>
    <message>
        <source>Denied or discarded (%1)</source>
        <translation>Negados ou descartados (%1)</translation>
    </message>
    <message>
        <source>Before the manager (%1)</source>
        <translation>Antes da gestora (%1)</translation>
    </message>
    <message>
        <source>Batches still being filled or checked by QI Tech or the consultant: for information.</source>
        <translation>Lotes ainda em preenchimento ou em análise pela QI Tech ou pela consultoria: apenas para informação.</translation>
    </message>
    <message>
        <source>Loading batches…</source>
        <translation>Carregando lotes…</translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision.
New batches appear here as soon as QI Tech finishes checking them.</source>
        <translation>Nada aguarda sua decisão.
Novos lotes aparecem aqui assim que a QI Tech termina de analisá-los.</translation>
    </message>
    <message>
        <source>No approved batch is in progress.</source>
        <translation>Nenhum lote aprovado em andamento.</translation>
    </message>
    <message>
        <source>No completed batch yet.</source>
        <translation>Nenhum lote concluído ainda.</translation>
    </message>
    <message>
        <source>No denied or discarded batch.</source>
        <translation>Nenhum lote negado ou descartado.</translation>
    </message>
    <message>
        <source>No batch is being filled or checked.</source>
        <translation>Nenhum lote em preenchimento ou análise.</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Abrir análise</translation>
    </message>
    <message>
        <source>Stop Following This Batch</source>
        <translation>Deixar de acompanhar este lote</translation>
    </message>
    <message>
        <source>Show only the batches awaiting your decision in which the background checks found alerts.</source>
        <translation>Mostra só os lotes que aguardam sua decisão nos quais as verificações em segundo plano encontraram alertas.</translation>
    </message>
    <message>
        <source>Only with alerts (%1)</source>
        <translation>Só com alertas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) awaiting your decision: %1</source>
        <translation>
            <numerusform>%Ln lote aguardando sua decisão: %1</numerusform>
            <numerusform>%Ln lotes aguardando sua decisão: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln without a total yet)</source>
        <translation>
            <numerusform>(%Ln ainda sem total)</numerusform>
            <numerusform>(%Ln ainda sem total)</numerusform>
        </translation>
    </message>
    <message>
        <source>The batches awaiting your decision that match the fund filter, the search and the alerts filter, and the sum of their total values.</source>
        <translation>Os lotes que aguardam sua decisão e atendem ao filtro de fundo, à busca e ao filtro de alertas, e a soma dos seus valores totais.</translation>
    </message>
    <message>
        <source>Every batch awaiting your decision, in every fund, and the sum of their total values.</source>
        <translation>Todos os lotes que aguardam sua decisão, em todos os fundos, e a soma dos seus valores totais.</translation>
    </message>
    <message>
        <source>No batch matches the search, the fund filter or the alerts filter.</source>
        <translation>Nenhum lote atende à busca, ao filtro de fundo ou ao filtro de alertas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln batch(es) in this view match the fund filter, the search or the alerts filter.</source>
        <translation>
            <numerusform>%1 de %Ln lote desta visão passa pelo filtro de fundo, pela busca ou pelo filtro de alertas.</numerusform>
            <numerusform>%1 de %Ln lotes desta visão passam pelo filtro de fundo, pela busca ou pelo filtro de alertas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::KeychainSecretStore</name>
    <message>
        <source>There is no desktop session (D-Bus session bus), so the system keychain cannot be reached. Use Cessio inside a desktop session (GNOME, KDE…) with GNOME Keyring (the gnome-keyring package) or KWallet installed; Cessio never stores keys unencrypted.</source>
        <translation>Não há sessão gráfica (barramento de sessão D-Bus), por isso o chaveiro do sistema não pode ser acessado. Use o Cessio dentro de uma sessão gráfica (GNOME, KDE…) com o GNOME Keyring (pacote gnome-keyring) ou o KWallet instalado; o Cessio nunca guarda chaves sem criptografia.</translation>
    </message>
    <message>
        <source>No keychain service is running. Install GNOME Keyring (the gnome-keyring package) or KWallet, then sign out and in again so that it starts; Cessio never stores keys unencrypted.</source>
        <translation>Nenhum serviço de chaveiro está em execução. Instale o GNOME Keyring (pacote gnome-keyring) ou o KWallet e depois saia e entre de novo na sessão para que ele seja iniciado; o Cessio nunca guarda chaves sem criptografia.</translation>
    </message>
    <message>
        <source>The keychain has no unlocked default keyring. Sign in to the desktop session (which unlocks it), or create a default keyring in Passwords and Keys (seahorse).</source>
        <translation>O chaveiro não tem um chaveiro padrão desbloqueado. Entre na sessão gráfica (o que o desbloqueia) ou crie um chaveiro padrão em Senhas e Chaves (seahorse).</translation>
    </message>
</context>
<context>
    <name>cessio::MainActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the inbox (and the open batch) from QI Tech now</source>
        <translation>Ler agora a caixa de entrada (e o lote aberto) na QI Tech</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the inbox or the batch&apos;s assets</source>
        <translation>Buscar na caixa de entrada ou nos ativos do lote</translation>
    </message>
    <message>
        <source>&amp;Add Batch by External ID…</source>
        <translation>&amp;Adicionar lote pelo ID externo…</translation>
    </message>
    <message>
        <source>Follow a batch the listing does not show, by its external id</source>
        <translation>Acompanhar pelo ID externo um lote que a listagem não mostra</translation>
    </message>
    <message>
        <source>&amp;Open Review</source>
        <translation>Abrir a&amp;nálise</translation>
    </message>
    <message>
        <source>Open the selected batch&apos;s review</source>
        <translation>Abrir a análise do lote selecionado</translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation>&amp;Fechar análise</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;provar…</translation>
    </message>
    <message>
        <source>Approve the batch and choose the disbursement account</source>
        <translation>Aprovar o lote e escolher a conta de desembolso</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>&amp;Negar…</translation>
    </message>
    <message>
        <source>Deny the whole batch</source>
        <translation>Negar o lote inteiro</translation>
    </message>
    <message>
        <source>&amp;Remove Ticked Assets…</source>
        <translation>&amp;Retirar ativos marcados…</translation>
    </message>
    <message>
        <source>Take the ticked assets out of the batch</source>
        <translation>Retirar do lote os ativos marcados</translation>
    </message>
    <message>
        <source>Open Assignment &amp;Term</source>
        <translation>Abrir &amp;termo de cessão</translation>
    </message>
    <message>
        <source>Open &amp;Signed Term</source>
        <translation>Abrir termo a&amp;ssinado</translation>
    </message>
    <message>
        <source>Export Assets as &amp;CSV…</source>
        <translation>Exportar ativos em &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Approval &amp;Memo (PDF)…</source>
        <translation>Exportar &amp;memorando de aprovação (PDF)…</translation>
    </message>
    <message>
        <source>Decision &amp;Record…</source>
        <translation>&amp;Registro de decisões…</translation>
    </message>
    <message>
        <source>The audit log of every decision, with its integrity check</source>
        <translation>O registro de auditoria de cada decisão, com verificação de integridade</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfis…</translation>
    </message>
    <message>
        <source>Connection profiles and keys</source>
        <translation>Perfis de conexão e chaves</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Caixa de entrada</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Watch-list…</source>
        <translation>Lista &amp;restritiva…</translation>
    </message>
    <message>
        <source>Debtors and assignors no fund buys from, checked on every batch</source>
        <translation>Sacados e cedentes de quem nenhum fundo compra, verificados em todo lote</translation>
    </message>
</context>
<context>
    <name>cessio::MainWindow</name>
    <message>
        <source>Cessio — Demo</source>
        <translation>Cessio — Demonstração</translation>
    </message>
    <message>
        <source>Cessio</source>
        <translation>Cessio</translation>
    </message>
    <message>
        <source>No batches to show yet.</source>
        <translation>Ainda não há lotes para mostrar.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demonstração</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Sem perfil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Cessio</source>
        <translation>&amp;Sobre o Cessio</translation>
    </message>
    <message>
        <source>Demo — simulated data. Nothing here reaches QI Tech.</source>
        <translation>Demonstração — dados simulados. Nada aqui chega à QI Tech.</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>Aviso de modo de demonstração</translation>
    </message>
    <message>
        <source>About Cessio</source>
        <translation>Sobre o Cessio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cessio %1&lt;/h3&gt;&lt;p&gt;Review and decide receivables assignment batches of your FIDCs through the QI Tech &lt;i&gt;trade_receivables&lt;/i&gt; API.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cessio %1&lt;/h3&gt;&lt;p&gt;Analise e decida os lotes de cessão de recebíveis dos seus FIDCs pela API &lt;i&gt;trade_receivables&lt;/i&gt; da QI Tech.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado da conexão</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última atualização</translation>
    </message>
    <message>
        <source>Cessio — %1</source>
        <translation>Cessio — %1</translation>
    </message>
    <message>
        <source>Batch %1 added to the inbox.</source>
        <translation>Lote %1 adicionado à caixa de entrada.</translation>
    </message>
    <message>
        <source>Batch not found</source>
        <translation>Lote não encontrado</translation>
    </message>
    <message>
        <source>Decisions are disabled: %1</source>
        <translation>Decisões desativadas: %1</translation>
    </message>
    <message>
        <source>This server does not list batches. Add each batch by its external id (Ctrl+N); added batches are read again on every refresh.</source>
        <translation>Este servidor não lista lotes. Adicione cada lote pelo ID externo (Ctrl+N); os lotes adicionados são lidos de novo a cada atualização.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) could not be read; the rows shown for them may be out of date. %1</source>
        <translation>
            <numerusform>%Ln local não pôde ser lido; as linhas mostradas dele podem estar desatualizadas. %1</numerusform>
            <numerusform>%Ln locais não puderam ser lidos; as linhas mostradas deles podem estar desatualizadas. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>Simulador de demonstração</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>partly connected</source>
        <translation>conectado em parte</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sem conexão</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Última atualização %1</translation>
    </message>
    <message>
        <source>Add Batch by External ID</source>
        <translation>Adicionar lote pelo ID externo</translation>
    </message>
    <message>
        <source>The batch&apos;s external id (the assignor&apos;s own reference).
Cessio looks for it in every configuration of your funds and follows it from then on.</source>
        <translation>O ID externo do lote (a referência do próprio cedente).
O Cessio procura o lote em todas as configurações dos seus fundos e o acompanha a partir daí.</translation>
    </message>
    <message>
        <source>Looking for batch %1…</source>
        <translation>Procurando o lote %1…</translation>
    </message>
    <message>
        <source>A search is already running; try again in a moment.</source>
        <translation>Já há uma busca em andamento; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Review the batch, then decide.</source>
        <translation>Analise o lote e depois decida.</translation>
    </message>
    <message>
        <source>Assets ticked for removal</source>
        <translation>Ativos marcados para retirada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) of batch %1 are ticked for removal. Close the review anyway?</source>
        <translation>
            <numerusform>%Ln ativo do lote %1 está marcado para retirada. Fechar a análise mesmo assim?</numerusform>
            <numerusform>%Ln ativos do lote %1 estão marcados para retirada. Fechar a análise mesmo assim?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) are ticked for removal in batches %1. Close anyway?</source>
        <translation>
            <numerusform>%Ln ativo está marcado para retirada nos lotes %1. Fechar mesmo assim?</numerusform>
            <numerusform>%Ln ativos estão marcados para retirada nos lotes %1. Fechar mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been removed yet: the ticks are lost when the review closes.</source>
        <translation>Nada foi retirado ainda: as marcações se perdem quando a análise é fechada.</translation>
    </message>
    <message>
        <source>Close and &amp;lose the ticks</source>
        <translation>Fechar e &amp;perder as marcações</translation>
    </message>
    <message>
        <source>Batch %1 changed at QI Tech; its review was reloaded.</source>
        <translation>O lote %1 mudou na QI Tech; a análise dele foi recarregada.</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Registro de decisões</translation>
    </message>
    <message>
        <source>Team workspace notice</source>
        <translation>Aviso do espaço de trabalho da equipe</translation>
    </message>
    <message>
        <source>Team workspace unreachable since %1 — decisions are not sent until it is back; reading from QI Tech continues.</source>
        <translation>Espaço de trabalho da equipe inacessível desde %1 — as decisões não são enviadas até ele voltar; a leitura da QI Tech continua.</translation>
    </message>
    <message>
        <source>The four-eyes policy was not saved: %1</source>
        <translation>A política de quatro olhos não foi salva: %1</translation>
    </message>
    <message>
        <source>The four-eyes policy was not saved: someone changed it meanwhile. Open the fund rules again.</source>
        <translation>A política de quatro olhos não foi salva: alguém a alterou nesse meio-tempo. Abra as regras do fundo de novo.</translation>
    </message>
    <message>
        <source>Four-eyes policy saved in the team workspace.</source>
        <translation>Política de quatro olhos salva no espaço de equipe.</translation>
    </message>
    <message>
        <source>The fund&apos;s rules were not saved: %1</source>
        <translation>As regras do fundo não foram salvas: %1</translation>
    </message>
    <message>
        <source>Fund rules</source>
        <translation>Regras do fundo</translation>
    </message>
    <message>
        <source>The watch-list could not be read from the workspace: %1</source>
        <translation>A lista restritiva não pôde ser lida do espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>The watch-list was not saved: %1</source>
        <translation>A lista restritiva não foi salva: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watch-list saved: %Ln part(y/ies); every fund&apos;s batches are checked again.</source>
        <translation>
            <numerusform>Lista restritiva salva: %Ln parte; os lotes de todos os fundos são verificados de novo.</numerusform>
            <numerusform>Lista restritiva salva: %Ln partes; os lotes de todos os fundos são verificados de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch-list</source>
        <translation>Lista restritiva</translation>
    </message>
    <message>
        <source>Someone else saved the watch-list while you were editing it, so yours was not saved (nothing was overwritten). The list as it is now is shown again: make your change again if it is still needed.</source>
        <translation>Outra pessoa salvou a lista restritiva enquanto você a editava, então a sua não foi salva (nada foi sobrescrito). A lista como está agora é mostrada de novo: refaça sua alteração se ainda for necessária.</translation>
    </message>
</context>
<context>
    <name>cessio::Notifier</name>
    <message numerus="yes">
        <source>%Ln new batch(es) awaiting your decision</source>
        <translation>
            <numerusform>%Ln novo lote aguardando sua decisão</numerusform>
            <numerusform>%Ln novos lotes aguardando sua decisão</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>e mais %Ln</numerusform>
            <numerusform>e mais %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::PageFetcher</name>
    <message numerus="yes">
        <source>The list is longer than %Ln page(s); Cessio stopped reading it (the server may be ignoring the page number).</source>
        <translation>
            <numerusform>A lista tem mais de %Ln página; o Cessio parou de lê-la (o servidor pode estar ignorando o número da página).</numerusform>
            <numerusform>A lista tem mais de %Ln páginas; o Cessio parou de lê-la (o servidor pode estar ignorando o número da página).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent page %1 with the same items as page %2 (it seems to ignore the page number); Cessio stopped reading the list.</source>
        <translation>O servidor enviou a página %1 com os mesmos itens da página %2 (parece ignorar o número da página); o Cessio parou de ler a lista.</translation>
    </message>
</context>
<context>
    <name>cessio::PayeeSafety</name>
    <message>
        <source>This account was never used for this assignor in an approval recorded here.</source>
        <translation>Esta conta nunca foi usada para este cedente em uma aprovação registrada aqui.</translation>
    </message>
    <message>
        <source>It differs from the account of the last approval (%1).</source>
        <translation>Ela difere da conta da última aprovação (%1).</translation>
    </message>
    <message>
        <source>The account holder&apos;s document is not the assignor&apos;s CNPJ root.</source>
        <translation>O documento do titular da conta não tem a raiz do CNPJ do cedente.</translation>
    </message>
    <message>
        <source>CONFIRM</source>
        <translation>CONFIRMAR</translation>
    </message>
</context>
<context>
    <name>cessio::PayeeSafetyPanel</name>
    <message>
        <source>Payee confirmation</source>
        <translation>Confirmação do favorecido</translation>
    </message>
    <message numerus="yes">
        <source>paid into for this assignor in %Ln earlier approval(s)</source>
        <translation>
            <numerusform>usada para este cedente em %Ln aprovação anterior</numerusform>
            <numerusform>usada para este cedente em %Ln aprovações anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>never used for this assignor</source>
        <translation>nunca usada para este cedente</translation>
    </message>
    <message>
        <source>not the last approval&apos;s account</source>
        <translation>não é a conta da última aprovação</translation>
    </message>
    <message>
        <source>the last approval&apos;s account</source>
        <translation>a conta da última aprovação</translation>
    </message>
    <message>
        <source>holder has the assignor&apos;s CNPJ root</source>
        <translation>titular com a raiz de CNPJ do cedente</translation>
    </message>
    <message>
        <source>⚠ holder is not the assignor</source>
        <translation>⚠ titular não é o cedente</translation>
    </message>
    <message>
        <source>Looking in the decision record for earlier payments to this assignor…</source>
        <translation>Procurando no registro de decisões pagamentos anteriores a este cedente…</translation>
    </message>
    <message>
        <source>To pay into this account, type the last four digits of its number:</source>
        <translation>Para pagar nesta conta, digite os quatro últimos dígitos do número dela:</translation>
    </message>
    <message>
        <source>This account has no number to read back. Type %1 to pay into it:</source>
        <translation>Esta conta não tem número para conferir. Digite %1 para pagar nela:</translation>
    </message>
    <message numerus="yes">
        <source>This assignor was paid into this account in %Ln earlier approval(s), the last one included.</source>
        <translation>
            <numerusform>Este cedente recebeu nesta conta em %Ln aprovação anterior, inclusive a última.</numerusform>
            <numerusform>Este cedente recebeu nesta conta em %Ln aprovações anteriores, inclusive a última.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::PortfolioBreachPanel</name>
    <message numerus="yes">
        <source>With the fund&apos;s portfolio, this batch breaks %Ln portfolio limit(s):</source>
        <translation>
            <numerusform>Com a carteira do fundo, este lote viola %Ln limite da carteira:</numerusform>
            <numerusform>Com a carteira do fundo, este lote viola %Ln limites da carteira:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Justification for approving anyway (goes into the decision record and the memo):</source>
        <translation>&amp;Justificativa para aprovar mesmo assim (vai para o registro de decisões e o memorando):</translation>
    </message>
    <message>
        <source>Justification for approving over a portfolio limit</source>
        <translation>Justificativa para aprovar acima de um limite da carteira</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln more character(s).</source>
        <translation>
            <numerusform>Pelo menos mais %Ln caractere.</numerusform>
            <numerusform>Pelo menos mais %Ln caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::PortfolioFileStorage</name>
    <message>
        <source>%1 is not text</source>
        <translation>%1 não é texto</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 não é uma data</translation>
    </message>
    <message>
        <source>%1 is not a whole number in range</source>
        <translation>%1 não é um número inteiro dentro do intervalo</translation>
    </message>
    <message>
        <source>a related party has no CPF/CNPJ root</source>
        <translation>uma parte relacionada não tem raiz de CPF/CNPJ</translation>
    </message>
    <message>
        <source>a position is not a row of %1 fields</source>
        <translation>uma posição não é uma linha de %1 campos</translation>
    </message>
    <message>
        <source>a position&apos;s source is neither batch nor import</source>
        <translation>a origem de uma posição não é nem lote nem importação</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>não é JSON (%1 no byte %2)</translation>
    </message>
    <message>
        <source>it is not a Cessio portfolio file</source>
        <translation>não é um arquivo de carteira do Cessio</translation>
    </message>
    <message>
        <source>it was written by another version of Cessio (format %1)</source>
        <translation>foi gravado por outra versão do Cessio (formato %1)</translation>
    </message>
    <message>
        <source>it belongs to another fund class</source>
        <translation>pertence a outra classe de fundo</translation>
    </message>
    <message>
        <source>the remembered column mapping is not valid</source>
        <translation>o mapeamento de colunas memorizado não é válido</translation>
    </message>
    <message>
        <source>The portfolio file %1 could not be opened: %2</source>
        <translation>Não foi possível abrir o arquivo de carteira %1: %2</translation>
    </message>
    <message>
        <source>The portfolio file %1 cannot be read (%2). It was left as it is; no change is saved over it.</source>
        <translation>Não é possível ler o arquivo de carteira %1 (%2). Ele foi mantido como está; nenhuma alteração é gravada sobre ele.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>The portfolio file %1 could not be written: %2</source>
        <translation>Não foi possível gravar o arquivo de carteira %1: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2 at byte %3)</source>
        <translation>%1 não é JSON (%2 no byte %3)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 não é um objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 não é uma lista</translation>
    </message>
</context>
<context>
    <name>cessio::PortfolioPanel</name>
    <message>
        <source>Portfolio limits after this batch</source>
        <translation>Limites da carteira depois deste lote</translation>
    </message>
    <message>
        <source>Portfolio limits</source>
        <translation>Limites da carteira</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Maximum or minimum</source>
        <translation>Máximo ou mínimo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Headroom or excess</source>
        <translation>Folga ou excesso</translation>
    </message>
    <message>
        <source>Portfolio before and after</source>
        <translation>Carteira antes e depois</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>#</source>
        <translation>nº</translation>
    </message>
    <message>
        <source>% of PL</source>
        <translation>% do PL</translation>
    </message>
    <message>
        <source>CVM maturity buckets</source>
        <translation>Faixas de vencimento da CVM</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>To fall due before</source>
        <translation>A vencer antes</translation>
    </message>
    <message>
        <source>To fall due after</source>
        <translation>A vencer depois</translation>
    </message>
    <message>
        <source>Overdue before</source>
        <translation>Vencidos antes</translation>
    </message>
    <message>
        <source>Overdue after</source>
        <translation>Vencidos depois</translation>
    </message>
    <message>
        <source>CVM maturity buckets (days to maturity, or past it for overdue)</source>
        <translation>Faixas de vencimento da CVM (dias até o vencimento, ou desde ele para os vencidos)</translation>
    </message>
    <message>
        <source>Computing the portfolio before and after this batch…</source>
        <translation>Calculando a carteira antes e depois deste lote…</translation>
    </message>
    <message>
        <source>The portfolio pro-forma is computed once every asset of the batch is loaded and checked.</source>
        <translation>A carteira pro forma é calculada quando todos os ativos do lote estiverem carregados e verificados.</translation>
    </message>
    <message>
        <source>The fund&apos;s portfolio could not be read: %1</source>
        <translation>Não foi possível ler a carteira do fundo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Net assets (PL) %1 on %2. This batch adds %3 in %Ln position(s).</source>
        <translation>
            <numerusform>Patrimônio líquido (PL) de %1 em %2. Este lote acrescenta %3 em %Ln posição.</numerusform>
            <numerusform>Patrimônio líquido (PL) de %1 em %2. Este lote acrescenta %3 em %Ln posições.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) without detail count in the totals and the assignor, not for a debtor or a due date.</source>
        <translation>
            <numerusform>%Ln ativo sem detalhes conta nos totais e no cedente, não para um sacado nem um vencimento.</numerusform>
            <numerusform>%Ln ativos sem detalhes contam nos totais e no cedente, não para um sacado nem um vencimento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s) worth %1 matured since they were known held and are taken as settled.</source>
        <translation>
            <numerusform>%Ln posição de %1 venceu depois de sabida em carteira e é tida como liquidada.</numerusform>
            <numerusform>%Ln posições somando %1 venceram depois de sabidas em carteira e são tidas como liquidadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No portfolio limits are set for this fund.</source>
        <translation>Nenhum limite da carteira foi definido para este fundo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>no mínimo %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>no máximo %1</translation>
    </message>
    <message>
        <source>%1 to spare</source>
        <translation>folga de %1</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>excede em %1</translation>
    </message>
    <message>
        <source>no PL</source>
        <translation>sem PL</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit rights</source>
        <translation>Direitos creditórios</translation>
    </message>
    <message>
        <source>Credit rights, % of PL (allocation)</source>
        <translation>Direitos creditórios, % do PL (alocação)</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posições</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Sacados</translation>
    </message>
    <message>
        <source>Assignors</source>
        <translation>Cedentes</translation>
    </message>
    <message>
        <source>Concentration (HHI, debtors)</source>
        <translation>Concentração (HHI, sacados)</translation>
    </message>
    <message>
        <source>Weighted average term</source>
        <translation>Prazo médio ponderado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Related parties, % of PL</source>
        <translation>Partes relacionadas, % do PL</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Fund &amp;portfolio…</source>
        <translation>Carteira do &amp;fundo…</translation>
    </message>
    <message>
        <source>The fund&apos;s position file, net assets (PL) and portfolio limits</source>
        <translation>O arquivo de posições, o patrimônio líquido (PL) e os limites da carteira do fundo</translation>
    </message>
    <message>
        <source>This fund has no portfolio in Cessio yet, so only this batch is shown. Import the administrator&apos;s position file and enter the net assets (PL) in Fund portfolio…; batches Cessio sees completed are added by themselves.</source>
        <translation>Este fundo ainda não tem carteira no Cessio, então só este lote é mostrado. Importe o arquivo de posições do administrador e informe o patrimônio líquido (PL) em Carteira do fundo…; os lotes que o Cessio vê concluídos entram sozinhos.</translation>
    </message>
    <message>
        <source>The fund&apos;s net assets (PL) are not set: no % of PL and no portfolio limits. Enter them in Fund portfolio….</source>
        <translation>O patrimônio líquido (PL) do fundo não foi informado: sem % do PL e sem limites da carteira. Informe-o em Carteira do fundo….</translation>
    </message>
    <message>
        <source>This batch</source>
        <translation>Este lote</translation>
    </message>
    <message>
        <source>Rank before</source>
        <translation>Posição antes</translation>
    </message>
    <message>
        <source>Ten largest debtors after this batch</source>
        <translation>Dez maiores sacados após este lote</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Sacado</translation>
    </message>
    <message>
        <source>Ten largest assignors after this batch</source>
        <translation>Dez maiores cedentes após este lote</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Cedente</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>below 10th</source>
        <translation>abaixo do 10º</translation>
    </message>
</context>
<context>
    <name>cessio::PortfolioWorkspaceStorage</name>
    <message>
        <source>The fund&apos;s portfolio in the workspace cannot be read (%1). Nothing was changed in it.</source>
        <translation>A carteira do fundo no espaço de trabalho não pode ser lida (%1). Nada foi alterado nela.</translation>
    </message>
    <message>
        <source>The portfolio this computer kept in %1 was not moved into the workspace: %2 The file is left as it is; move it away to use the workspace&apos;s portfolio without it.</source>
        <translation>A carteira que este computador mantinha em %1 não foi levada para o espaço de trabalho: %2 O arquivo foi deixado como está; mova-o para outra pasta para usar a carteira do espaço de trabalho sem ele.</translation>
    </message>
    <message>
        <source>the positions of %1 did not read back as the file has them.</source>
        <translation>as posições de %1 não foram lidas de volta como estão no arquivo.</translation>
    </message>
    <message>
        <source>the imported file</source>
        <translation>o arquivo importado</translation>
    </message>
    <message>
        <source>the fund&apos;s net assets, limits or import did not read back as the file has them.</source>
        <translation>o PL, os limites ou a importação do fundo não foram lidos de volta como estão no arquivo.</translation>
    </message>
</context>
<context>
    <name>cessio::PositionImport</name>
    <message>
        <source>Debtor CPF/CNPJ</source>
        <translation>CPF/CNPJ do sacado</translation>
    </message>
    <message>
        <source>Debtor name</source>
        <translation>Nome do sacado</translation>
    </message>
    <message>
        <source>Assignor CNPJ</source>
        <translation>CNPJ do cedente</translation>
    </message>
    <message>
        <source>Assignor name</source>
        <translation>Nome do cedente</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Tipo de ativo</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valor nominal</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>Valor presente</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Data de vencimento</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Data de aquisição</translation>
    </message>
    <message>
        <source>Title number</source>
        <translation>Número do título</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>“%1” is negative; positions are amounts owed to the fund</source>
        <translation>“%1” é negativo; posições são valores devidos ao fundo</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1” não é um valor</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals</source>
        <translation>“%1” tem mais de duas casas decimais</translation>
    </message>
    <message>
        <source>“%1” is not an amount (write 1.234,56 or 1234.56)</source>
        <translation>“%1” não é um valor (escreva 1.234,56 ou 1234.56)</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>“%1” não é uma data</translation>
    </message>
    <message>
        <source>“%1” is not a date (write dd/mm/aaaa or aaaa-mm-dd)</source>
        <translation>“%1” não é uma data (escreva dd/mm/aaaa ou aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar</source>
        <translation>“%1” não é um dia do calendário</translation>
    </message>
    <message>
        <source>“%1” lost its leading zeros and could be a CPF or a CNPJ; format the column as text and export again</source>
        <translation>“%1” perdeu os zeros à esquerda e pode ser um CPF ou um CNPJ; formate a coluna como texto e exporte de novo</translation>
    </message>
    <message>
        <source>“%1” is not a valid CPF or CNPJ</source>
        <translation>“%1” não é um CPF ou CNPJ válido</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation>Linha %1, coluna %2 (%3): %4</translation>
    </message>
    <message>
        <source>Choose the columns for: %1.</source>
        <translation>Escolha as colunas de: %1.</translation>
    </message>
    <message>
        <source>The file has no position rows.</source>
        <translation>O arquivo não tem linhas de posição.</translation>
    </message>
</context>
<context>
    <name>cessio::PositionImportPage</name>
    <message>
        <source>No file chosen.</source>
        <translation>Nenhum arquivo escolhido.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
    <message>
        <source>Position date</source>
        <translation>Data da posição</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pré-visualizar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Preview of the position file</source>
        <translation>Pré-visualização do arquivo de posições</translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s) imported from %1; the previous import was replaced.</source>
        <translation>
            <numerusform>%Ln posição importada de %1; a importação anterior foi substituída.</numerusform>
            <numerusform>%Ln posições importadas de %1; a importação anterior foi substituída.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file chosen. Last import: %1.</source>
        <translation>Nenhum arquivo escolhido. Última importação: %1.</translation>
    </message>
    <message>
        <source>Position file</source>
        <translation>Arquivo de posições</translation>
    </message>
    <message>
        <source>Position files (*.csv *.xlsx)</source>
        <translation>Arquivos de posições (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <source>The file is larger than 512 MiB: it is not a position file.</source>
        <translation>O arquivo tem mais de 512 MiB: não é um arquivo de posições.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Lendo todas as linhas…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s) read, present value %1. Import replaces the previous import; the batches&apos; positions stay.</source>
        <translation>
            <numerusform>%Ln posição lida, valor presente %1. Importar substitui a importação anterior; as posições dos lotes ficam.</numerusform>
            <numerusform>%Ln posições lidas, valor presente %1. Importar substitui a importação anterior; as posições dos lotes ficam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in error: nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%Ln linha com erro: nada pode ser importado até o arquivo ser corrigido.</numerusform>
            <numerusform>%Ln linhas com erro: nada pode ser importado até o arquivo ser corrigido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…e mais %Ln.</numerusform>
            <numerusform>…e mais %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ProForma</name>
    <message>
        <source>Up to 30 days</source>
        <translation>Até 30 dias</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31 a 60 dias</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61 a 90 dias</translation>
    </message>
    <message>
        <source>91–120 days</source>
        <translation>91 a 120 dias</translation>
    </message>
    <message>
        <source>121–150 days</source>
        <translation>121 a 150 dias</translation>
    </message>
    <message>
        <source>151–180 days</source>
        <translation>151 a 180 dias</translation>
    </message>
    <message>
        <source>181–360 days</source>
        <translation>181 a 360 dias</translation>
    </message>
    <message>
        <source>361–720 days</source>
        <translation>361 a 720 dias</translation>
    </message>
    <message>
        <source>721–1,080 days</source>
        <translation>721 a 1.080 dias</translation>
    </message>
    <message>
        <source>Over 1,080 days</source>
        <translation>Acima de 1.080 dias</translation>
    </message>
    <message>
        <source>Largest debtor</source>
        <translation>Maior sacado</translation>
    </message>
    <message>
        <source>Largest assignor</source>
        <translation>Maior cedente</translation>
    </message>
    <message>
        <source>Minimum credit-rights allocation</source>
        <translation>Alocação mínima em direitos creditórios</translation>
    </message>
    <message>
        <source>Related parties</source>
        <translation>Partes relacionadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of net assets after this batch, below the minimum of %3 by %4</source>
        <translation>%1: %2 do PL após este lote, abaixo do mínimo de %3 em %4</translation>
    </message>
    <message>
        <source>%1: %2 of net assets after this batch, over the limit of %3 by %4</source>
        <translation>%1: %2 do PL após este lote, acima do limite de %3 em %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln largest debtors</source>
        <translation>
            <numerusform>Maior sacado</numerusform>
            <numerusform>%Ln maiores sacados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ProfileDialog</name>
    <message>
        <source>New connection profile</source>
        <translation>Novo perfil de conexão</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Editar o perfil %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>e.g. Gestora — production</source>
        <translation>ex.: Gestora — produção</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Ambiente:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>https is required; plain http only for this computer (127.0.0.1, localhost).</source>
        <translation>https é obrigatório; http simples só para este computador (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <source>API client key</source>
        <translation>API client key</translation>
    </message>
    <message>
        <source>The integration&apos;s API-CLIENT-KEY, a UUID given by QI Tech. Kept in the system keychain.</source>
        <translation>A API-CLIENT-KEY da integração, um UUID fornecido pela QI Tech. Guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>API &amp;client key:</source>
        <translation>API &amp;client key:</translation>
    </message>
    <message>
        <source>Fund class keys</source>
        <translation>Chaves das classes de fundo</translation>
    </message>
    <message>
        <source>New fund class key</source>
        <translation>Nova chave de classe de fundo</translation>
    </message>
    <message>
        <source>Fund class key</source>
        <translation>Chave da classe do fundo</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>&amp;Fund class keys:</source>
        <translation>Chaves dos &amp;fundos:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Check co&amp;nnection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Sends one signed read request per fund with the values above</source>
        <translation>Envia uma requisição assinada de leitura por fundo com os valores acima</translation>
    </message>
    <message>
        <source>Connection check results</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Check the connection before saving: each fund is tried with these values.</source>
        <translation>Teste a conexão antes de salvar: cada fundo é consultado com estes valores.</translation>
    </message>
    <message numerus="yes">
        <source>✔ %1: connected (%Ln configuration(s) on the first page).</source>
        <translation>
            <numerusform>✔ %1: conectado (%Ln configuração na primeira página).</numerusform>
            <numerusform>✔ %1: conectado (%Ln configurações na primeira página).</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>Private key (ECDSA P-521)</source>
        <translation>Chave privada (ECDSA P-521)</translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation>&amp;Importar PEM…</translation>
    </message>
    <message>
        <source>&amp;Generate key pair</source>
        <translation>&amp;Gerar par de chaves</translation>
    </message>
    <message>
        <source>&amp;Save public key…</source>
        <translation>&amp;Salvar chave pública…</translation>
    </message>
    <message>
        <source>Co&amp;py public key</source>
        <translation>&amp;Copiar chave pública</translation>
    </message>
    <message>
        <source>The private key never leaves this computer: it is kept in the system keychain. Send QI Tech only the public key.</source>
        <translation>A chave privada nunca sai deste computador: fica no chaveiro do sistema. Envie à QI Tech apenas a chave pública.</translation>
    </message>
    <message>
        <source>Generate key pair</source>
        <translation>Gerar par de chaves</translation>
    </message>
    <message>
        <source>Replace the current key? QI Tech will refuse requests until it has the new public key.</source>
        <translation>Substituir a chave atual? A QI Tech recusará as requisições até receber a nova chave pública.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lendo o chaveiro…</translation>
    </message>
    <message>
        <source>A private key is stored in the system keychain.</source>
        <translation>Há uma chave privada guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>No key yet: import the PEM file of the integration&apos;s private key, or generate a new pair and send the public key to QI Tech.</source>
        <translation>Ainda sem chave: importe o arquivo PEM da chave privada da integração, ou gere um novo par e envie a chave pública à QI Tech.</translation>
    </message>
    <message>
        <source>Import PEM</source>
        <translation>Importar PEM</translation>
    </message>
    <message>
        <source>Private key imported. It will be stored in the system keychain when you save.</source>
        <translation>Chave privada importada. Ela será guardada no chaveiro do sistema ao salvar.</translation>
    </message>
    <message>
        <source>New key pair generated. Save or copy the public key and send it to QI Tech; the private key is stored in the system keychain when you save.</source>
        <translation>Novo par de chaves gerado. Salve ou copie a chave pública e envie-a à QI Tech; a chave privada é guardada no chaveiro do sistema ao salvar.</translation>
    </message>
    <message>
        <source>Import private key</source>
        <translation>Importar chave privada</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation>Arquivos PEM (*.pem *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>This file is too large to be a private key.</source>
        <translation>Este arquivo é grande demais para ser uma chave privada.</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Salvar chave pública</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>Arquivos PEM (*.pem)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>Public key saved to %1. Send this file to QI Tech to register the integration&apos;s key.</source>
        <translation>Chave pública salva em %1. Envie este arquivo à QI Tech para cadastrar a chave da integração.</translation>
    </message>
    <message>
        <source>Public key copied to the clipboard.</source>
        <translation>Chave pública copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Import or generate the private key first.</source>
        <translation>Importe ou gere a chave privada primeiro.</translation>
    </message>
    <message>
        <source>Add the key of at least one fund class.</source>
        <translation>Adicione a chave de pelo menos uma classe de fundo.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Testando %1…</translation>
    </message>
</context>
<context>
    <name>cessio::ProfileListDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>Perfis de conexão</translation>
    </message>
    <message>
        <source>&amp;Profiles (the active one is used for the inbox and decisions):</source>
        <translation>&amp;Perfis (o ativo é usado na caixa de entrada e nas decisões):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Usar este perfil</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>Remove the profile %1?</source>
        <translation>Remover o perfil %1?</translation>
    </message>
    <message>
        <source>Its API client key and private key are deleted from the system keychain. The decision record is kept.</source>
        <translation>A API client key e a chave privada dele são apagadas do chaveiro do sistema. O registro de decisões é mantido.</translation>
    </message>
    <message>
        <source>The profile %1 could not be removed: %2</source>
        <translation>Não foi possível remover o perfil %1: %2</translation>
    </message>
</context>
<context>
    <name>cessio::RecommendationPanel</name>
    <message>
        <source>Your decision differs from this recommendation. &amp;Why (goes into the decision record and the memo):</source>
        <translation>Sua decisão difere desta recomendação. &amp;Por quê (vai para o registro de decisões e o memorando):</translation>
    </message>
    <message>
        <source>Why the decision differs from the recommendation</source>
        <translation>Por que a decisão difere da recomendação</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Asking the team workspace for a colleague&apos;s recommendation…</source>
        <translation>Consultando o espaço de equipe sobre a recomendação de um colega…</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln more character(s).</source>
        <translation>
            <numerusform>Pelo menos mais %Ln caractere.</numerusform>
            <numerusform>Pelo menos mais %Ln caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ReviewActionBar</name>
    <message>
        <source>Approve…</source>
        <translation>Aprovar…</translation>
    </message>
    <message>
        <source>Approve the batch and choose the account the assignor is paid into (Ctrl+Shift+A)</source>
        <translation>Aprovar o lote e escolher a conta em que o cedente recebe (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Negar…</translation>
    </message>
    <message>
        <source>Deny the whole batch (Ctrl+Shift+D)</source>
        <translation>Negar o lote inteiro (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Remove ticked assets…</source>
        <translation>Retirar ativos marcados…</translation>
    </message>
    <message>
        <source>Take the ticked assets out of the batch before deciding (partial approval)</source>
        <translation>Retirar do lote os ativos marcados antes de decidir (aprovação parcial)</translation>
    </message>
    <message>
        <source>Assignment term</source>
        <translation>Termo de cessão</translation>
    </message>
    <message>
        <source>Open the assignment term in the browser</source>
        <translation>Abrir o termo de cessão no navegador</translation>
    </message>
    <message>
        <source>Signed term</source>
        <translation>Termo assinado</translation>
    </message>
    <message>
        <source>Open the signed assignment term in the browser</source>
        <translation>Abrir o termo de cessão assinado no navegador</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save every asset of the batch as CSV</source>
        <translation>Salvar todos os ativos do lote em CSV</translation>
    </message>
    <message>
        <source>Approval memo…</source>
        <translation>Memorando de aprovação…</translation>
    </message>
    <message>
        <source>Save a PDF with the batch facts, totals, charts and decision</source>
        <translation>Salvar um PDF com os dados do lote, totais, gráficos e a decisão</translation>
    </message>
    <message>
        <source>Only a batch awaiting your decision can be decided; this one is: %1</source>
        <translation>Só um lote aguardando sua decisão pode ser decidido; este está: %1</translation>
    </message>
    <message>
        <source>Loading the batch…</source>
        <translation>Carregando o lote…</translation>
    </message>
    <message>
        <source>Loading the assignor&apos;s accounts…</source>
        <translation>Carregando as contas do cedente…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln ticked asset(s)…</source>
        <translation>
            <numerusform>Retirar %Ln ativo marcado…</numerusform>
            <numerusform>Retirar %Ln ativos marcados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve once every asset is loaded and checked: %1 of %Ln asset(s) loaded (%2%)…</source>
        <translation>
            <numerusform>Aprove quando todos os ativos estiverem carregados e verificados: %1 de %Ln ativo carregado (%2%)…</numerusform>
            <numerusform>Aprove quando todos os ativos estiverem carregados e verificados: %1 de %Ln ativos carregados (%2%)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve once every asset is loaded and checked: %Ln asset(s) loaded…</source>
        <translation>
            <numerusform>Aprove quando todos os ativos estiverem carregados e verificados: %Ln ativo carregado…</numerusform>
            <numerusform>Aprove quando todos os ativos estiverem carregados e verificados: %Ln ativos carregados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every asset could be loaded (%1 of %2), so the batch cannot be fully checked. Load all assets to approve it.</source>
        <translation>Nem todos os ativos puderam ser carregados (%1 de %2), então o lote não pode ser todo verificado. Carregue todos os ativos para aprová-lo.</translation>
    </message>
    <message numerus="yes">
        <source>Approve once the checks finish: checking %Ln asset(s)…</source>
        <translation>
            <numerusform>Aprove quando as verificações terminarem: verificando %Ln ativo…</numerusform>
            <numerusform>Aprove quando as verificações terminarem: verificando %Ln ativos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cessio::ReviewNotices</name>
    <message>
        <source>Finish removal</source>
        <translation>Concluir a retirada</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message numerus="yes">
        <source>Asset removal interrupted — %Ln asset(s) still to remove. The batch is reopened at QI Tech until the removal is finished.</source>
        <translation>
            <numerusform>Retirada de ativos interrompida — falta retirar %Ln ativo. O lote fica reaberto na QI Tech até a retirada terminar.</numerusform>
            <numerusform>Retirada de ativos interrompida — faltam retirar %Ln ativos. O lote fica reaberto na QI Tech até a retirada terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>This batch changed at QI Tech: now %1 · %2 · %3 — reloaded at %4.</source>
        <translation>Este lote mudou na QI Tech: agora %1 · %2 · %3 — recarregado às %4.</translation>
    </message>
    <message>
        <source>Show the changes</source>
        <translation>Mostrar as mudanças</translation>
    </message>
    <message>
        <source>Changes since the last review</source>
        <translation>Mudanças desde a última análise</translation>
    </message>
    <message>
        <source>Hide the changes</source>
        <translation>Ocultar as mudanças</translation>
    </message>
</context>
<context>
    <name>cessio::Session</name>
    <message>
        <source>The decision record could not be opened.</source>
        <translation>Não foi possível abrir o registro de decisões.</translation>
    </message>
    <message>
        <source>The profile has no usable client key and private key.</source>
        <translation>O perfil não tem chave de cliente e chave privada utilizáveis.</translation>
    </message>
</context>
<context>
    <name>cessio::TeamActivityText</name>
    <message>
        <source>denied by %1 %2</source>
        <translation>recusado por %1 %2</translation>
    </message>
    <message>
        <source>approved by %1 %2</source>
        <translation>aprovado por %1 %2</translation>
    </message>
    <message>
        <source>%1 approving since %2</source>
        <translation>%1 aprovando desde %2</translation>
    </message>
    <message>
        <source>%1 denying since %2</source>
        <translation>%1 recusando desde %2</translation>
    </message>
    <message>
        <source>%1 removing assets since %2</source>
        <translation>%1 removendo ativos desde %2</translation>
    </message>
    <message>
        <source>you are reviewing</source>
        <translation>você está analisando</translation>
    </message>
    <message>
        <source>%1 reviewing</source>
        <translation>%1 analisando</translation>
    </message>
    <message>
        <source>%1: recommends approve</source>
        <translation>%1: recomenda aprovar</translation>
    </message>
    <message>
        <source>%1: recommends deny</source>
        <translation>%1: recomenda recusar</translation>
    </message>
    <message>
        <source>%1: recommends removing assets</source>
        <translation>%1: recomenda remover ativos</translation>
    </message>
    <message>
        <source>%1 recommends denying (%2).</source>
        <translation>%1 recomenda recusar (%2).</translation>
    </message>
    <message>
        <source>%1 recommends denying: %2 (%3).</source>
        <translation>%1 recomenda recusar: %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 recommends removing %Ln asset(s) (%2).</source>
        <translation>
            <numerusform>%1 recomenda remover %Ln ativo (%2).</numerusform>
            <numerusform>%1 recomenda remover %Ln ativos (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>%1 denied this batch at %2.</source>
        <translation>%1 recusou este lote às %2.</translation>
    </message>
    <message>
        <source>%1 approved this batch at %2.</source>
        <translation>%1 aprovou este lote às %2.</translation>
    </message>
    <message>
        <source>%1 is approving this batch since %2.</source>
        <translation>%1 está aprovando este lote desde %2.</translation>
    </message>
    <message>
        <source>%1 is denying this batch since %2.</source>
        <translation>%1 está recusando este lote desde %2.</translation>
    </message>
    <message>
        <source>%1 is removing assets from this batch since %2.</source>
        <translation>%1 está removendo ativos deste lote desde %2.</translation>
    </message>
    <message>
        <source>You are reviewing this batch since %1; the team sees it.</source>
        <translation>Você está analisando este lote desde %1; a equipe vê isso.</translation>
    </message>
    <message>
        <source>%1 is reviewing this batch since %2.</source>
        <translation>%1 está analisando este lote desde %2.</translation>
    </message>
    <message>
        <source>%1 recommends approving into the contract&apos;s default account (%2).</source>
        <translation>%1 recomenda aprovar na conta padrão do contrato (%2).</translation>
    </message>
    <message>
        <source>%1 recommends approving into account %2 (%3).</source>
        <translation>%1 recomenda aprovar na conta %2 (%3).</translation>
    </message>
    <message>
        <source>%1 recommends approving into %2 (%3).</source>
        <translation>%1 recomenda aprovar em %2 (%3).</translation>
    </message>
</context>
<context>
    <name>cessio::TimelinePanel</name>
    <message>
        <source>Status timeline</source>
        <translation>Histórico de status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Tempo no status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestora</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultoria</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Cedente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>QI Tech (automatic)</source>
        <translation>QI Tech (automático)</translation>
    </message>
    <message>
        <source>Agent key %1</source>
        <translation>Chave do agente %1</translation>
    </message>
    <message>
        <source>The server sent no status history for this batch.</source>
        <translation>O servidor não enviou o histórico de status deste lote.</translation>
    </message>
</context>
<context>
    <name>cessio::TitleIndex</name>
    <message>
        <source>The index of checked titles could not be written to %1: %2</source>
        <translation>O índice de títulos verificados não pôde ser gravado em %1: %2</translation>
    </message>
    <message>
        <source>The index of checked titles in %1 was not moved into the workspace: batch %2 did not read back as the file has it. The file is kept; the move is tried again next time.</source>
        <translation>O índice de títulos verificados em %1 não foi levado para o espaço de trabalho: o lote %2 não foi lido de volta como está no arquivo. O arquivo foi mantido; a transferência será tentada de novo na próxima vez.</translation>
    </message>
</context>
<context>
    <name>cessio::UrlPolicy</name>
    <message>
        <source>This link is not https; Cessio did not open it.</source>
        <translation>Este link não é https; o Cessio não o abriu.</translation>
    </message>
    <message>
        <source>This link puts a name before the server&apos;s address (user@server), a way to disguise where it leads; Cessio did not open it.</source>
        <translation>Este link põe um nome antes do endereço do servidor (usuário@servidor), um jeito de disfarçar para onde ele leva; o Cessio não o abriu.</translation>
    </message>
    <message>
        <source>This link is not a complete https address; Cessio did not open it.</source>
        <translation>Este link não é um endereço https completo; o Cessio não o abriu.</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Link não aberto</translation>
    </message>
</context>
<context>
    <name>cessio::WatchListDialog</name>
    <message>
        <source>Watch-list</source>
        <translation>Lista restritiva</translation>
    </message>
    <message>
        <source>Debtors and assignors no fund buys from — in judicial recovery, blocked, related to a service provider. Every batch of every fund is checked against this list: an asset whose debtor is listed, and every asset of a listed assignor, is flagged. A CNPJ stands for its whole company (head office and branches).</source>
        <translation>Sacados e cedentes de quem nenhum fundo compra — em recuperação judicial, bloqueados, partes relacionadas a um prestador de serviços. Todo lote de todo fundo é verificado contra esta lista: um ativo cujo sacado está na lista, e todo ativo de um cedente da lista, é marcado. Um CNPJ vale pela empresa inteira (matriz e filiais).</translation>
    </message>
    <message>
        <source>Watched parties</source>
        <translation>Partes na lista</translation>
    </message>
    <message>
        <source>CPF, CNPJ or CNPJ root</source>
        <translation>CPF, CNPJ ou raiz do CNPJ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Adicionar parte</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>&amp;Remover parte</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Colar linhas</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: CPF/CNPJ, name and reason in that order</source>
        <translation>Linhas copiadas de uma planilha: CPF/CNPJ, nome e motivo, nessa ordem</translation>
    </message>
    <message>
        <source>Reading the watch-list from the workspace…</source>
        <translation>Lendo a lista restritiva do espaço de trabalho…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Only a workspace admin changes the watch-list.</source>
        <translation>Só um administrador do espaço de trabalho altera a lista restritiva.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) pasted: check them, then Save.</source>
        <translation>
            <numerusform>%Ln linha colada: confira e depois salve.</numerusform>
            <numerusform>%Ln linhas coladas: confira e depois salve.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has no rows to paste.</source>
        <translation>A área de transferência não tem linhas para colar.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid CPF, CNPJ or CNPJ root (8 characters).</source>
        <translation>Linha %1: “%2” não é um CPF, CNPJ ou raiz de CNPJ (8 caracteres) válido.</translation>
    </message>
    <message>
        <source>The watch-list holds at most %1 parties.</source>
        <translation>A lista restritiva comporta no máximo %1 partes.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nada foi salvo.</translation>
    </message>
</context>
<context>
    <name>cessio::WelcomeDialog</name>
    <message>
        <source>Welcome to Cessio</source>
        <translation>Boas-vindas ao Cessio</translation>
    </message>
    <message>
        <source>Review and decide the assignment batches of your funds at QI Tech: every batch waiting for you, its assets and totals, approval with the right account, and a record of each decision.</source>
        <translation>Revise e decida os lotes de cessão dos seus fundos na QI Tech: todos os lotes que aguardam você, seus ativos e totais, a aprovação com a conta certa e o registro de cada decisão.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Experimentar a &amp;demonstração</translation>
    </message>
    <message>
        <source>Simulated funds and batches on this computer. Nothing is sent to QI Tech and nothing is stored in your keychain.</source>
        <translation>Fundos e lotes simulados neste computador. Nada é enviado à QI Tech e nada é guardado no seu chaveiro.</translation>
    </message>
    <message>
        <source>&amp;Set up a connection</source>
        <translation>&amp;Configurar uma conexão</translation>
    </message>
    <message>
        <source>Connect to QI Tech with your integration&apos;s API client key and private key, or generate a new key pair to send to QI Tech.</source>
        <translation>Conecte-se à QI Tech com a API client key e a chave privada da sua integração, ou gere um novo par de chaves para enviar à QI Tech.</translation>
    </message>
</context>
<context>
    <name>cessio::WorkspaceRunner</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>O espaço de trabalho não está aberto.</translation>
    </message>
</context>
<context>
    <name>cessio::WorkspaceSettings</name>
    <message>
        <source>The workspace is &quot;sqlite&quot;, &quot;sqlite:FILE&quot; or a PostgreSQL connection as &quot;host=HOST port=PORT dbname=DATABASE user=LOGIN sslmode=MODE&quot;.</source>
        <translation>O espaço de trabalho é &quot;sqlite&quot;, &quot;sqlite:ARQUIVO&quot; ou uma conexão PostgreSQL no formato &quot;host=HOST port=PORTA dbname=BANCO user=LOGIN sslmode=MODO&quot;.</translation>
    </message>
    <message>
        <source>The workspace&apos;s port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>A porta do espaço de trabalho deve ser um número de 1 a 65535, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace&apos;s sslmode is one of %1, not &quot;%2&quot;.</source>
        <translation>O sslmode do espaço de trabalho é um destes: %1; não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A workspace password is never kept in the profile&apos;s settings: give it on standard input with --workspace-password-stdin, and it goes to the system keychain.</source>
        <translation>A senha do espaço de trabalho nunca fica nas configurações do perfil: informe-a pela entrada padrão com --workspace-password-stdin, e ela vai para o chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Unknown workspace setting &quot;%1&quot;: use host, port, dbname, user and sslmode.</source>
        <translation>Configuração de espaço de trabalho desconhecida &quot;%1&quot;: use host, port, dbname, user e sslmode.</translation>
    </message>
    <message>
        <source>A PostgreSQL workspace needs host, dbname and user.</source>
        <translation>Um espaço de trabalho PostgreSQL precisa de host, dbname e user.</translation>
    </message>
</context>
<context>
    <name>cessio::WorkspaceSettingsBox</name>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>On this computer (one person)</source>
        <translation>Neste computador (uma pessoa)</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server (record, rules, four-eyes and portfolios shared)</source>
        <translation>O servidor PostgreSQL da equipe (registro, regras, quatro olhos e carteiras compartilhados)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Seu login</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>kept in the keychain; type to change it</source>
        <translation>guardada no chaveiro; digite para trocá-la</translation>
    </message>
    <message>
        <source>stored only in the keychain</source>
        <translation>guardada só no chaveiro</translation>
    </message>
    <message>
        <source>Type the workspace server&apos;s address (or the folder of its socket).</source>
        <translation>Digite o endereço do servidor do espaço de trabalho (ou a pasta do socket dele).</translation>
    </message>
    <message>
        <source>Type the workspace&apos;s database name.</source>
        <translation>Digite o nome do banco de dados do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Type your login on the workspace server.</source>
        <translation>Digite seu login no servidor do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Type your password on the workspace server: it is kept only in the keychain.</source>
        <translation>Digite sua senha no servidor do espaço de trabalho: ela fica guardada só no chaveiro.</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and its name: the safe choice over any network</source>
        <translation>verify-full confere o certificado do servidor e o nome dele: a escolha segura em qualquer rede</translation>
    </message>
    <message>
        <source>&amp;Test the workspace connection</source>
        <translation>Testar a conexão do espaço de tra&amp;balho</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>not a member of this workspace yet: ask its admin to add you</source>
        <translation>ainda não é membro deste espaço de trabalho: peça ao administrador dele para incluí-lo</translation>
    </message>
    <message>
        <source>Connected as %1 (%2); schema version %3.</source>
        <translation>Conectado como %1 (%2); versão do esquema %3.</translation>
    </message>
    <message>
        <source>analyst: recommends</source>
        <translation>analista: recomenda</translation>
    </message>
    <message>
        <source>approver: decides</source>
        <translation>aprovador: decide</translation>
    </message>
    <message>
        <source>admin: members, rules and policy</source>
        <translation>administrador: membros, regras e política</translation>
    </message>
</context>
<context>
    <name>cessio::XlsxReader</name>
    <message>
        <source>The XLSX file cannot be read: %1</source>
        <translation>O arquivo XLSX não pode ser lido: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>o arquivo tem mais de %1 MB</translation>
    </message>
    <message>
        <source>it is not an XLSX workbook (no ZIP directory)</source>
        <translation>não é uma pasta de trabalho XLSX (não há diretório ZIP)</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>arquivos ZIP64 não são suportados</translation>
    </message>
    <message>
        <source>archives split over several files are not supported</source>
        <translation>arquivos divididos em várias partes não são suportados</translation>
    </message>
    <message>
        <source>it has more than %1 parts</source>
        <translation>ele tem mais de %1 partes</translation>
    </message>
    <message>
        <source>the ZIP directory points outside the file</source>
        <translation>o diretório ZIP aponta para fora do arquivo</translation>
    </message>
    <message>
        <source>the ZIP directory is damaged</source>
        <translation>o diretório ZIP está danificado</translation>
    </message>
    <message>
        <source>the part %1 appears twice</source>
        <translation>a parte %1 aparece duas vezes</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>falta a parte %1</translation>
    </message>
    <message>
        <source>encrypted workbooks are not supported</source>
        <translation>pastas de trabalho criptografadas não são suportadas</translation>
    </message>
    <message>
        <source>the part %1 uses an unsupported compression</source>
        <translation>a parte %1 usa uma compressão não suportada</translation>
    </message>
    <message>
        <source>the part %1 points outside the file</source>
        <translation>a parte %1 aponta para fora do arquivo</translation>
    </message>
    <message>
        <source>the part %1 would inflate beyond the allowed size</source>
        <translation>a parte %1 descompactada passaria do tamanho permitido</translation>
    </message>
    <message>
        <source>the part %1 is damaged or larger than it declares</source>
        <translation>a parte %1 está danificada ou é maior do que declara</translation>
    </message>
    <message>
        <source>the workbook&apos;s XML is damaged</source>
        <translation>o XML da pasta de trabalho está danificado</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>a pasta de trabalho não tem planilha</translation>
    </message>
    <message>
        <source>it has more than %1 shared strings</source>
        <translation>ele tem mais de %1 textos compartilhados</translation>
    </message>
    <message>
        <source>its shared strings are larger than allowed</source>
        <translation>seus textos compartilhados passam do tamanho permitido</translation>
    </message>
    <message>
        <source>the shared strings&apos; XML is damaged</source>
        <translation>o XML dos textos compartilhados está danificado</translation>
    </message>
    <message>
        <source>its rows are out of order</source>
        <translation>suas linhas estão fora de ordem</translation>
    </message>
    <message>
        <source>it has more than %1 rows</source>
        <translation>ele tem mais de %1 linhas</translation>
    </message>
    <message>
        <source>a cell lies beyond column %1</source>
        <translation>uma célula está além da coluna %1</translation>
    </message>
    <message>
        <source>a cell refers to a shared string that does not exist</source>
        <translation>uma célula se refere a um texto compartilhado que não existe</translation>
    </message>
    <message>
        <source>the worksheet&apos;s XML is damaged</source>
        <translation>o XML da planilha está danificado</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unsupported language &quot;%1&quot;; use pt_BR or en.</source>
        <translation>Idioma &quot;%1&quot; não suportado; use pt_BR ou en.</translation>
    </message>
    <message>
        <source>Cessio command line: review and decide QI Tech assignment batches.</source>
        <translation>Linha de comando do Cessio: analise e decida lotes de cessão da QI Tech.</translation>
    </message>
    <message>
        <source>Interface language: pt_BR or en.</source>
        <translation>Idioma da interface: pt_BR ou en.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Asset key</source>
        <translation>Chave do ativo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purchase value</source>
        <translation>Valor de aquisição</translation>
    </message>
    <message>
        <source>Denied by</source>
        <translation>Negado por</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Last good hash</source>
        <translation>Último hash íntegro</translation>
    </message>
    <message>
        <source>There is no decision record at %1 yet.</source>
        <translation>Ainda não há registro de decisões em %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record entry(ies) written to %1</source>
        <translation>
            <numerusform>%Ln lançamento do registro gravado em %1</numerusform>
            <numerusform>%Ln lançamentos do registro gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the assets of %1</source>
        <translation>Listando os ativos de %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s) written to %1</source>
        <translation>
            <numerusform>%Ln ativo gravado em %1</numerusform>
            <numerusform>%Ln ativos gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s); total of those not denied or discarded: %1</source>
        <translation>
            <numerusform>%Ln ativo; total dos não negados nem descartados: %1</numerusform>
            <numerusform>%Ln ativos; total dos não negados nem descartados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termo</translation>
    </message>
    <message>
        <source>not generated yet</source>
        <translation>ainda não gerado</translation>
    </message>
    <message>
        <source>Signed term</source>
        <translation>Termo assinado</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ainda não assinado</translation>
    </message>
    <message>
        <source>There is no term to open yet: QI Tech generates it after the approval.</source>
        <translation>Ainda não há termo para abrir: a QI Tech o gera após a aprovação.</translation>
    </message>
    <message>
        <source>Could not start %1 to open the term; open the address above yourself.</source>
        <translation>Não foi possível iniciar %1 para abrir o termo; abra o endereço acima manualmente.</translation>
    </message>
    <message>
        <source>Opened in the web browser.</source>
        <translation>Aberto no navegador.</translation>
    </message>
    <message>
        <source>QI Tech did not say who the batch&apos;s assignor is, so its accounts cannot be listed.</source>
        <translation>A QI Tech não informou o cedente do lote, então as contas dele não podem ser listadas.</translation>
    </message>
    <message>
        <source>This server does not list the assignor&apos;s accounts (HTTP 404): QI Tech does not publish that endpoint. Approving without --account pays into the contract&apos;s default account.</source>
        <translation>Este servidor não lista as contas do cedente (HTTP 404): a QI Tech não publica esse endpoint. Aprovar sem --account paga na conta padrão do contrato.</translation>
    </message>
    <message>
        <source>The batch&apos;s disbursement account: %1</source>
        <translation>Conta de desembolso do lote: %1</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Chave da conta</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Agência</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Usage: cessio-cli %1</source>
        <translation>Uso: cessio-cli %1</translation>
    </message>
    <message>
        <source>Run cessio-cli --help for every command and option.</source>
        <translation>Execute cessio-cli --help para ver todos os comandos e opções.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME (its keys are in the system keychain).</source>
        <translation>Usar o perfil salvo NAME (suas chaves ficam no chaveiro do sistema).</translation>
    </message>
    <message>
        <source>QI Tech server address (or CESSIO_BASE_URL).</source>
        <translation>Endereço do servidor da QI Tech (ou CESSIO_BASE_URL).</translation>
    </message>
    <message>
        <source>API client key, a UUID (or CESSIO_CLIENT_KEY).</source>
        <translation>Chave de cliente da API, um UUID (ou CESSIO_CLIENT_KEY).</translation>
    </message>
    <message>
        <source>P-521 private key PEM file (or CESSIO_PRIVATE_KEY_FILE).</source>
        <translation>Arquivo PEM da chave privada P-521 (ou CESSIO_PRIVATE_KEY_FILE).</translation>
    </message>
    <message>
        <source>Fund class key; repeat for several (or CESSIO_FUND, comma-separated).</source>
        <translation>Chave da classe do fundo; repita para vários (ou CESSIO_FUND, separados por vírgula).</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>Imprimir JSON em vez de tabelas.</translation>
    </message>
    <message>
        <source>inbox: the batch status to list (default pending_manager_approval).</source>
        <translation>inbox: o status dos lotes a listar (padrão pending_manager_approval).</translation>
    </message>
    <message>
        <source>The batch&apos;s assignment configuration key (else every configuration of the fund(s) is tried).</source>
        <translation>A chave da configuração de cessão do lote (senão, todas as configurações do(s) fundo(s) são consultadas).</translation>
    </message>
    <message>
        <source>assets: write every asset to FILE as CSV.</source>
        <translation>assets: gravar todos os ativos em FILE como CSV.</translation>
    </message>
    <message>
        <source>assets --csv: excel (semicolons, decimal comma) or plain; by default it follows the language.</source>
        <translation>assets --csv: excel (ponto e vírgula, vírgula decimal) ou plain; por padrão segue o idioma.</translation>
    </message>
    <message>
        <source>approve: the disbursement account key (default: the contract&apos;s default account).</source>
        <translation>approve: a chave da conta de desembolso (padrão: a conta padrão do contrato).</translation>
    </message>
    <message>
        <source>deny: the reason, kept in the local decision record.</source>
        <translation>deny: o motivo, guardado no registro local de decisões.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Não pedir confirmação.</translation>
    </message>
    <message>
        <source>term: open the term in the web browser.</source>
        <translation>term: abrir o termo no navegador.</translation>
    </message>
    <message>
        <source>keygen: write the public key PEM to FILE.</source>
        <translation>keygen: gravar o PEM da chave pública em FILE.</translation>
    </message>
    <message>
        <source>audit export: excel or plain; by default it follows the language.</source>
        <translation>audit export: excel ou plain; por padrão segue o idioma.</translation>
    </message>
    <message>
        <source>The command to run (see Commands above).</source>
        <translation>O comando a executar (veja Comandos acima).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to %2.</source>
        <translation>A opção --%1 não se aplica a %2.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1.</source>
        <translation>Número de argumentos errado para %1.</translation>
    </message>
    <message>
        <source>Unknown or incomplete profile command.</source>
        <translation>Comando de perfil desconhecido ou incompleto.</translation>
    </message>
    <message>
        <source>Unknown or incomplete audit command.</source>
        <translation>Comando de auditoria desconhecido ou incompleto.</translation>
    </message>
    <message>
        <source>keygen needs --public-out FILE.</source>
        <translation>keygen precisa de --public-out FILE.</translation>
    </message>
    <message>
        <source>The CSV style is excel or plain, not &quot;%1&quot;.</source>
        <translation>O estilo do CSV é excel ou plain, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--csv-style needs --csv FILE.</source>
        <translation>--csv-style precisa de --csv FILE.</translation>
    </message>
    <message>
        <source>Unknown batch status &quot;%1&quot;. Known statuses: %2.</source>
        <translation>Status de lote desconhecido &quot;%1&quot;. Status conhecidos: %2.</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --base-url, --client-key or --private-key.</source>
        <translation>--profile não pode ser combinado com --base-url, --client-key ou --private-key.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>No credentials: pass --profile NAME, or --base-url, --client-key and --private-key (or set CESSIO_BASE_URL, CESSIO_CLIENT_KEY and CESSIO_PRIVATE_KEY_FILE).</source>
        <translation>Sem credenciais: informe --profile NAME, ou --base-url, --client-key e --private-key (ou defina CESSIO_BASE_URL, CESSIO_CLIENT_KEY e CESSIO_PRIVATE_KEY_FILE).</translation>
    </message>
    <message>
        <source>No server address: pass --base-url URL or set CESSIO_BASE_URL.</source>
        <translation>Sem endereço do servidor: informe --base-url URL ou defina CESSIO_BASE_URL.</translation>
    </message>
    <message>
        <source>The server address %1 cannot be used: %2</source>
        <translation>O endereço do servidor %1 não pode ser usado: %2</translation>
    </message>
    <message>
        <source>No API client key: pass --client-key UUID or set CESSIO_CLIENT_KEY.</source>
        <translation>Sem chave de cliente da API: informe --client-key UUID ou defina CESSIO_CLIENT_KEY.</translation>
    </message>
    <message>
        <source>No private key: pass --private-key PEMFILE or set CESSIO_PRIVATE_KEY_FILE.</source>
        <translation>Sem chave privada: informe --private-key PEMFILE ou defina CESSIO_PRIVATE_KEY_FILE.</translation>
    </message>
    <message>
        <source>Cannot read the private key file %1: %2</source>
        <translation>Não foi possível ler o arquivo da chave privada %1: %2</translation>
    </message>
    <message>
        <source>The private key in %1 cannot be used: %2</source>
        <translation>A chave privada em %1 não pode ser usada: %2</translation>
    </message>
    <message>
        <source>There is no profile named %1 (see cessio-cli profile list).</source>
        <translation>Não há perfil chamado %1 (veja cessio-cli profile list).</translation>
    </message>
    <message>
        <source>The server address of profile %1 cannot be used: %2</source>
        <translation>O endereço do servidor do perfil %1 não pode ser usado: %2</translation>
    </message>
    <message>
        <source>Not asking for confirmation: standard input is not a terminal. Pass --yes to %1 from a script.</source>
        <translation>Não é possível pedir confirmação: a entrada padrão não é um terminal. Informe --yes para usar %1 em um script.</translation>
    </message>
    <message>
        <source>Nothing was sent, because the decision record cannot be written: %1</source>
        <translation>Nada foi enviado, porque o registro de decisões não pode ser gravado: %1</translation>
    </message>
    <message>
        <source>Reading the assets summary (nothing was sent)</source>
        <translation>Ao ler o resumo dos ativos (nada foi enviado)</translation>
    </message>
    <message>
        <source>the contract&apos;s default account</source>
        <translation>a conta padrão do contrato</translation>
    </message>
    <message>
        <source>Warning: the account %1 is not among the assignor&apos;s accounts.</source>
        <translation>Atenção: a conta %1 não está entre as contas do cedente.</translation>
    </message>
    <message>
        <source>Warning: the account %1 is not the assignor&apos;s default account.</source>
        <translation>Atenção: a conta %1 não é a conta padrão do cedente.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Cedente</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valor total</translation>
    </message>
    <message>
        <source>Disbursement account</source>
        <translation>Conta de desembolso</translation>
    </message>
    <message>
        <source>Approve:</source>
        <translation>Aprovar:</translation>
    </message>
    <message>
        <source>Deny:</source>
        <translation>Negar:</translation>
    </message>
    <message>
        <source>Approve batch %1 for %2? [y/N]</source>
        <translation>Aprovar o lote %1 por %2? [s/N]</translation>
    </message>
    <message>
        <source>Deny batch %1? [y/N]</source>
        <translation>Negar o lote %1? [s/N]</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation>Não confirmado: nada foi enviado.</translation>
    </message>
    <message>
        <source>Batch %1 is now %2.</source>
        <translation>O lote %1 agora está em: %2.</translation>
    </message>
    <message>
        <source>Batch %1, as read again: %2.</source>
        <translation>Lote %1, lido novamente: %2.</translation>
    </message>
    <message>
        <source>An earlier removal of assets from this batch was interrupted; finishing it.</source>
        <translation>Uma remoção anterior de ativos deste lote foi interrompida; concluindo-a.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removidos: %1</translation>
    </message>
    <message>
        <source>Still to remove: %1 (run the same command again to finish)</source>
        <translation>Ainda a remover: %1 (execute o mesmo comando de novo para concluir)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the address, the internet connection, and any proxy, VPN or firewall.</source>
        <translation>Não foi possível acessar %1. Verifique o endereço, a conexão com a internet e eventuais proxy, VPN ou firewall.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate was refused (a proxy may be intercepting the connection).</source>
        <translation>A conexão segura com %1 falhou: o certificado foi recusado (um proxy pode estar interceptando a conexão).</translation>
    </message>
    <message>
        <source>%1 answered.</source>
        <translation>%1 respondeu.</translation>
    </message>
    <message>
        <source>QI Tech refused this computer&apos;s IP address (GDF000029): it is not on the integration&apos;s allow-list. Send QI Tech the public IP address of this machine; a newly added address takes up to 48 hours to become active.</source>
        <translation>A QI Tech recusou o endereço IP deste computador (GDF000029): ele não está na lista de IPs liberados da integração. Envie à QI Tech o IP público desta máquina; um endereço novo leva até 48 horas para ser ativado.</translation>
    </message>
    <message>
        <source>QI Tech does not know the API client key %1 (%2). Check that it is the key QI Tech issued for this environment: sandbox and production keys differ.</source>
        <translation>A QI Tech não reconhece a chave de cliente da API %1 (%2). Confira se é a chave emitida pela QI Tech para este ambiente: as chaves de sandbox e de produção são diferentes.</translation>
    </message>
    <message>
        <source>QI Tech did not accept the request signature (%1). Either the private key does not match the public key registered for this client key, or this computer&apos;s clock is wrong (every request carries the time).</source>
        <translation>A QI Tech não aceitou a assinatura da requisição (%1). Ou a chave privada não corresponde à chave pública cadastrada para esta chave de cliente, ou o relógio deste computador está errado (toda requisição leva o horário).</translation>
    </message>
    <message>
        <source>The signature was accepted.</source>
        <translation>A assinatura foi aceita.</translation>
    </message>
    <message>
        <source>The signature was accepted, but this integration may not read fund %1 (%2). Ask QI Tech to give the manager integration access to it.</source>
        <translation>A assinatura foi aceita, mas esta integração não pode ler o fundo %1 (%2). Peça à QI Tech que dê acesso a ele à integração da gestora.</translation>
    </message>
    <message>
        <source>QI Tech did not find fund %1 (%2): check the fund class key.</source>
        <translation>A QI Tech não encontrou o fundo %1 (%2): confira a chave da classe do fundo.</translation>
    </message>
    <message>
        <source>The server answered with an error: %1</source>
        <translation>O servidor respondeu com um erro: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>atenção</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>Host reachable</source>
        <translation>Servidor acessível</translation>
    </message>
    <message>
        <source>Signature accepted</source>
        <translation>Assinatura aceita</translation>
    </message>
    <message>
        <source>Permission to read the fund</source>
        <translation>Permissão para ler o fundo</translation>
    </message>
    <message>
        <source>Batch listing</source>
        <translation>Listagem de lotes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignment configuration(s) visible.</source>
        <translation>
            <numerusform>%Ln configuração de cessão visível.</numerusform>
            <numerusform>%Ln configurações de cessão visíveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment configurations visible.</source>
        <translation>Configurações de cessão visíveis.</translation>
    </message>
    <message>
        <source>The server lists batches (the inbox works).</source>
        <translation>O servidor lista lotes (a caixa de entrada funciona).</translation>
    </message>
    <message>
        <source>The server does not offer the batch listing (HTTP 404), which QI Tech does not publish: inbox cannot list batches; open them by id with show EXT.</source>
        <translation>O servidor não oferece a listagem de lotes (HTTP 404), que a QI Tech não publica: inbox não consegue listar lotes; abra-os pelo identificador com show EXT.</translation>
    </message>
    <message>
        <source>The batch listing failed: %1</source>
        <translation>A listagem de lotes falhou: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>(command line)</source>
        <translation>(linha de comando)</translation>
    </message>
    <message>
        <source>API client key</source>
        <translation>Chave de cliente da API</translation>
    </message>
    <message>
        <source>Fund %1</source>
        <translation>Fundo %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Some checks failed; see the details above.</source>
        <translation>Algumas verificações falharam; veja os detalhes acima.</translation>
    </message>
    <message>
        <source>Everything needed works.</source>
        <translation>Tudo o que é necessário funciona.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Tipo de ativo</translation>
    </message>
    <message>
        <source>Consultant approval</source>
        <translation>Aprovação da consultoria</translation>
    </message>
    <message>
        <source>Fund %1: %2</source>
        <translation>Fundo %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln configuração</numerusform>
            <numerusform>%Ln configurações</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Atenção: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es), total %1</source>
        <translation>
            <numerusform>%Ln lote, total %1</numerusform>
            <numerusform>%Ln lotes, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No fund: pass --fund KEY, set CESSIO_FUND, or add funds to the profile.</source>
        <translation>Nenhum fundo: informe --fund KEY, defina CESSIO_FUND ou adicione fundos ao perfil.</translation>
    </message>
    <message>
        <source>Profile %1 created.</source>
        <translation>Perfil %1 criado.</translation>
    </message>
    <message>
        <source>Profile %1 updated.</source>
        <translation>Perfil %1 atualizado.</translation>
    </message>
    <message>
        <source>Profile %1 is saved, but its private key could not be stored: %2</source>
        <translation>O perfil %1 foi salvo, mas não foi possível guardar sua chave privada: %2</translation>
    </message>
    <message>
        <source>Profile %1 is saved, but its client key could not be stored: %2</source>
        <translation>O perfil %1 foi salvo, mas não foi possível guardar sua chave de cliente: %2</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fundos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>No profiles yet: add one with cessio-cli profile add NAME.</source>
        <translation>Ainda não há perfis: adicione um com cessio-cli profile add NAME.</translation>
    </message>
    <message>
        <source>Profile %1 was not removed: its keys could not be removed from the keychain: %2</source>
        <translation>O perfil %1 não foi removido: não foi possível remover suas chaves do chaveiro: %2</translation>
    </message>
    <message>
        <source>Profile %1 and its keys were removed.</source>
        <translation>O perfil %1 e suas chaves foram removidos.</translation>
    </message>
    <message>
        <source>keygen stores the private key in a profile: pass --profile NAME (create it with cessio-cli profile add).</source>
        <translation>keygen guarda a chave privada em um perfil: informe --profile NAME (crie-o com cessio-cli profile add).</translation>
    </message>
    <message>
        <source>Profile %1 already has a private key. A new one replaces it, and requests fail until QI Tech has the new public key: pass --yes to do it anyway.</source>
        <translation>O perfil %1 já tem uma chave privada. Uma nova a substitui, e as requisições falham até a QI Tech receber a nova chave pública: informe --yes para fazer mesmo assim.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Não foi possível ler o chaveiro: %1</translation>
    </message>
    <message>
        <source>Could not generate a key pair: %1</source>
        <translation>Não foi possível gerar um par de chaves: %1</translation>
    </message>
    <message>
        <source>The private key could not be stored in the keychain, so nothing was kept: %1</source>
        <translation>Não foi possível guardar a chave privada no chaveiro, então nada foi mantido: %1</translation>
    </message>
    <message>
        <source>New P-521 key pair for profile %1: the private key is in the system keychain, the public key in %2. Send %2 to QI Tech; they answer with the API client key (cessio-cli profile add %1 --client-key UUID).</source>
        <translation>Novo par de chaves P-521 para o perfil %1: a chave privada está no chaveiro do sistema, a chave pública em %2. Envie %2 à QI Tech; ela responde com a chave de cliente da API (cessio-cli profile add %1 --client-key UUID).</translation>
    </message>
    <message>
        <source>Warning: the assets summary could not be read: %1</source>
        <translation>Atenção: não foi possível ler o resumo dos ativos: %1</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestora</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultoria</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>TIR</translation>
    </message>
    <message>
        <source>not chosen yet (contract default)</source>
        <translation>ainda não escolhida (padrão do contrato)</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <source>In this status since</source>
        <translation>Neste status desde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Unknown or incomplete assignor command.</source>
        <translation>Comando assignor desconhecido ou incompleto.</translation>
    </message>
    <message>
        <source>assignor %1 needs --config KEY.</source>
        <translation>assignor %1 precisa de --config CHAVE.</translation>
    </message>
    <message>
        <source>The date must be YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>A data deve estar no formato AAAA-MM-DD, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The assignor commands work on one fund: pass a single --fund KEY.</source>
        <translation>Os comandos assignor trabalham com um fundo: informe um único --fund CHAVE.</translation>
    </message>
    <message>
        <source>Creating the batch %1</source>
        <translation>Criando o lote %1</translation>
    </message>
    <message>
        <source>Assignment key</source>
        <translation>Chave da cessão</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not an asset (a JSON object as QI Tech&apos;s asset insertion takes): %2</source>
        <translation>%1 não é um ativo (um objeto JSON como a inclusão de ativos da QI Tech recebe): %2</translation>
    </message>
    <message>
        <source>Inserting the asset into %1</source>
        <translation>Incluindo o ativo no lote %1</translation>
    </message>
    <message>
        <source>Uploading the document of %1</source>
        <translation>Enviando o documento de %1</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document key</source>
        <translation>Chave do documento</translation>
    </message>
    <message>
        <source>Closing the batch %1</source>
        <translation>Encerrando a inclusão de ativos do lote %1</translation>
    </message>
    <message>
        <source>Assignor side (sent as the client of the credentials, e.g. an assignor client of the sandbox):
  assignor create-batch EXT --config KEY [--date YYYY-MM-DD]
  assignor insert-asset EXT --config KEY FILE.json     prints the asset key and status
  assignor upload-document EXT --config KEY ASSET_ID TYPE FILE.pdf
  assignor close EXT --config KEY</source>
        <translation>Lado do cedente (enviado como o cliente das credenciais, por exemplo um cliente cedente do sandbox):
  assignor create-batch EXT --config CHAVE [--date AAAA-MM-DD]
  assignor insert-asset EXT --config CHAVE ARQUIVO.json     mostra a chave e o status do ativo
  assignor upload-document EXT --config CHAVE ID_ATIVO TIPO ARQUIVO.pdf
  assignor close EXT --config CHAVE</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Fund rule</source>
        <translation>Regra do fundo</translation>
    </message>
    <message>
        <source>This batch</source>
        <translation>Este lote</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dentro</translation>
    </message>
    <message>
        <source>No fund rules set for this fund (set them in the desktop app).</source>
        <translation>Nenhuma regra definida para este fundo (defina-as no aplicativo).</translation>
    </message>
    <message>
        <source>within (%1)</source>
        <translation>dentro (%1)</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>VIOLADA: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 assets checked have alerts.</source>
        <translation>
            <numerusform>%Ln dos %1 ativos verificados tem alertas.</numerusform>
            <numerusform>%Ln dos %1 ativos verificados têm alertas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be checked (no details).</source>
        <translation>
            <numerusform>%Ln não pôde ser verificado (sem detalhes).</numerusform>
            <numerusform>%Ln não puderam ser verificados (sem detalhes).</numerusform>
        </translation>
    </message>
    <message>
        <source>QI Tech answered: %1</source>
        <translation>Resposta da QI Tech: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln asset(s)</source>
        <translation>
            <numerusform>%Ln ativo</numerusform>
            <numerusform>%Ln ativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>%Ln aprovado</numerusform>
            <numerusform>%Ln aprovados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln denied</source>
        <translation>
            <numerusform>%Ln negado</numerusform>
            <numerusform>%Ln negados</numerusform>
        </translation>
    </message>
    <message>
        <source>Fund rules&apos; verdicts written to %1</source>
        <translation>Resultados das regras do fundo gravados em %1</translation>
    </message>
    <message>
        <source>The keyed check cannot be done: with --base-url or CESSIO_BASE_URL and no --profile, cessio-cli does not open the keychain, where the record&apos;s key is kept. Only the unkeyed check (the chain of hashes) was done.</source>
        <translation>A verificação com chave não pode ser feita: com --base-url ou CESSIO_BASE_URL e sem --profile, o cessio-cli não abre o chaveiro do sistema, onde fica a chave do registro. Só foi feita a verificação sem chave (o encadeamento dos hashes).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>With --base-url or CESSIO_BASE_URL, cessio-cli does not open the keychain: use --profile NAME, or set CESSIO_AUDIT_LOG to a record of its own.</source>
        <translation>Com --base-url ou CESSIO_BASE_URL, o cessio-cli não abre o chaveiro do sistema: use --profile NOME, ou defina CESSIO_AUDIT_LOG com um registro só dele.</translation>
    </message>
    <message>
        <source>assignor create-batch: the assignment date (default: the fund&apos;s accounting date); portfolio import: the file&apos;s position date (default: today).</source>
        <translation>assignor create-batch: a data da cessão (padrão: a data contábil do fundo); portfolio import: a data-base das posições do arquivo (padrão: hoje).</translation>
    </message>
    <message>
        <source>portfolio import: the columns, as debtor_document=A,due_date=F,present_value=H (default: the fund&apos;s last mapping, else guessed from the header).</source>
        <translation>portfolio import: as colunas, como debtor_document=A,due_date=F,present_value=H (padrão: o último mapeamento do fundo, senão deduzido do cabeçalho).</translation>
    </message>
    <message>
        <source>The --mapping JSON is not a column mapping.</source>
        <translation>O JSON de --mapping não é um mapeamento de colunas.</translation>
    </message>
    <message>
        <source>The --mapping entry &quot;%1&quot; is not FIELD=COLUMN (a field such as debtor_document, a column letter or number).</source>
        <translation>A entrada &quot;%1&quot; de --mapping não está no formato CAMPO=COLUNA (um campo como debtor_document, uma letra ou número de coluna).</translation>
    </message>
    <message>
        <source>Unknown or incomplete portfolio command.</source>
        <translation>Comando portfolio desconhecido ou incompleto.</translation>
    </message>
    <message>
        <source>--mapping and --date apply to portfolio import only.</source>
        <translation>--mapping e --date valem apenas para portfolio import.</translation>
    </message>
    <message>
        <source>The portfolio commands take one fund: --fund KEY.</source>
        <translation>Os comandos portfolio tratam de um fundo: --fund KEY.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The column mapping lacks %1: pass --mapping FIELD=COLUMN,...</source>
        <translation>Falta no mapeamento de colunas: %1. Informe --mapping CAMPO=COLUNA,...</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not YYYY-MM-DD.</source>
        <translation>A data &quot;%1&quot; não está no formato AAAA-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln error(s) in the file; the portfolio is as it was.</source>
        <translation>
            <numerusform>Nada foi importado: %Ln erro no arquivo; a carteira continua como estava.</numerusform>
            <numerusform>Nada foi importado: %Ln erros no arquivo; a carteira continua como estava.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln position(s) imported from %1 for fund %2; the previous import was replaced.</source>
        <translation>
            <numerusform>%Ln posição importada de %1 para o fundo %2; a importação anterior foi substituída.</numerusform>
            <numerusform>%Ln posições importadas de %1 para o fundo %2; a importação anterior foi substituída.</numerusform>
        </translation>
    </message>
    <message>
        <source>Net assets are a positive amount in reais, such as 12500000.00.</source>
        <translation>O patrimônio líquido é um valor positivo em reais, como 12500000.00.</translation>
    </message>
    <message>
        <source>Net assets of fund %1: %2 on %3.</source>
        <translation>Patrimônio líquido do fundo %1: %2 em %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a portfolio limit (see cessio-cli --help).</source>
        <translation>&quot;%1&quot; não é um limite de carteira (veja cessio-cli --help).</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posições</translation>
    </message>
    <message>
        <source>%1 (completed batches: %3, with %2; imported: %4)</source>
        <translation>%1 (lotes concluídos: %3, com %2; importadas: %4)</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>Valor presente</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Última importação</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>%1, positions on %2</source>
        <translation>%1, posições em %2</translation>
    </message>
    <message>
        <source>Net assets (PL)</source>
        <translation>Patrimônio líquido (PL)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Largest debtor</source>
        <translation>Maior sacado</translation>
    </message>
    <message>
        <source>Largest assignor</source>
        <translation>Maior cedente</translation>
    </message>
    <message>
        <source>Top %1 debtors</source>
        <translation>%1 maiores sacados</translation>
    </message>
    <message>
        <source>Minimum credit rights</source>
        <translation>Mínimo em direitos creditórios</translation>
    </message>
    <message>
        <source>Related parties</source>
        <translation>Partes relacionadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set: no % of PL and no limits (cessio-cli portfolio pl)</source>
        <translation>não definido: sem % do PL e sem limites (cessio-cli portfolio pl)</translation>
    </message>
    <message>
        <source>%1 in %2 positions</source>
        <translation>%1 em %2 posições</translation>
    </message>
    <message>
        <source>Rolled off</source>
        <translation>Liquidados</translation>
    </message>
    <message>
        <source>%1 in %2 matured positions, taken as settled</source>
        <translation>%1 em %2 posições vencidas, tidas como liquidadas</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Credit rights</source>
        <translation>Direitos creditórios</translation>
    </message>
    <message>
        <source>Credit rights, % of PL</source>
        <translation>Direitos creditórios, % do PL</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Sacados</translation>
    </message>
    <message>
        <source>HHI (debtors)</source>
        <translation>HHI (sacados)</translation>
    </message>
    <message>
        <source>Weighted average term</source>
        <translation>Prazo médio ponderado</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>% of PL</source>
        <translation>% do PL</translation>
    </message>
    <message>
        <source>Top debtors after</source>
        <translation>Maiores sacados depois</translation>
    </message>
    <message>
        <source>Top assignors after</source>
        <translation>Maiores cedentes depois</translation>
    </message>
    <message>
        <source>CVM bucket</source>
        <translation>Faixa CVM</translation>
    </message>
    <message>
        <source>To fall due after</source>
        <translation>A vencer depois</translation>
    </message>
    <message>
        <source>Overdue after</source>
        <translation>Vencidos depois</translation>
    </message>
    <message>
        <source>Portfolio limit</source>
        <translation>Limite da carteira</translation>
    </message>
    <message>
        <source>within (%1 to spare)</source>
        <translation>dentro (folga de %1)</translation>
    </message>
    <message>
        <source>BROKEN: %1 over</source>
        <translation>VIOLADO: %1 acima</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
    <message>
        <source>workspace members: analyst, approver or admin.</source>
        <translation>workspace members: analyst, approver ou admin.</translation>
    </message>
    <message>
        <source>workspace init / members add: the person&apos;s full name.</source>
        <translation>workspace init / members add: o nome completo da pessoa.</translation>
    </message>
    <message>
        <source>recommend: a note for whoever decides.</source>
        <translation>recommend: uma observação para quem decide.</translation>
    </message>
    <message>
        <source>Unknown or incomplete workspace command.</source>
        <translation>Comando workspace desconhecido ou incompleto.</translation>
    </message>
    <message>
        <source>--role goes with workspace members add and set-role.</source>
        <translation>--role vale apenas para workspace members add e set-role.</translation>
    </message>
    <message>
        <source>The role is analyst, approver or admin, not &quot;%1&quot;.</source>
        <translation>O papel é analyst, approver ou admin, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--name goes with workspace init and workspace members add.</source>
        <translation>--name vale apenas para workspace init e workspace members add.</translation>
    </message>
    <message>
        <source>workspace members add needs --name &quot;Full name&quot;.</source>
        <translation>workspace members add exige --name &quot;Nome completo&quot;.</translation>
    </message>
    <message>
        <source>Workspace ready (%1, schema version %2); %3 is its first admin.
</source>
        <translation>Espaço de equipe pronto (%1, versão do esquema %2); %3 é seu primeiro administrador.
</translation>
    </message>
    <message>
        <source>Workspace ready (%1, schema version %2); it already has members: nothing else was changed.
</source>
        <translation>Espaço de equipe pronto (%1, versão do esquema %2); ele já tem membros: nada mais foi alterado.
</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Acessível</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versão do esquema</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>não é membro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Open decision intents</source>
        <translation>Intenções de decisão abertas</translation>
    </message>
    <message>
        <source>Active claims</source>
        <translation>Lotes em análise (reservas ativas)</translation>
    </message>
    <message>
        <source>%1 is already a member; use workspace members set-role.</source>
        <translation>%1 já é membro; use workspace members set-role.</translation>
    </message>
    <message>
        <source>%1 is not a member of this workspace.</source>
        <translation>%1 não é membro deste espaço de equipe.</translation>
    </message>
    <message>
        <source>%1 was not removed: only a workspace admin removes members.</source>
        <translation>%1 não foi removido: só um administrador do espaço de equipe remove membros.</translation>
    </message>
    <message>
        <source>%1 is no longer a member.
</source>
        <translation>%1 não é mais membro.
</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3.
</source>
        <translation>%1 (%2) agora é %3.
</translation>
    </message>
    <message>
        <source>Recommend approve, deny or remove ASSET_EXT,... for the batch.</source>
        <translation>Recomende approve, deny ou remove ASSET_EXT,... para o lote.</translation>
    </message>
    <message>
        <source>--account goes with recommend EXT approve.</source>
        <translation>--account vale apenas para recommend EXT approve.</translation>
    </message>
    <message>
        <source>recommend EXT deny needs --reason TEXT (and only deny takes it).</source>
        <translation>recommend EXT deny exige --reason TEXTO (e só deny o aceita).</translation>
    </message>
    <message>
        <source>Recommendation recorded for round %1 of batch %2 by %3.
</source>
        <translation>Recomendação registrada para a rodada %1 do lote %2 por %3.
</translation>
    </message>
    <message>
        <source>the assets could not be listed to compare with the last review: %1</source>
        <translation>os ativos não puderam ser listados para comparar com a última análise: %1</translation>
    </message>
    <message>
        <source>%1 (workspace %2)</source>
        <translation>%1 (espaço de trabalho %2)</translation>
    </message>
    <message>
        <source>four-eyes: batches above this total (reais, 1000000.00) need a recommendation; none clears it.</source>
        <translation>four-eyes: lotes acima deste total (reais, 1000000.00) precisam de recomendação; none remove o limite.</translation>
    </message>
    <message>
        <source>four-eyes: yes when a breached alert, fund rule or portfolio limit needs a recommendation.</source>
        <translation>four-eyes: yes quando um alerta, regra do fundo ou limite da carteira violado exige recomendação.</translation>
    </message>
    <message>
        <source>four-eyes takes no argument but off.</source>
        <translation>four-eyes não aceita argumento além de off.</translation>
    </message>
    <message>
        <source>four-eyes off takes no --above or --on-breach.</source>
        <translation>four-eyes off não aceita --above nem --on-breach.</translation>
    </message>
    <message>
        <source>--above is an amount in reais such as 1000000.00, or none.</source>
        <translation>--above é um valor em reais como 1000000.00, ou none.</translation>
    </message>
    <message>
        <source>--on-breach is yes or no.</source>
        <translation>--on-breach é yes ou no.</translation>
    </message>
    <message>
        <source>four-eyes takes one fund: --fund KEY.</source>
        <translation>four-eyes trata de um fundo: --fund KEY.</translation>
    </message>
    <message>
        <source>Not saved: only a workspace admin changes a fund&apos;s four-eyes policy.</source>
        <translation>Não salvo: só um administrador do espaço de equipe altera a política de quatro olhos de um fundo.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this fund&apos;s policy meanwhile. Run it again.</source>
        <translation>Não salvo: alguém alterou a política deste fundo nesse meio-tempo. Execute de novo.</translation>
    </message>
    <message>
        <source>Four-eyes policy</source>
        <translation>Política de quatro olhos</translation>
    </message>
    <message>
        <source>Checking every asset of %1 for the fund&apos;s four-eyes policy…</source>
        <translation>Verificando todos os ativos de %1 para a política de quatro olhos do fundo…</translation>
    </message>
    <message>
        <source>Listing the assets to check them for the fund&apos;s four-eyes policy (nothing was sent)</source>
        <translation>Listando os ativos para verificá-los para a política de quatro olhos do fundo (nada foi enviado)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>an alert, fund rule or portfolio limit is breached</source>
        <translation>um alerta, regra do fundo ou limite da carteira foi violado</translation>
    </message>
    <message>
        <source>no alert, no fund rule or portfolio limit broken</source>
        <translation>nenhum alerta, nenhuma regra do fundo ou limite da carteira violado</translation>
    </message>
    <message>
        <source>profile add: the team workspace, &quot;sqlite&quot;, &quot;sqlite:FILE&quot; or PostgreSQL as &quot;host=H port=P dbname=D user=U sslmode=MODE&quot;.</source>
        <translation>profile add: o espaço de equipe, &quot;sqlite&quot;, &quot;sqlite:ARQUIVO&quot; ou PostgreSQL como &quot;host=H port=P dbname=D user=U sslmode=MODO&quot;.</translation>
    </message>
    <message>
        <source>profile add: read the workspace&apos;s PostgreSQL password from standard input and keep it in the system keychain.</source>
        <translation>profile add: lê a senha PostgreSQL do espaço de trabalho da entrada padrão e a guarda no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>--workspace and --workspace-password-stdin go with profile add.</source>
        <translation>--workspace e --workspace-password-stdin são usados com profile add.</translation>
    </message>
    <message>
        <source>Only a PostgreSQL workspace has a password: give --workspace &quot;host=… dbname=… user=…&quot; too.</source>
        <translation>Só um espaço de trabalho PostgreSQL tem senha: informe também --workspace &quot;host=… dbname=… user=…&quot;.</translation>
    </message>
    <message>
        <source>Workspace password for %1:</source>
        <translation>Senha do espaço de trabalho para %1:</translation>
    </message>
    <message>
        <source>No workspace password on standard input: nothing was saved.</source>
        <translation>Nenhuma senha do espaço de trabalho na entrada padrão: nada foi salvo.</translation>
    </message>
    <message>
        <source>Profile %1 is saved, but its workspace password could not be stored: %2</source>
        <translation>O perfil %1 foi salvo, mas a senha do espaço de trabalho não pôde ser guardada: %2</translation>
    </message>
    <message numerus="yes">
        <source>Implied rate: %1 (%2); from %3 to %4, median %5, over %Ln asset(s).</source>
        <translation>
            <numerusform>Taxa implícita: %1 (%2); de %3 a %4, mediana %5, em %Ln ativo.</numerusform>
            <numerusform>Taxa implícita: %1 (%2); de %3 a %4, mediana %5, em %Ln ativos.</numerusform>
        </translation>
    </message>
    <message>
        <source>  configs                     assignment configurations of the fund(s)
  inbox [--status STATUS]     batches across funds and configurations (default pending_manager_approval)
  show EXT                    batch detail with its assets summary
  assets EXT [--csv FILE]     every asset, all pages
  checks EXT                  alerts on the assets, the fund&apos;s rules, and the portfolio before and after the batch
  approve EXT [--account KEY] [--yes]
  deny EXT [--reason TEXT] [--yes]
  remove-assets EXT ASSET_EXT...
  term EXT [--open]           assignment term links
  accounts EXT                disbursement accounts usable for the batch
  keygen --public-out FILE    new P-521 key pair; the private key goes to the profile&apos;s keychain entry
  profile add|list|remove     saved connections (keys in the system keychain)
  profile add NAME --workspace &quot;host=H port=P dbname=D user=U sslmode=MODE&quot; [--workspace-password-stdin]
                   the profile&apos;s team workspace on PostgreSQL (its password goes to the keychain)
  doctor                      checks each fund: reachability, signature accepted, permissions
  audit verify | audit export FILE [--style excel|plain]
  portfolio import FILE [--mapping FIELD=COL,...] [--date YYYY-MM-DD]   the administrator&apos;s position file
  portfolio pl VALUE DATE [CLASS_EQUITY]   the fund&apos;s net assets
  portfolio limits max_debtor=PCT max_assignor=PCT top_debtors=N:PCT min_credit_rights=PCT
                   max_related_parties=PCT related=ROOT:NAME...   (KEY= clears one)
  portfolio show              the fund&apos;s book (each portfolio command takes --fund KEY)
  workspace init [--name NAME] | status | members [add LOGIN --role ROLE --name NAME | set-role LOGIN --role ROLE | remove LOGIN]
                   the profile&apos;s team workspace (roles: analyst, approver, admin)
  recommend EXT approve [--account KEY] | deny --reason TEXT | remove ASSET_EXT,... [--note TEXT]
                   your recommendation for the batch&apos;s current decision round
  four-eyes --fund KEY [--above AMOUNT|none] [--on-breach yes|no] | four-eyes off --fund KEY
                   the fund&apos;s four-eyes policy: when a decision needs another member&apos;s recommendation
  watch-list | watch-list add DOCUMENT [--name NAME] [--reason TEXT] | watch-list remove DOCUMENT
                   debtors and assignors no fund buys from (CPF, CNPJ or CNPJ root), in the workspace
Commands on a batch take [--config KEY]; without it every configuration of the fund(s) is tried.
Exit codes: 0 success, 1 API error, 2 usage, 3 network, 4 credentials.</source>
        <translation>  configs                     configurações de cessão do(s) fundo(s)
  inbox [--status STATUS]     lotes de todos os fundos e configurações (padrão pending_manager_approval)
  show EXT                    detalhe do lote com o resumo dos ativos
  assets EXT [--csv FILE]     todos os ativos, todas as páginas
  checks EXT                  alertas sobre os ativos, as regras do fundo e a carteira antes e depois do lote
  approve EXT [--account KEY] [--yes]
  deny EXT [--reason TEXT] [--yes]
  remove-assets EXT ASSET_EXT...
  term EXT [--open]           links do termo de cessão
  accounts EXT                contas de desembolso utilizáveis no lote
  keygen --public-out FILE    novo par de chaves P-521; a chave privada vai para o chaveiro do perfil
  profile add|list|remove     conexões salvas (chaves no chaveiro do sistema)
  profile add NAME --workspace &quot;host=H port=P dbname=D user=U sslmode=MODE&quot; [--workspace-password-stdin]
                   o espaço de equipe do perfil no PostgreSQL (a senha vai para o chaveiro)
  doctor                      verifica cada fundo: acesso, assinatura aceita, permissões
  audit verify | audit export FILE [--style excel|plain]
  portfolio import FILE [--mapping FIELD=COL,...] [--date YYYY-MM-DD]   o arquivo de posições do administrador
  portfolio pl VALUE DATE [CLASS_EQUITY]   o patrimônio líquido do fundo
  portfolio limits max_debtor=PCT max_assignor=PCT top_debtors=N:PCT min_credit_rights=PCT
                   max_related_parties=PCT related=ROOT:NAME...   (CHAVE= remove um limite)
  portfolio show              a carteira do fundo (cada comando portfolio exige --fund KEY)
  workspace init [--name NAME] | status | members [add LOGIN --role ROLE --name NAME | set-role LOGIN --role ROLE | remove LOGIN]
                   o espaço de equipe do perfil (papéis: analyst, approver, admin)
  recommend EXT approve [--account KEY] | deny --reason TEXT | remove ASSET_EXT,... [--note TEXT]
                   sua recomendação para a rodada de decisão atual do lote
  four-eyes --fund KEY [--above AMOUNT|none] [--on-breach yes|no] | four-eyes off --fund KEY
                   a política de quatro olhos do fundo: quando uma decisão precisa da recomendação de outro membro
  watch-list | watch-list add DOCUMENTO [--name NOME] [--reason TEXTO] | watch-list remove DOCUMENTO
                   sacados e cedentes de quem nenhum fundo compra (CPF, CNPJ ou raiz do CNPJ), no espaço de trabalho
Comandos sobre um lote aceitam [--config KEY]; sem ela, todas as configurações do(s) fundo(s) são consultadas.
Códigos de saída: 0 sucesso, 1 erro da API, 2 uso, 3 rede, 4 credenciais.</translation>
    </message>
    <message>
        <source>Unknown or incomplete watch-list command.</source>
        <translation>Comando watch-list desconhecido ou incompleto.</translation>
    </message>
    <message>
        <source>--name and --reason go with watch-list add.</source>
        <translation>--name e --reason vão com watch-list add.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CPF, CNPJ or CNPJ root (8 characters).</source>
        <translation>&quot;%1&quot; não é um CPF, CNPJ ou raiz de CNPJ (8 caracteres) válido.</translation>
    </message>
    <message>
        <source>Not saved: only a workspace admin changes the watch-list.</source>
        <translation>Não salvo: só um administrador do espaço de trabalho altera a lista restritiva.</translation>
    </message>
    <message>
        <source>The watch-list holds at most %1 parties.</source>
        <translation>A lista restritiva comporta no máximo %1 partes.</translation>
    </message>
    <message>
        <source>%1 is not on the watch-list.</source>
        <translation>%1 não está na lista restritiva.</translation>
    </message>
    <message>
        <source>Not saved: someone changed the watch-list meanwhile. Run it again.</source>
        <translation>Não salvo: alguém alterou a lista restritiva nesse meio-tempo. Execute de novo.</translation>
    </message>
    <message>
        <source>CPF/CNPJ root</source>
        <translation>Raiz do CPF/CNPJ</translation>
    </message>
    <message>
        <source>The watch-list is empty.
</source>
        <translation>A lista restritiva está vazia.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unsupported language &quot;%1&quot;; use pt_BR or en.</source>
        <translation>Idioma &quot;%1&quot; não suportado; use pt_BR ou en.</translation>
    </message>
    <message>
        <source>Review and decide QI Tech assignment batches.</source>
        <translation>Analise e decida lotes de cessão da QI Tech.</translation>
    </message>
    <message>
        <source>Run against a built-in simulator with simulated data.</source>
        <translation>Executa com um simulador embutido e dados simulados.</translation>
    </message>
    <message>
        <source>Interface language: pt_BR or en.</source>
        <translation>Idioma da interface: pt_BR ou en.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to FILE once it is shown, then quit.</source>
        <translation>Salva uma imagem da janela principal em FILE assim que ela aparecer e encerra.</translation>
    </message>
    <message>
        <source>Quit by itself after MS milliseconds.</source>
        <translation>Encerra sozinho após MS milissegundos.</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Não foi possível salvar %1</translation>
    </message>
    <message>
        <source>Open the review of the batch EXT.</source>
        <translation>Abrir a análise do lote EXT.</translation>
    </message>
    <message>
        <source>No connection profile yet.
Create one with Tools ▸ Profiles…, or try the demo: cessio --demo</source>
        <translation>Ainda não há perfil de conexão.
Crie um em Ferramentas ▸ Perfis…, ou experimente a demonstração: cessio --demo</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Could not connect:
%1</source>
        <translation>Não foi possível conectar:
%1</translation>
    </message>
    <message>
        <source>Batch %1 is not in the inbox.</source>
        <translation>O lote %1 não está na caixa de entrada.</translation>
    </message>
    <message>
        <source>Gave up waiting for the window to load.</source>
        <translation>Desisti de esperar a janela carregar.</translation>
    </message>
    <message>
        <source>The review tab to show: assets, analysis, portfolio or timeline.</source>
        <translation>A aba da análise a mostrar: assets (ativos), analysis (análise), portfolio (carteira) ou timeline (histórico).</translation>
    </message>
    <message>
        <source>--tab expects assets, analysis, portfolio or timeline.</source>
        <translation>--tab espera assets, analysis, portfolio ou timeline.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>Unsupported language &quot;%1&quot;; use pt_BR or en.</source>
        <translation>Idioma &quot;%1&quot; não suportado; use pt_BR ou en.</translation>
    </message>
    <message>
        <source>Local simulator of the QI Tech trade_receivables API.</source>
        <translation>Simulador local da API trade_receivables da QI Tech.</translation>
    </message>
    <message>
        <source>Interface language: pt_BR or en.</source>
        <translation>Idioma da interface: pt_BR ou en.</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from %2 to %3.</source>
        <translation>--%1 espera um número inteiro de %2 a %3.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Endereço em que escutar (padrão 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 0: any free port).</source>
        <translation>Porta em que escutar (padrão 0: qualquer porta livre).</translation>
    </message>
    <message>
        <source>Load funds, assignors, configurations and clients from a JSON file.</source>
        <translation>Carrega fundos, cedentes, configurações e clientes de um arquivo JSON.</translation>
    </message>
    <message>
        <source>Build a rich demonstration world instead of loading a fixture.</source>
        <translation>Monta um mundo de demonstração completo em vez de carregar um arquivo de dados.</translation>
    </message>
    <message>
        <source>Milliseconds between automatic steps; 0: only on POST /_sandbox/tick.</source>
        <translation>Milissegundos entre as etapas automáticas; 0: só com POST /_sandbox/tick.</translation>
    </message>
    <message>
        <source>Milliseconds added to every API request.</source>
        <translation>Milissegundos acrescentados a cada requisição à API.</translation>
    </message>
    <message>
        <source>Probability (0 to 1) of a random fault per API request.</source>
        <translation>Probabilidade (de 0 a 1) de uma falha aleatória por requisição à API.</translation>
    </message>
    <message>
        <source>Seed of the random faults.</source>
        <translation>Semente das falhas aleatórias.</translation>
    </message>
    <message>
        <source>Largest page size a list accepts (default 100).</source>
        <translation>Maior tamanho de página que uma listagem aceita (padrão 100).</translation>
    </message>
    <message>
        <source>--fault-rate expects a number from 0 to 1.</source>
        <translation>--fault-rate espera um número de 0 a 1.</translation>
    </message>
    <message>
        <source>Use either --fixture or --demo-data, not both.</source>
        <translation>Use --fixture ou --demo-data, não os dois.</translation>
    </message>
    <message>
        <source>Fixture error: %1</source>
        <translation>Erro no arquivo de dados: %1</translation>
    </message>
    <message>
        <source>Cannot listen: %1</source>
        <translation>Não foi possível escutar: %1</translation>
    </message>
    <message>
        <source>With --demo-data: milliseconds between the demo assignor&apos;s new batches (default 120000; 0: none).</source>
        <translation>Com --demo-data: milissegundos entre os novos lotes do cedente de demonstração (padrão 120000; 0: nenhum).</translation>
    </message>
</context>
</TS>
