<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>Database</name>
    <message>
        <source>The environment database %1 does not exist.</source>
        <translation>A base de dados do ambiente %1 não existe.</translation>
    </message>
    <message>
        <source>Cannot create an environment database at %1: a file is already there. Choose an empty folder.</source>
        <translation>Não é possível criar uma base de dados do ambiente em %1: já existe um ficheiro nesse local. Escolha uma pasta vazia.</translation>
    </message>
    <message>
        <source>The environment database %1 is damaged or is not a database. Restore it from a backup, or create a new environment in another folder.</source>
        <translation>A base de dados do ambiente %1 está danificada ou não é uma base de dados. Restaure-a a partir de uma cópia de segurança ou crie um novo ambiente noutra pasta.</translation>
    </message>
    <message>
        <source>Cannot open the environment database %1: %2</source>
        <translation>Não é possível abrir a base de dados do ambiente %1: %2</translation>
    </message>
    <message>
        <source>The environment database %1 cannot be used: %2. If the file is damaged, restore it from a backup.</source>
        <translation>A base de dados do ambiente %1 não pode ser utilizada: %2. Se o ficheiro estiver danificado, restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The environment database %1 was written by a newer version of Open Service Center (schema %2; this version understands up to schema %3). Open it with a newer Open Service Center.</source>
        <translation>A base de dados do ambiente %1 foi escrita por uma versão mais recente do Open Service Center (esquema %2; esta versão suporta até ao esquema %3). Abra-a com uma versão mais recente do Open Service Center.</translation>
    </message>
    <message>
        <source>%1 is not an Open Service Center environment database (it has no schema version). Open the folder of an environment, or create one with &apos;scctl env init&apos;.</source>
        <translation>%1 não é uma base de dados de ambiente do Open Service Center (não tem versão de esquema). Abra a pasta de um ambiente ou crie um com &apos;scctl env init&apos;.</translation>
    </message>
    <message>
        <source>The environment database %1 is damaged: its schema version is unreadable. Restore it from a backup.</source>
        <translation>A base de dados do ambiente %1 está danificada: a respetiva versão de esquema é ilegível. Restaure-a a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>A database operation failed on %1.</source>
        <translation>Falhou uma operação de base de dados em %1.</translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <source>Cannot create the deployment folder %1. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Não é possível criar a pasta de implementação %1. Verifique o espaço livre em disco e as permissões da pasta.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Não é possível copiar %1 para %2. Verifique o espaço livre em disco e as permissões da pasta.</translation>
    </message>
    <message>
        <source>Cannot finish the deployment folder %1: %2</source>
        <translation>Não é possível concluir a pasta de implementação %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the running version of &apos;%1&apos; to %2: %3</source>
        <translation>Não é possível mudar a versão em execução de &apos;%1&apos; para %2: %3</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>The environment folder %1 is read-only (%2). Open Service Center needs to write to it: fix the folder&apos;s permissions, or copy the environment to a writable folder.</source>
        <translation>A pasta do ambiente %1 é só de leitura (%2). O Open Service Center precisa de escrever nela: corrija as permissões da pasta ou copie o ambiente para uma pasta com permissão de escrita.</translation>
    </message>
    <message>
        <source>The built-in compiler profiles cannot be loaded.</source>
        <translation>Não é possível carregar os perfis de compilador incorporados.</translation>
    </message>
    <message>
        <source>Platform version %1 is not installed. Installed versions: %2.</source>
        <translation>A versão %1 da plataforma não está instalada. Versões instaladas: %2.</translation>
    </message>
    <message>
        <source>Cannot create an environment in %1: the folder is not empty. Choose a new or empty folder.</source>
        <translation>Não é possível criar um ambiente em %1: a pasta não está vazia. Escolha uma pasta nova ou vazia.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that its parent exists and is writable.</source>
        <translation>Não é possível criar a pasta %1. Verifique se a pasta-mãe existe e tem permissão de escrita.</translation>
    </message>
    <message>
        <source>There is no environment at %1: the folder does not exist. Create one with &apos;scctl --env %1 env init&apos;, or choose another folder.</source>
        <translation>Não existe nenhum ambiente em %1: a pasta não existe. Crie um com &apos;scctl --env %1 env init&apos; ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>%1 is not an Open Service Center environment: it has no environment.db. Choose the folder of an environment, or create one with &apos;scctl --env %1 env init&apos;.</source>
        <translation>%1 não é um ambiente do Open Service Center: não tem environment.db. Escolha a pasta de um ambiente ou crie um com &apos;scctl --env %1 env init&apos;.</translation>
    </message>
    <message>
        <source>The environment database %1 is damaged: its platform version &apos;%2&apos; is unreadable. Restore it from a backup.</source>
        <translation>A base de dados do ambiente %1 está danificada: a respetiva versão da plataforma &apos;%2&apos; é ilegível. Restaure-a a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The environment at %1 runs platform version %2, which this installation does not have. Use an Open Service Center that includes platform %2.</source>
        <translation>O ambiente em %1 executa a versão %2 da plataforma, que esta instalação não tem. Utilize um Open Service Center que inclua a plataforma %2.</translation>
    </message>
    <message>
        <source>Cannot import %1: no such file or folder.</source>
        <translation>Não é possível importar %1: o ficheiro ou a pasta não existe.</translation>
    </message>
    <message>
        <source>No module files (*.json) to import.</source>
        <translation>Não há ficheiros de módulo (*.json) para importar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; is defined twice: in %2 and in %3. Import one of them.</source>
        <translation>O módulo &apos;%1&apos; está definido duas vezes: em %2 e em %3. Importe apenas um deles.</translation>
    </message>
    <message>
        <source>The demo factory needs at least one module (got %1).</source>
        <translation>A fábrica de demonstração precisa de pelo menos um módulo (recebeu %1).</translation>
    </message>
    <message>
        <source>The environment at %1 already has modules; the demo factory goes into a new environment only.</source>
        <translation>O ambiente em %1 já tem módulos; a fábrica de demonstração só pode ser criada num ambiente novo.</translation>
    </message>
    <message>
        <source>The demo factory could not publish &apos;%1&apos;.</source>
        <translation>A fábrica de demonstração não conseguiu publicar &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The %1 started by %2 at %3 can&apos;t proceed because there is an ongoing %4, started by %5 at %6, that is locking &apos;%7&apos; module.</source>
        <translation>A operação %1 iniciada por %2 em %3 não pode prosseguir porque está em curso uma operação %4, iniciada por %5 em %6, que está a bloquear o módulo &apos;%7&apos;.</translation>
    </message>
    <message>
        <source>There were errors preparing some modules.</source>
        <translation>Ocorreram erros ao preparar alguns módulos.</translation>
    </message>
    <message>
        <source>There was an error preparing your modules.</source>
        <translation>Ocorreu um erro ao preparar os seus módulos.</translation>
    </message>
    <message>
        <source>This Module hasn&apos;t been upgraded to the current environment version. Please publish the module. Alternatively, run another environment upgrade.</source>
        <translation>Este módulo não foi atualizado para a versão atual do ambiente. Publique o módulo. Em alternativa, execute outra atualização do ambiente.</translation>
    </message>
    <message>
        <source>Producer module &apos;%1&apos; hasn&apos;t been prepared for the current OutSystems environment version. The Preparation of Modules may not have finished yet, failed, or it is on hold. Check Service Center for more details or try to publish &apos;%1&apos;.</source>
        <translation>O módulo produtor &apos;%1&apos; não foi preparado para a versão atual do ambiente OutSystems. A preparação dos módulos pode ainda não ter terminado, ter falhado ou estar em espera. Consulte o Service Center para obter mais detalhes ou tente publicar &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The process cannot access the file because it is being used by another process</source>
        <translation>O processo não consegue aceder ao ficheiro porque está a ser utilizado por outro processo</translation>
    </message>
</context>
<context>
    <name>ModuleRegistry</name>
    <message>
        <source>Unknown module &apos;%1&apos;. &apos;scctl modules&apos; lists the modules of this environment.</source>
        <translation>Módulo desconhecido &apos;%1&apos;. &apos;scctl modules&apos; lista os módulos deste ambiente.</translation>
    </message>
    <message>
        <source>Cannot store the source of &apos;%1&apos; at %2: %3. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Não é possível guardar o código-fonte de &apos;%1&apos; em %2: %3. Verifique o espaço livre em disco e as permissões da pasta.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; has no version %2. &apos;scctl module %1&apos; lists its versions.</source>
        <translation>O módulo &apos;%1&apos; não tem a versão %2. &apos;scctl module %1&apos; lista as respetivas versões.</translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <source>Up to date</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Desatualizado</translation>
    </message>
    <message>
        <source>Not upgraded</source>
        <translation>Não atualizado</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Never published</source>
        <translation>Nunca publicado</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>Publishing &apos;%1&apos; failed: the compiler could not write its output.</source>
        <translation>A publicação de &apos;%1&apos; falhou: o compilador não conseguiu escrever o resultado.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing &apos;%1&apos; version %2 failed: %n compilation error(s) for platform version %3. The running version is unchanged.</source>
        <translation>
            <numerusform>A publicação de &apos;%1&apos; versão %2 falhou: %n erro de compilação para a versão %3 da plataforma. A versão em execução não foi alterada.</numerusform>
            <numerusform>A publicação de &apos;%1&apos; versão %2 falhou: %n erros de compilação para a versão %3 da plataforma. A versão em execução não foi alterada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCenter</name>
    <message>
        <source>Open Service Center: the administration console of an application platform&apos;s environment.</source>
        <translation>Open Service Center: a consola de administração do ambiente de uma plataforma de aplicações.</translation>
    </message>
    <message>
        <source>The environment&apos;s data folder. A missing or empty folder becomes a new environment with the demo factory.</source>
        <translation>A pasta de dados do ambiente. Uma pasta inexistente ou vazia torna-se um novo ambiente com a fábrica de demonstração.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>The user named in operations and logs.</source>
        <translation>O utilizador indicado nas operações e nos registos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Open Service Center</source>
        <translation>Open Service Center</translation>
    </message>
    <message>
        <source>Open Service Center — %1</source>
        <translation>Open Service Center — %1</translation>
    </message>
    <message>
        <source>Creating the environment in %1 with the demo factory…</source>
        <translation>A criar o ambiente em %1 com a fábrica de demonstração…</translation>
    </message>
</context>
<context>
    <name>osc::AreaWidget</name>
    <message>
        <source>Screens</source>
        <translation>Ecrãs</translation>
    </message>
</context>
<context>
    <name>osc::BuiltinCompiler</name>
    <message>
        <source>an action</source>
        <translation>uma ação</translation>
    </message>
    <message>
        <source>an entity</source>
        <translation>uma entidade</translation>
    </message>
    <message>
        <source>a structure</source>
        <translation>uma estrutura</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; references &apos;%2&apos; (%3), but &apos;%4&apos; has no compilation for %5.</source>
        <translation>O módulo &apos;%1&apos; referencia &apos;%2&apos; (%3), mas &apos;%4&apos; não tem nenhuma compilação para %5.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; references &apos;%2&apos; (%3), but the compilation of &apos;%4&apos; for %5 has no public element &apos;%6&apos;.</source>
        <translation>O módulo &apos;%1&apos; referencia &apos;%2&apos; (%3), mas a compilação de &apos;%4&apos; para %5 não tem nenhum elemento público &apos;%6&apos;.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; references &apos;%2&apos; as %3, but its compilation for %4 has %5 of that name.</source>
        <translation>O módulo &apos;%1&apos; referencia &apos;%2&apos; como %3, mas a respetiva compilação para %4 tem %5 com esse nome.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; references &apos;%2&apos; (%3) with signature &apos;%4&apos;, but its compilation for %5 has &apos;%6&apos;.</source>
        <translation>O módulo &apos;%1&apos; referencia &apos;%2&apos; (%3) com a assinatura &apos;%4&apos;, mas a respetiva compilação para %5 tem &apos;%6&apos;.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos;, element &apos;%2&apos;: platform API &apos;%3&apos; is called with signature &apos;%4&apos;, but %5 has &apos;%6&apos;.</source>
        <translation>Módulo &apos;%1&apos;, elemento &apos;%2&apos;: a API da plataforma &apos;%3&apos; é chamada com a assinatura &apos;%4&apos;, mas %5 tem &apos;%6&apos;.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos;, element &apos;%2&apos;: platform API &apos;%3&apos; was removed in %4 (%5).</source>
        <translation>Módulo &apos;%1&apos;, elemento &apos;%2&apos;: a API da plataforma &apos;%3&apos; foi removida em %4 (%5).</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos;, element &apos;%2&apos;: platform API &apos;%3&apos; was removed in %4 (%5) and is not available in %6.</source>
        <translation>Módulo &apos;%1&apos;, elemento &apos;%2&apos;: a API da plataforma &apos;%3&apos; foi removida em %4 (%5) e não está disponível em %6.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos;, element &apos;%2&apos;: platform API &apos;%3&apos; does not exist in %4.</source>
        <translation>Módulo &apos;%1&apos;, elemento &apos;%2&apos;: a API da plataforma &apos;%3&apos; não existe em %4.</translation>
    </message>
    <message>
        <source>No compiler profile was given for module &apos;%1&apos;.</source>
        <translation>Não foi indicado nenhum perfil de compilador para o módulo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No compilation folder was given for module &apos;%1&apos;.</source>
        <translation>Não foi indicada nenhuma pasta de compilação para o módulo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the compilation folder &apos;%1&apos;: it already exists.</source>
        <translation>Não é possível criar a pasta de compilação &apos;%1&apos;: já existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;: %2.</source>
        <translation>Não é possível criar a pasta &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>a file is in the way or access is denied</source>
        <translation>existe um ficheiro no caminho ou o acesso foi negado</translation>
    </message>
    <message>
        <source>Cannot create a folder in &apos;%1&apos;: %2.</source>
        <translation>Não é possível criar uma pasta em &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the file &apos;%1&apos;: %2.</source>
        <translation>Não é possível escrever o ficheiro &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the folder &apos;%1&apos;: %2.</source>
        <translation>Não é possível escrever a pasta &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Cannot move the compilation into &apos;%1&apos;: %2.</source>
        <translation>Não é possível mover a compilação para &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>já existe</translation>
    </message>
</context>
<context>
    <name>osc::CompilerProfile</name>
    <message>
        <source>a profile object</source>
        <translation>um objeto de perfil</translation>
    </message>
    <message>
        <source>one of the keys %1</source>
        <translation>uma das chaves %1</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot;</source>
        <translation>a chave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the end of the profile object</source>
        <translation>o fim do objeto de perfil</translation>
    </message>
    <message>
        <source>a platform version such as &quot;11.12.0&quot;</source>
        <translation>uma versão da plataforma como &quot;11.12.0&quot;</translation>
    </message>
    <message>
        <source>a system components version such as &quot;11.12.0.3&quot;</source>
        <translation>uma versão dos componentes do sistema como &quot;11.12.0.3&quot;</translation>
    </message>
    <message>
        <source>an array of feature keys</source>
        <translation>uma matriz de chaves de funcionalidades</translation>
    </message>
    <message>
        <source>one of the features %1</source>
        <translation>uma das funcionalidades %1</translation>
    </message>
    <message>
        <source>each feature once</source>
        <translation>cada funcionalidade uma única vez</translation>
    </message>
    <message>
        <source>an object of API signatures</source>
        <translation>um objeto de assinaturas de API</translation>
    </message>
    <message>
        <source>an API signature such as &quot;(Url: Text) -&gt; (Body: Text)&quot;</source>
        <translation>uma assinatura de API como &quot;(Url: Text) -&gt; (Body: Text)&quot;</translation>
    </message>
    <message>
        <source>an object of removal notes</source>
        <translation>um objeto de notas de remoção</translation>
    </message>
    <message>
        <source>an API that this version does not offer</source>
        <translation>uma API que esta versão não disponibiliza</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, which is also listed under &quot;apis&quot;</source>
        <translation>&quot;%1&quot;, que também está listada em &quot;apis&quot;</translation>
    </message>
    <message>
        <source>a removal note &quot;removed in &lt;version&gt;: &lt;advice&gt;&quot; with a version up to %1</source>
        <translation>uma nota de remoção &quot;removed in &lt;version&gt;: &lt;advice&gt;&quot; com uma versão até %1</translation>
    </message>
    <message>
        <source>The compiler profile folder &apos;%1&apos; does not exist.</source>
        <translation>A pasta de perfis de compilador &apos;%1&apos; não existe.</translation>
    </message>
    <message>
        <source>Cannot read the compiler profile &apos;%1&apos;.</source>
        <translation>Não é possível ler o perfil de compilador &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The compiler profiles &apos;%1&apos; and &apos;%2&apos; both describe platform version %3.</source>
        <translation>Os perfis de compilador &apos;%1&apos; e &apos;%2&apos; descrevem ambos a versão %3 da plataforma.</translation>
    </message>
    <message>
        <source>The compiler profile folder &apos;%1&apos; has no profile (*.json).</source>
        <translation>A pasta de perfis de compilador &apos;%1&apos; não tem nenhum perfil (*.json).</translation>
    </message>
</context>
<context>
    <name>osc::Json</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>o número %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>a cadeia de carateres &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>uma matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>o fim do texto</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>o fim da linha</translation>
    </message>
    <message>
        <source>less deeply nested values</source>
        <translation>valores menos aninhados</translation>
    </message>
    <message>
        <source>a JSON value (object, array, string, number, true, false or null)</source>
        <translation>um valor JSON (objeto, matriz, cadeia de carateres, número, true, false ou null)</translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; starting an object key</source>
        <translation>&apos;&quot;&apos; a iniciar uma chave de objeto</translation>
    </message>
    <message>
        <source>&apos;:&apos; after an object key</source>
        <translation>&apos;:&apos; após uma chave de objeto</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; ou &apos;}&apos; após um membro de objeto</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; ou &apos;]&apos; após um elemento de matriz</translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; closing the string (control characters must be escaped)</source>
        <translation>&apos;&quot;&apos; a fechar a cadeia de carateres (os carateres de controlo têm de ser escapados)</translation>
    </message>
    <message>
        <source>four hexadecimal digits after \u</source>
        <translation>quatro dígitos hexadecimais após \u</translation>
    </message>
    <message>
        <source>a valid escape sequence</source>
        <translation>uma sequência de escape válida</translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; closing the string</source>
        <translation>&apos;&quot;&apos; a fechar a cadeia de carateres</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>um dígito</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>um dígito após o ponto decimal</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>um dígito no expoente</translation>
    </message>
    <message>
        <source>valid UTF-8 text</source>
        <translation>texto UTF-8 válido</translation>
    </message>
    <message>
        <source>a smaller document</source>
        <translation>um documento mais pequeno</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>JSON válido</translation>
    </message>
    <message>
        <source>%1:%2:%3: expected %4, found %5</source>
        <translation>%1:%2:%3: esperava-se %4, encontrou-se %5</translation>
    </message>
</context>
<context>
    <name>osc::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Monitorização</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Error Log</source>
        <translation>Registo de erros</translation>
    </message>
    <message>
        <source>Every error recorded in this environment: when it happened, the module and version, the operation and step, the message and its full detail (compiler diagnostics, file paths, the process), with filters by time, module, operation and text, a detail view and export.</source>
        <translation>Todos os erros registados neste ambiente: quando ocorreram, o módulo e a versão, a operação e o passo, a mensagem e o respetivo detalhe completo (diagnósticos do compilador, caminhos de ficheiros, o processo), com filtros por hora, módulo, operação e texto, uma vista de detalhe e exportação.</translation>
    </message>
    <message>
        <source>General Log</source>
        <translation>Registo geral</translation>
    </message>
    <message>
        <source>Every step of every operation and who started it, refused operations included.</source>
        <translation>Cada passo de cada operação e quem a iniciou, incluindo as operações recusadas.</translation>
    </message>
    <message>
        <source>&amp;Factory</source>
        <translation>Fá&amp;brica</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>The modules preparation and Deploy All: live progress, the Deploy button, and the report of every past preparation and deployment with its details.</source>
        <translation>A preparação dos módulos e o Deploy All: progresso em tempo real, o botão Deploy e o relatório de cada preparação e implementação anteriores, com os respetivos detalhes.</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>A&amp;dministração</translation>
    </message>
    <message>
        <source>Platform Upgrade</source>
        <translation>Atualização da plataforma</translation>
    </message>
    <message>
        <source>Upgrade the environment to a newer platform version: install the system components, then prepare the modules.</source>
        <translation>Atualizar o ambiente para uma versão mais recente da plataforma: instalar os componentes do sistema e, em seguida, preparar os módulos.</translation>
    </message>
    <message>
        <source>Environment Health</source>
        <translation>Estado do ambiente</translation>
    </message>
    <message>
        <source>The engine&apos;s services, which operation holds which module lock, and which process holds a file that a publish needs.</source>
        <translation>Os serviços do motor, que operação detém cada bloqueio de módulo e que processo detém um ficheiro de que uma publicação necessita.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>The environment&apos;s settings, and Apply Settings to the factory.</source>
        <translation>As definições do ambiente e a aplicação das definições à fábrica (Apply Settings).</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Ambiente: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;About Open Service Center</source>
        <translation>&amp;Acerca do Open Service Center</translation>
    </message>
    <message>
        <source>Environment unavailable</source>
        <translation>Ambiente indisponível</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Plataforma %1</translation>
    </message>
    <message>
        <source>System components %1</source>
        <translation>Componentes do sistema %1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>About Open Service Center</source>
        <translation>Acerca do Open Service Center</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open Service Center %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An administration console for an application platform&apos;s environment: its modules, their publication, the platform upgrades and the logs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Open Service Center %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Uma consola de administração para o ambiente de uma plataforma de aplicações: os respetivos módulos, a sua publicação, as atualizações da plataforma e os registos.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>osc::ModuleDetailPage</name>
    <message>
        <source>The modules preparation has not compiled it yet.</source>
        <translation>A preparação dos módulos ainda não o compilou.</translation>
    </message>
    <message>
        <source>Its compilation failed during the modules preparation: see Compilations for the diagnostics.</source>
        <translation>A respetiva compilação falhou durante a preparação dos módulos: consulte Compilações para ver os diagnósticos.</translation>
    </message>
    <message>
        <source>The modules preparation skipped it because a producer failed.</source>
        <translation>A preparação dos módulos ignorou-o porque um produtor falhou.</translation>
    </message>
    <message>
        <source>The modules preparation skipped it because its producer ‘%1’ failed.</source>
        <translation>A preparação dos módulos ignorou-o porque o respetivo produtor ‘%1’ falhou.</translation>
    </message>
    <message>
        <source>The modules preparation did not run for this upgrade.</source>
        <translation>A preparação dos módulos não foi executada para esta atualização.</translation>
    </message>
    <message>
        <source>Back to Modules</source>
        <translation>Voltar aos módulos</translation>
    </message>
    <message>
        <source>Back to the list of modules (Alt+Left)</source>
        <translation>Voltar à lista de módulos (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>Loading module</source>
        <translation>A carregar o módulo</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Aplicação:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Running version:</source>
        <translation>Versão em execução:</translation>
    </message>
    <message>
        <source>Latest version:</source>
        <translation>Versão mais recente:</translation>
    </message>
    <message>
        <source>Version to publish</source>
        <translation>Versão a publicar</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>V&amp;ersão:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>A publicar</translation>
    </message>
    <message>
        <source>Publish diagnostics</source>
        <translation>Diagnósticos da publicação</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Producers and Consumers</source>
        <translation>Produtores e consumidores</translation>
    </message>
    <message>
        <source>Compilations</source>
        <translation>Compilações</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Implementação</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Carregada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>P&amp;roducers</source>
        <translation>P&amp;rodutores</translation>
    </message>
    <message>
        <source>Modules this module references.</source>
        <translation>Módulos que este módulo referencia.</translation>
    </message>
    <message>
        <source>This module references no other module.</source>
        <translation>Este módulo não referencia nenhum outro módulo.</translation>
    </message>
    <message>
        <source>C&amp;onsumers</source>
        <translation>C&amp;onsumidores</translation>
    </message>
    <message>
        <source>Modules that reference this module.</source>
        <translation>Módulos que referenciam este módulo.</translation>
    </message>
    <message>
        <source>No module references this module.</source>
        <translation>Nenhum módulo referencia este módulo.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Platform version:</source>
        <translation>Versão da plataforma:</translation>
    </message>
    <message>
        <source>Deployed:</source>
        <translation>Implementado:</translation>
    </message>
    <message>
        <source>Deployed by:</source>
        <translation>Implementado por:</translation>
    </message>
    <message>
        <source>Running folder:</source>
        <translation>Pasta de execução:</translation>
    </message>
    <message>
        <source>This module is not deployed: no version of it has been published with success.</source>
        <translation>Este módulo não está implementado: nenhuma das suas versões foi publicada com êxito.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Definição</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Valor predefinido</translation>
    </message>
    <message>
        <source>This module has no settings.</source>
        <translation>Este módulo não tem definições.</translation>
    </message>
    <message>
        <source>The module ‘%1’ could not be loaded.
%2</source>
        <translation>Não foi possível carregar o módulo ‘%1’.
%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>Não implementado</translation>
    </message>
    <message>
        <source>Blocked by producer ‘%1’.</source>
        <translation>Bloqueado pelo produtor ‘%1’.</translation>
    </message>
    <message>
        <source>Source SHA-256: %1</source>
        <translation>SHA-256 do código-fonte: %1</translation>
    </message>
    <message>
        <source>%1 (latest, running)</source>
        <translation>%1 (mais recente, em execução)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (mais recente)</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (em execução)</translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation>Versões (%1)</translation>
    </message>
    <message>
        <source>Producers (%1) and Consumers (%2)</source>
        <translation>Produtores (%1) e consumidores (%2)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Com êxito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Compilations (%1)</source>
        <translation>Compilações (%1)</translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation>Definições (%1)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>Dia&amp;gnósticos</translation>
    </message>
    <message>
        <source>This module has not been compiled yet.</source>
        <translation>Este módulo ainda não foi compilado.</translation>
    </message>
    <message>
        <source>&amp;Diagnostics of version %1 with platform %2:</source>
        <translation>Dia&amp;gnósticos da versão %1 com a plataforma %2:</translation>
    </message>
    <message>
        <source>Compiled with no diagnostics.</source>
        <translation>Compilado sem diagnósticos.</translation>
    </message>
    <message>
        <source>The compilation failed with no diagnostic.</source>
        <translation>A compilação falhou sem nenhum diagnóstico.</translation>
    </message>
    <message>
        <source>Publishing ‘%1’: wait for it to finish.</source>
        <translation>A publicar ‘%1’: aguarde até terminar.</translation>
    </message>
    <message>
        <source>Compile version %1 of ‘%2’ and deploy it (1-Click Publish)</source>
        <translation>Compilar a versão %1 de ‘%2’ e implementá-la (1-Click Publish)</translation>
    </message>
    <message>
        <source>Publishing version %1 of ‘%2’…</source>
        <translation>A publicar a versão %1 de ‘%2’…</translation>
    </message>
    <message>
        <source>Published version %1 of ‘%2’ in %3.</source>
        <translation>Versão %1 de ‘%2’ publicada em %3.</translation>
    </message>
    <message>
        <source>Publishing version %1 of ‘%2’ failed: %3</source>
        <translation>A publicação da versão %1 de ‘%2’ falhou: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n diagnostic(s):</source>
        <translation>
            <numerusform>%n diagnóstico:</numerusform>
            <numerusform>%n diagnósticos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osc::ModuleInterface</name>
    <message>
        <source>one of the keys %1</source>
        <translation>uma das chaves %1</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot;</source>
        <translation>a chave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object with the key &quot;%1&quot;</source>
        <translation>um objeto com a chave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an object without it</source>
        <translation>um objeto sem ela</translation>
    </message>
    <message>
        <source>an interface object</source>
        <translation>um objeto de interface</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>o formato %1</translation>
    </message>
    <message>
        <source>a module name</source>
        <translation>um nome de módulo</translation>
    </message>
    <message>
        <source>a platform version such as &quot;11.12.0&quot;</source>
        <translation>uma versão da plataforma como &quot;11.12.0&quot;</translation>
    </message>
    <message>
        <source>an array of elements</source>
        <translation>uma matriz de elementos</translation>
    </message>
    <message>
        <source>an element object</source>
        <translation>um objeto de elemento</translation>
    </message>
    <message>
        <source>an element name</source>
        <translation>um nome de elemento</translation>
    </message>
    <message>
        <source>each element name once</source>
        <translation>cada nome de elemento uma única vez</translation>
    </message>
    <message>
        <source>&quot;action&quot;, &quot;entity&quot; or &quot;structure&quot;</source>
        <translation>&quot;action&quot;, &quot;entity&quot; ou &quot;structure&quot;</translation>
    </message>
    <message>
        <source>a signature starting with &quot;%1&quot;</source>
        <translation>uma assinatura que comece por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The compilation folder &apos;%1&apos; has no interface.json.</source>
        <translation>A pasta de compilação &apos;%1&apos; não tem interface.json.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;.</source>
        <translation>Não é possível ler &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>osc::ModuleParser</name>
    <message>
        <source>Cannot read the module definition file %1: %2</source>
        <translation>Não é possível ler o ficheiro de definição do módulo %1: %2</translation>
    </message>
</context>
<context>
    <name>osc::ModulesModel</name>
    <message>
        <source>Not deployed</source>
        <translation>Não implementado</translation>
    </message>
    <message>
        <source>Never published</source>
        <translation>Nunca publicado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Mais recente</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>Última publicação</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Produtores</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumidores</translation>
    </message>
    <message>
        <source>The version deployed and running</source>
        <translation>A versão implementada e em execução</translation>
    </message>
    <message>
        <source>The highest uploaded version</source>
        <translation>A versão carregada mais alta</translation>
    </message>
    <message>
        <source>Modules this module references</source>
        <translation>Módulos que este módulo referencia</translation>
    </message>
    <message>
        <source>Modules that reference this module</source>
        <translation>Módulos que referenciam este módulo</translation>
    </message>
</context>
<context>
    <name>osc::ModulesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Search modules or applications</source>
        <translation>Pesquisar módulos ou aplicações</translation>
    </message>
    <message>
        <source>Search modules</source>
        <translation>Pesquisar módulos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Loading modules</source>
        <translation>A carregar módulos</translation>
    </message>
    <message>
        <source>Reload the modules from the environment (F5)</source>
        <translation>Recarregar os módulos a partir do ambiente (F5)</translation>
    </message>
    <message>
        <source>The modules could not be loaded: %1</source>
        <translation>Não foi possível carregar os módulos: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n module(s)</source>
        <translation>
            <numerusform>%1 de %n módulo</numerusform>
            <numerusform>%1 de %n módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading modules…</source>
        <translation>A carregar módulos…</translation>
    </message>
    <message>
        <source>Reading the factory from %1.</source>
        <translation>A ler a fábrica a partir de %1.</translation>
    </message>
    <message>
        <source>The modules could not be loaded</source>
        <translation>Não foi possível carregar os módulos</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Ainda não há módulos</translation>
    </message>
    <message>
        <source>This environment has no modules. Upload module definition files with “scctl import”, then publish them.</source>
        <translation>Este ambiente não tem módulos. Carregue ficheiros de definição de módulos com “scctl import” e, em seguida, publique-os.</translation>
    </message>
    <message>
        <source>No modules match</source>
        <translation>Nenhum módulo corresponde</translation>
    </message>
    <message>
        <source>No module has the status you selected.</source>
        <translation>Nenhum módulo tem o estado selecionado.</translation>
    </message>
    <message>
        <source>No module or application name contains “%1” with the status you selected.</source>
        <translation>Nenhum nome de módulo ou aplicação contém “%1” com o estado selecionado.</translation>
    </message>
    <message>
        <source>No module or application name contains “%1”.</source>
        <translation>Nenhum nome de módulo ou aplicação contém “%1”.</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
</context>
<context>
    <name>osc::PlaceholderPage</name>
    <message>
        <source>This screen is not available yet; it comes in a later release of Open Service Center.</source>
        <translation>Este ecrã ainda não está disponível; será incluído numa versão futura do Open Service Center.</translation>
    </message>
</context>
</TS>
