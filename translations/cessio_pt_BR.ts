<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiError</name>
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
</context>
<context>
    <name>AuditVerification</name>
    <message numerus="yes">
        <source>The record is intact: %n entries checked.</source>
        <translation>
            <numerusform>O registro está íntegro: %n lançamento verificado.</numerusform><numerusform>O registro está íntegro: %n lançamentos verificados.</numerusform></translation>
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
        <source>No API client key is stored for the profile %1. Enter it in the profile's settings.</source>
        <translation>Não há chave de cliente da API guardada para o perfil %1. Informe-a nas configurações do perfil.</translation>
    </message>
    <message>
        <source>No private key is stored for the profile %1. Import or generate one in the profile's settings.</source>
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
        <source>Cannot sign a request without a method and a path starting with "/".</source>
        <translation>Não é possível assinar uma requisição sem método e sem um caminho que comece com "/".</translation>
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
    <name>FixtureLoader</name>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate key '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required when webhook_url is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown fund '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown assignor '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown asset type '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected automatic_approval, auto_approval or manual_approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected true, false or an array of document types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a P-521 public key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected manager, assignor or consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected read or write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fixture must be a JSON object</source>
        <translation type="unfinished" />
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
        <source>Enter the server's base URL, for example https://api.example.com.</source>
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
        <source>The system keychain reported an error: %1</source>
        <translation>O chaveiro do sistema informou um erro: %1</translation>
    </message>
    <message>
        <source>No credentials are stored in the system keychain for this profile.</source>
        <translation>Não há credenciais guardadas no chaveiro do sistema para este perfil.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied. Unlock the keychain (or allow Cessio to use it) and try again.</source>
        <translation>O acesso ao chaveiro do sistema foi negado. Desbloqueie o chaveiro (ou permita que o Cessio o use) e tente novamente.</translation>
    </message>
    <message>
        <source>No system keychain is available. On Linux, install and unlock a Secret Service provider such as GNOME Keyring or KWallet; Cessio never stores keys unencrypted.</source>
        <translation>Nenhum chaveiro do sistema está disponível. No Linux, instale e desbloqueie um provedor do Secret Service, como o GNOME Keyring ou o KWallet; o Cessio nunca guarda chaves sem criptografia.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be locked and waiting for you to unlock it; try again.</source>
        <translation>O chaveiro do sistema não respondeu a tempo. Ele pode estar bloqueado, aguardando que você o desbloqueie; tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>O chaveiro do sistema informou um erro.</translation>
    </message>
</context>
<context>
    <name>cessio::ApiError</name>
    <message>
        <source>This computer's IP address is not on the integration's allow-list at QI Tech. Ask QI Tech to add it (a new address takes up to 48 hours to become active).</source>
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
</context>
<context>
    <name>cli</name>
    <message>
        <source>Unsupported language "%1"; use pt_BR or en.</source>
        <translation>Idioma "%1" não suportado; use pt_BR ou en.</translation>
    </message>
    <message>
        <source>Cessio command line: review and decide QI Tech assignment batches.</source>
        <translation>Linha de comando do Cessio: analise e decida lotes de cessão da QI Tech.</translation>
    </message>
    <message>
        <source>Interface language: pt_BR or en.</source>
        <translation>Idioma da interface: pt_BR ou en.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unsupported language "%1"; use pt_BR or en.</source>
        <translation>Idioma "%1" não suportado; use pt_BR ou en.</translation>
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
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>Unsupported language "%1"; use pt_BR or en.</source>
        <translation>Idioma "%1" não suportado; use pt_BR ou en.</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port to listen on (default 0: any free port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load funds, assignors, configurations and clients from a JSON file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build a rich demonstration world instead of loading a fixture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milliseconds between automatic steps; 0: only on POST /_sandbox/tick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milliseconds added to every API request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability (0 to 1) of a random fault per API request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed of the random faults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest page size a list accepts (default 100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--fault-rate expects a number from 0 to 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use either --fixture or --demo-data, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-data is not yet available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixture error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot listen: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
