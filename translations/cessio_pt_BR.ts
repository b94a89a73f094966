<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
</context>
</TS>
