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
        <source>Cannot finish the deployment folder %1: %2</source>
        <translation>Não é possível concluir a pasta de implementação %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the running version of &apos;%1&apos; to %2: %3</source>
        <translation>Não é possível mudar a versão em execução de &apos;%1&apos; para %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation>Não é possível escrever %1: %2. Verifique o espaço livre em disco e as permissões da pasta.</translation>
    </message>
    <message>
        <source>Cannot remove the running version of &apos;%1&apos; (%2): %3</source>
        <translation>Não é possível remover a versão em execução de &apos;%1&apos; (%2): %3</translation>
    </message>
</context>
<context>
    <name>DeploymentEngine</name>
    <message>
        <source>The modules deployment is already running (execution %1, process %2 on %3). Follow it with &apos;scctl upgrades %1&apos;, or put it on hold with &apos;scctl hold&apos;.</source>
        <translation>A implementação dos módulos já está a decorrer (execução %1, processo %2 em %3). Acompanhe-a com &apos;scctl upgrades %1&apos; ou coloque-a em espera com &apos;scctl hold&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Resumes execution %1: %n module(s) still to deploy.</source>
        <translation>
            <numerusform>Retoma a execução %1: falta implementar %n módulo.</numerusform>
            <numerusform>Retoma a execução %1: faltam implementar %n módulos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to deploy for platform version %1: %n module(s) skipped (already deployed, not prepared, or failed to prepare).</source>
        <translation>
            <numerusform>Nada para implementar para a versão %1 da plataforma: %n módulo ignorado (já implementado, não preparado ou com falha na preparação).</numerusform>
            <numerusform>Nada para implementar para a versão %1 da plataforma: %n módulos ignorados (já implementados, não preparados ou com falha na preparação).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploys %n module(s): the ones execution %1 did not deploy (a new run deploys only what failed before).</source>
        <translation>
            <numerusform>Implementa %n módulo: o que a execução %1 não implementou (uma nova execução implementa apenas o que falhou antes).</numerusform>
            <numerusform>Implementa %n módulos: os que a execução %1 não implementou (uma nova execução implementa apenas o que falhou antes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploys %n module(s) prepared for platform version %1.</source>
        <translation>
            <numerusform>Implementa %n módulo preparado para a versão %1 da plataforma.</numerusform>
            <numerusform>Implementa %n módulos preparados para a versão %1 da plataforma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) skipped.</source>
        <translation>
            <numerusform>%n módulo ignorado.</numerusform>
            <numerusform>%n módulos ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform version %1 has no Deploy All (it comes with 11.19.0): publish the modules one at a time, or upgrade to 11.19.0 or later.</source>
        <translation>A versão %1 da plataforma não tem Deploy All (disponível a partir da 11.19.0): publique os módulos um de cada vez ou atualize para a 11.19.0 ou posterior.</translation>
    </message>
    <message>
        <source>The modules preparation (execution %1) is on hold: Deploy All deploys what it prepares. Resume it with &apos;scctl resume&apos; and let it finish, then deploy.</source>
        <translation>A preparação dos módulos (execução %1) está em espera: o Deploy All implementa o que esta prepara. Retome-a com &apos;scctl resume&apos;, aguarde até terminar e, em seguida, implemente.</translation>
    </message>
    <message>
        <source>The modules preparation (execution %1) is still running: Deploy All deploys what it prepares. Let it finish, then deploy.</source>
        <translation>A preparação dos módulos (execução %1) ainda está a decorrer: o Deploy All implementa o que esta prepara. Aguarde até terminar e, em seguida, implemente.</translation>
    </message>
    <message>
        <source>Its compilation for platform version %1 failed: fix the module and publish it, or prepare it again.</source>
        <translation>A respetiva compilação para a versão %1 da plataforma falhou: corrija o módulo e publique-o, ou prepare-o novamente.</translation>
    </message>
    <message>
        <source>Never published: there is nothing to deploy.</source>
        <translation>Nunca publicado: não há nada para implementar.</translation>
    </message>
    <message>
        <source>Not prepared for platform version %1: run the modules preparation, or publish it.</source>
        <translation>Não preparado para a versão %1 da plataforma: execute a preparação dos módulos ou publique-o.</translation>
    </message>
    <message>
        <source>Already deployed: it runs its latest compilation for platform version %1.</source>
        <translation>Já implementado: executa a respetiva compilação mais recente para a versão %1 da plataforma.</translation>
    </message>
    <message>
        <source>Prepared for platform version %1 and not deployed yet.</source>
        <translation>Preparado para a versão %1 da plataforma e ainda não implementado.</translation>
    </message>
    <message>
        <source>Not deployed by execution %1: deployed again.</source>
        <translation>Não foi implementado pela execução %1: volta a ser implementado.</translation>
    </message>
    <message>
        <source>Not part of this re-run, which deploys only what execution %1 did not deploy: run Deploy All again afterwards.</source>
        <translation>Não faz parte desta repetição, que implementa apenas o que a execução %1 não implementou: execute novamente o Deploy All depois.</translation>
    </message>
    <message>
        <source>Another process started or resumed the modules deployment at the same moment. Follow it with &apos;scctl upgrades&apos;.</source>
        <translation>Outro processo iniciou ou retomou a implementação dos módulos no mesmo momento. Acompanhe-a com &apos;scctl upgrades&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Resuming the modules deployment for platform version %1 (execution %2): %n module(s) to deploy with %3 workers.</source>
        <translation>
            <numerusform>A retomar a implementação dos módulos para a versão %1 da plataforma (execução %2): %n módulo a implementar com %3 implementações em paralelo.</numerusform>
            <numerusform>A retomar a implementação dos módulos para a versão %1 da plataforma (execução %2): %n módulos a implementar com %3 implementações em paralelo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploying %n module(s) for platform version %1 (execution %2) with %3 workers.</source>
        <translation>
            <numerusform>A implementar %n módulo para a versão %1 da plataforma (execução %2) com %3 implementações em paralelo.</numerusform>
            <numerusform>A implementar %n módulos para a versão %1 da plataforma (execução %2) com %3 implementações em paralelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The modules deployment is on hold: %1 of %2 modules done. Resume it with &apos;scctl resume&apos;.</source>
        <translation>A implementação dos módulos está em espera: %1 de %2 módulos concluídos. Retome-a com &apos;scctl resume&apos;.</translation>
    </message>
    <message>
        <source>There were errors deploying some modules.</source>
        <translation>Ocorreram erros ao implementar alguns módulos.</translation>
    </message>
    <message>
        <source>Nothing to deploy: every module prepared for platform version %1 is deployed already.</source>
        <translation>Nada para implementar: todos os módulos preparados para a versão %1 da plataforma já estão implementados.</translation>
    </message>
    <message numerus="yes">
        <source>Deploy All finished: %n module(s) deployed for platform version %1.</source>
        <translation>
            <numerusform>O Deploy All terminou: %n módulo implementado para a versão %1 da plataforma.</numerusform>
            <numerusform>O Deploy All terminou: %n módulos implementados para a versão %1 da plataforma.</numerusform>
        </translation>
    </message>
    <message>
        <source>It already ran this compilation (or a newer one) when its turn came: not deployed again.</source>
        <translation>Já executava esta compilação (ou uma mais recente) quando chegou a sua vez: não foi implementado novamente.</translation>
    </message>
    <message>
        <source>Deployed version %1 (compilation %2).</source>
        <translation>Versão %1 implementada (compilação %2).</translation>
    </message>
    <message>
        <source>Deploying &apos;%1&apos; version %2 failed: %3</source>
        <translation>A implementação de &apos;%1&apos; versão %2 falhou: %3</translation>
    </message>
    <message>
        <source>Deployed together with &apos;%1&apos; (a reference cycle), which failed.</source>
        <translation>Implementado em conjunto com &apos;%1&apos; (um ciclo de referências), que falhou.</translation>
    </message>
    <message>
        <source>Skipped: producer &apos;%1&apos; failed to deploy.</source>
        <translation>Ignorado: a implementação do produtor &apos;%1&apos; falhou.</translation>
    </message>
    <message>
        <source>There was an error deploying your modules.</source>
        <translation>Ocorreu um erro ao implementar os seus módulos.</translation>
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
    <message>
        <source>Module &apos;%1&apos; is named twice.</source>
        <translation>O módulo &apos;%1&apos; é indicado duas vezes.</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <translation>Publicação concluída: %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Módulo %1 eliminado.</translation>
    </message>
    <message>
        <source>Deleted %1; broken consumers: %2.</source>
        <translation>Módulo %1 eliminado; consumidores quebrados: %2.</translation>
    </message>
    <message>
        <source>Applied %1 to %2.</source>
        <translation>Definições %1 aplicadas ao módulo %2.</translation>
    </message>
    <message>
        <source>The environment now runs platform version %1, which this installation does not have.</source>
        <translation>O ambiente executa agora a versão %1 da plataforma, que esta instalação não tem.</translation>
    </message>
    <message>
        <source>Platform upgraded from %1 to %2 by %3; system components %4.</source>
        <translation>Plataforma atualizada de %1 para %2 por %3; componentes do sistema %4.</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalados</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>não instalados</translation>
    </message>
    <message>
        <source>System components %1 installed by %2.</source>
        <translation>Componentes do sistema %1 instalados por %2.</translation>
    </message>
    <message>
        <source>%1 asked to put the modules preparation (execution %2) on hold.</source>
        <translation>%1 pediu que a preparação dos módulos (execução %2) fosse colocada em espera.</translation>
    </message>
    <message>
        <source>No modules preparation or deployment is running: there is nothing to put on hold.</source>
        <translation>Não há nenhuma preparação nem implementação de módulos em execução: não há nada para colocar em espera.</translation>
    </message>
    <message>
        <source>%1 asked to put the modules deployment (execution %2) on hold.</source>
        <translation>%1 pediu que a implementação dos módulos (execução %2) fosse colocada em espera.</translation>
    </message>
    <message>
        <source>No modules preparation or deployment is on hold or interrupted for platform version %1: there is nothing to resume. &apos;scctl upgrade-published-applications&apos; starts a new preparation, &apos;scctl deploy-prepared-applications&apos; a new deployment.</source>
        <translation>Não há nenhuma preparação nem implementação de módulos em espera ou interrompida para a versão %1 da plataforma: não há nada para retomar. &apos;scctl upgrade-published-applications&apos; inicia uma nova preparação e &apos;scctl deploy-prepared-applications&apos; uma nova implementação.</translation>
    </message>
    <message>
        <source>%1 withdrew the hold of execution %2 before it took effect.</source>
        <translation>%1 retirou o pedido de colocação em espera da execução %2 antes de este produzir efeito.</translation>
    </message>
</context>
<context>
    <name>EnvironmentConfig</name>
    <message>
        <source>How long a module lock outlives its holder when the holder stops renewing it (killed or hung). Holders renew every third of it.</source>
        <translation>Durante quanto tempo um bloqueio de módulo sobrevive ao respetivo detentor quando este deixa de o renovar (terminado à força ou sem resposta). Os detentores renovam-no a cada terço deste tempo.</translation>
    </message>
    <message>
        <source>How long compile and deploy steps retry a file that another process keeps locked before they fail with FILE_IN_USE.</source>
        <translation>Durante quanto tempo os passos de compilação e de implementação voltam a tentar aceder a um ficheiro que outro processo mantém bloqueado antes de falharem com FILE_IN_USE.</translation>
    </message>
    <message>
        <source>An external compiler command with {module}, {source}, {output}, {platform} and {version} placeholders; empty for the built-in compiler.</source>
        <translation>Um comando de compilador externo com os marcadores de posição {module}, {source}, {output}, {platform} e {version}; vazio para utilizar o compilador incorporado.</translation>
    </message>
    <message>
        <source>How long the external compiler command may run for one module.</source>
        <translation>Durante quanto tempo o comando de compilador externo pode ser executado para um módulo.</translation>
    </message>
    <message>
        <source>Error Log and General log entries older than this many weeks are purged.</source>
        <translation>As entradas do Registo de erros e do Registo geral com mais do que este número de semanas são eliminadas.</translation>
    </message>
    <message>
        <source>Unknown environment setting &apos;%1&apos;. Settings: %2.</source>
        <translation>Definição de ambiente desconhecida &apos;%1&apos;. Definições: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2: give a number from %3 to %4.</source>
        <translation>&apos;%1&apos; não é um valor válido para %2: indique um número de %3 a %4.</translation>
    </message>
    <message>
        <source>How many modules the modules preparation compiles at once; 0 for one per processor core.</source>
        <translation>Quantos módulos a preparação dos módulos compila em simultâneo; 0 para um por núcleo do processador.</translation>
    </message>
</context>
<context>
    <name>EnvironmentHealth</name>
    <message>
        <source>%1 released the lock on &apos;%2&apos; module by hand (lease %3): the %4 started by %5 at %6 (process %7 on %8) was interrupted, its locks on %9 released, and fencing token %10 refuses its later writes.</source>
        <translation>%1 libertou manualmente o bloqueio do módulo &apos;%2&apos; (concessão %3): a operação %4 iniciada por %5 em %6 (processo %7 em %8) foi interrompida, os respetivos bloqueios em %9 foram libertados e o token de isolamento %10 recusa as escritas posteriores da mesma.</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inativa</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>A colocar em espera</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Modules preparation (execution %1)</source>
        <translation>Preparação dos módulos (execução %1)</translation>
    </message>
    <message>
        <source>Modules deployment (execution %1)</source>
        <translation>Implementação dos módulos (execução %1)</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>processo %1 em %2</translation>
    </message>
    <message>
        <source>Live, renewed %1 ago</source>
        <translation>Ativa, renovada há %1</translation>
    </message>
    <message>
        <source>Stale: not renewed for %1</source>
        <translation>Obsoleta: não renovada há %1</translation>
    </message>
    <message>
        <source>Stale: holder process gone</source>
        <translation>Obsoleta: o processo detentor já não existe</translation>
    </message>
    <message>
        <source>Stale: expired %1 ago</source>
        <translation>Obsoleta: expirou há %1</translation>
    </message>
    <message>
        <source>Its holder renewed the lease %1 ago: the operation is running.</source>
        <translation>O respetivo detentor renovou a concessão há %1: a operação está em execução.</translation>
    </message>
    <message>
        <source>Its holder has not renewed the lease for %1 (it renews it every third of its length): the process hangs, or is stopped or unreachable.</source>
        <translation>O respetivo detentor não renova a concessão há %1 (renova-a a cada terço da respetiva duração): o processo não responde, está parado ou está inacessível.</translation>
    </message>
    <message>
        <source>The process that holds it no longer runs on this machine: it was killed or crashed.</source>
        <translation>O processo que o detém já não está em execução nesta máquina: foi terminado à força ou falhou.</translation>
    </message>
    <message>
        <source>Its lease expired %1 ago; the next operation would release it too.</source>
        <translation>A respetiva concessão expirou há %1; a próxima operação também o libertaria.</translation>
    </message>
    <message>
        <source>a process this user cannot identify (%1)</source>
        <translation>um processo que este utilizador não consegue identificar (%1)</translation>
    </message>
    <message>
        <source>%1 (pid %2, %3)</source>
        <translation>%1 (pid %2, %3)</translation>
    </message>
    <message>
        <source>unnamed process</source>
        <translation>processo sem nome</translation>
    </message>
    <message>
        <source>%1 is on hold: no process runs it. Resume it from Factory &gt; Upgrades.</source>
        <translation>%1 está em espera: nenhum processo a executa. Retome-a em Fábrica &gt; Atualizações.</translation>
    </message>
    <message>
        <source>%1 stopped: %2 no longer holds its lease. Resume it from Factory &gt; Upgrades.</source>
        <translation>%1 parou: o %2 já não detém a respetiva concessão. Retome-a em Fábrica &gt; Atualizações.</translation>
    </message>
    <message>
        <source>%1 runs in %2, which does not respond: %3.</source>
        <translation>%1 está em execução no %2, que não responde: %3.</translation>
    </message>
    <message>
        <source>A hold was asked for: it finishes the modules being worked on.</source>
        <translation>Foi pedida a colocação em espera: os módulos em processamento são concluídos primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs in %2 (operation %3) with %n worker(s), %4 busy.</source>
        <translation>
            <numerusform>%1 está em execução no %2 (operação %3) com %n tarefa, %4 em uso.</numerusform>
            <numerusform>%1 está em execução no %2 (operação %3) com %n tarefas, %4 em uso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecutionReport</name>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>Cannot write the report of execution %1 to %2: %3. Choose a file in a folder that exists and that you can write to, and check the free disk space.</source>
        <translation>Não é possível escrever o relatório da execução %1 em %2: %3. Escolha um ficheiro numa pasta existente na qual tenha permissão de escrita e verifique o espaço livre em disco.</translation>
    </message>
</context>
<context>
    <name>ExecutionStore</name>
    <message>
        <source>No modules preparation is running: there is nothing to put on hold.</source>
        <translation>Não há nenhuma preparação dos módulos em execução: não há nada para colocar em espera.</translation>
    </message>
    <message>
        <source>No modules deployment is running: there is nothing to put on hold.</source>
        <translation>Não há nenhuma implementação de módulos em execução: não há nada para colocar em espera.</translation>
    </message>
    <message>
        <source>There is no execution %1. &apos;scctl upgrades&apos; lists them.</source>
        <translation>Não existe a execução %1. &apos;scctl upgrades&apos; lista as execuções.</translation>
    </message>
    <message>
        <source>The module results of execution %1 (batch %2 in table execution_module_batches of %3) are damaged and cannot be read. Restore the database from a backup.</source>
        <translation>Os resultados dos módulos da execução %1 (lote %2 na tabela execution_module_batches de %3) estão danificados e não podem ser lidos. Reponha a base de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message numerus="yes">
        <source>Execution %1 is no longer run by this operation: its lease expired while this process was not responding, and another process resumed the execution. The results of %n module(s) were not recorded; the other process runs them again.</source>
        <translation>
            <numerusform>A execução %1 já não é executada por esta operação: a sua concessão expirou enquanto este processo não respondia, e outro processo retomou a execução. Os resultados de %n módulo não foram registados; o outro processo volta a executá-lo.</numerusform>
            <numerusform>A execução %1 já não é executada por esta operação: a sua concessão expirou enquanto este processo não respondia, e outro processo retomou a execução. Os resultados de %n módulos não foram registados; o outro processo volta a executá-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>Execution %1 does not exist: it was deleted while it ran. Its module results were not recorded.</source>
        <translation>A execução %1 não existe: foi eliminada enquanto decorria. Os resultados dos respetivos módulos não foram registados.</translation>
    </message>
</context>
<context>
    <name>ExecutionText</name>
    <message>
        <source>Preparation</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Implementação</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Com êxito</translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation>Concluída com erros</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>A implementar</translation>
    </message>
    <message>
        <source>Compiling</source>
        <translation>A compilar</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Implementado</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
</context>
<context>
    <name>ExternalCompiler</name>
    <message>
        <source>The compiler command is empty.</source>
        <translation>O comando do compilador está vazio.</translation>
    </message>
    <message>
        <source>The compiler command &apos;%1&apos; uses unknown placeholders: %2. The known placeholders are %3.</source>
        <translation>O comando do compilador &apos;%1&apos; utiliza marcadores de posição desconhecidos: %2. Os marcadores de posição conhecidos são %3.</translation>
    </message>
    <message>
        <source>it was not found on PATH</source>
        <translation>não foi encontrado no PATH</translation>
    </message>
    <message>
        <source>it is a relative path; give an absolute path or a program name found on PATH</source>
        <translation>é um caminho relativo; indique um caminho absoluto ou o nome de um programa existente no PATH</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>não existe</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>não é um ficheiro</translation>
    </message>
    <message>
        <source>it is not executable</source>
        <translation>não é executável</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; could not start &apos;%2&apos; on platform version %3: %4.</source>
        <translation>O comando do compilador de &apos;%1&apos; não conseguiu iniciar &apos;%2&apos; na versão %3 da plataforma: %4.</translation>
    </message>
    <message>
        <source>The compiler program &apos;%1&apos; cannot be used: %2.</source>
        <translation>O programa do compilador &apos;%1&apos; não pode ser utilizado: %2.</translation>
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
        <source>Cannot create a working folder for the compiler command: %1.</source>
        <translation>Não é possível criar uma pasta de trabalho para o comando do compilador: %1.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; on %2: %3</source>
        <translation>Módulo &apos;%1&apos; em %2: %3</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 wrote more than %3 lines of output; only the first %3 are shown.</source>
        <translation>O comando do compilador de &apos;%1&apos; na versão %2 da plataforma escreveu mais de %3 linhas de saída; só são apresentadas as primeiras %3.</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; did not finish within %2 seconds on platform version %3 and was stopped.</source>
        <translation>O comando do compilador de &apos;%1&apos; não terminou no prazo de %2 segundos na versão %3 da plataforma e foi parado.</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; crashed on platform version %2.</source>
        <translation>O comando do compilador de &apos;%1&apos; terminou de forma anormal na versão %2 da plataforma.</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; exited with code %2 on platform version %3.</source>
        <translation>O comando do compilador de &apos;%1&apos; terminou com o código %2 na versão %3 da plataforma.</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 produced &apos;%3&apos;, a symbolic link with an absolute target, which would not survive moving the compilation into place.</source>
        <translation>O comando do compilador de &apos;%1&apos; na versão %2 da plataforma produziu &apos;%3&apos;, uma ligação simbólica com um destino absoluto, que deixaria de funcionar quando a compilação fosse movida para o local definitivo.</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 produced &apos;%3&apos;, a symbolic link that does not lead to a file inside its output folder.</source>
        <translation>O comando do compilador de &apos;%1&apos; na versão %2 da plataforma produziu &apos;%3&apos;, uma ligação simbólica que não aponta para um ficheiro dentro da respetiva pasta de saída.</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 produced &apos;%3&apos;, which is not a regular file.</source>
        <translation>O comando do compilador de &apos;%1&apos; na versão %2 da plataforma produziu &apos;%3&apos;, que não é um ficheiro normal.</translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 produced &apos;%3&apos;, which the compiler writes itself.</source>
        <translation>O comando do compilador de &apos;%1&apos; na versão %2 da plataforma produziu &apos;%3&apos;, que é escrito pelo próprio compilador.</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>Cannot open the file &apos;%1&apos;: %2.</source>
        <translation>Não é possível abrir o ficheiro &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Cannot lock the file &apos;%1&apos;: %2.</source>
        <translation>Não é possível bloquear o ficheiro &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Held by: process %1</source>
        <translation>Detido por: processo %1</translation>
    </message>
    <message>
        <source>Held by: process %1 (%2)</source>
        <translation>Detido por: processo %1 (%2)</translation>
    </message>
    <message>
        <source>Held by: a process this user cannot identify</source>
        <translation>Detido por: um processo que este utilizador não consegue identificar</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Ficheiro: %1</translation>
    </message>
    <message>
        <source>Exclude the environment&apos;s compilations and deployments folders (%1 and %2) from antivirus and backup scanning, or stop the process that holds the file, then try again.</source>
        <translation>Exclua as pastas de compilações e de implementações do ambiente (%1 e %2) da análise do antivírus e da cópia de segurança, ou pare o processo que detém o ficheiro, e tente novamente.</translation>
    </message>
    <message>
        <source>Exclude the folder %1 from antivirus and backup scanning, or stop the process that holds the file, then try again.</source>
        <translation>Exclua a pasta %1 da análise do antivírus e da cópia de segurança, ou pare o processo que detém o ficheiro, e tente novamente.</translation>
    </message>
    <message>
        <source>Cannot lock the file &apos;%1&apos;: file locks are not supported on this system.</source>
        <translation>Não é possível bloquear o ficheiro &apos;%1&apos;: os bloqueios de ficheiros não são suportados neste sistema.</translation>
    </message>
    <message>
        <source>Cannot read the folder &apos;%1&apos;: %2.</source>
        <translation>Não é possível ler a pasta &apos;%1&apos;: %2.</translation>
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
    <name>LockManager</name>
    <message>
        <source>Interrupted: process %1 on %2 stopped renewing its lease (it was killed or stopped responding). Its locks were released; nothing it left half-done is running.</source>
        <translation>Interrompida: o processo %1 em %2 deixou de renovar a respetiva concessão (foi terminado à força ou deixou de responder). Os respetivos bloqueios foram libertados; nada do que deixou a meio está em execução.</translation>
    </message>
    <message>
        <source>The %1 started by %2 at %3 lost its lock on &apos;%4&apos; module: its lease expired while this process was not responding, and another operation may have changed the module since. Nothing more was written. Check the module and run the operation again.</source>
        <translation>A operação %1 iniciada por %2 em %3 perdeu o bloqueio do módulo &apos;%4&apos;: a respetiva concessão expirou enquanto este processo não respondia, e outra operação pode ter alterado o módulo entretanto. Não foi escrito mais nada. Verifique o módulo e execute novamente a operação.</translation>
    </message>
    <message>
        <source>its lease was live</source>
        <translation>a respetiva concessão estava ativa</translation>
    </message>
    <message>
        <source>its holder had not renewed its lease for %1 s</source>
        <translation>o respetivo detentor não renovava a concessão há %1 s</translation>
    </message>
    <message>
        <source>its holder process no longer ran</source>
        <translation>o respetivo processo detentor já não estava em execução</translation>
    </message>
    <message>
        <source>its lease had expired</source>
        <translation>a respetiva concessão tinha expirado</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; is not locked: there is nothing to release.</source>
        <translation>O módulo &apos;%1&apos; não está bloqueado: não há nada para libertar.</translation>
    </message>
    <message>
        <source>The lock on &apos;%1&apos; module changed hands: it is now held by the %2 started by %3 at %4 (operation %5), not by operation %6. Nothing was released; look at the locks again.</source>
        <translation>O bloqueio do módulo &apos;%1&apos; mudou de detentor: é agora detido pela operação %2 iniciada por %3 em %4 (operação %5) e não pela operação %6. Nada foi libertado; consulte novamente os bloqueios.</translation>
    </message>
    <message>
        <source>The lock on &apos;%1&apos; module is live: the %2 started by %3 at %4 (operation %5) still runs in process %6 on %7, which renewed its lease %8 s ago. Releasing it interrupts that operation: its next write is refused, what it has not recorded yet is lost, and its modules may be left for the next publish to repair. Nothing was released.</source>
        <translation>O bloqueio do módulo &apos;%1&apos; está ativo: a operação %2 iniciada por %3 em %4 (operação %5) ainda está em execução no processo %6 em %7, que renovou a respetiva concessão há %8 s. Libertá-lo interrompe essa operação: a próxima escrita da mesma é recusada, o que ainda não registou perde-se e os respetivos módulos podem ficar por reparar até à próxima publicação. Nada foi libertado.</translation>
    </message>
    <message>
        <source>Interrupted: %1 released its locks by hand at %2 (%3; process %4 on %5). Its modules carry a new fencing token, so any later write of it is refused.</source>
        <translation>Interrompida: %1 libertou manualmente os respetivos bloqueios em %2 (%3; processo %4 em %5). Os respetivos módulos têm um novo token de isolamento, pelo que qualquer escrita posterior da operação é recusada.</translation>
    </message>
    <message>
        <source>The %1 started by %2 at %3 lost its lease: it expired while this process was not responding, and another operation may have taken over since. Nothing more was written. Run the operation again.</source>
        <translation>A operação %1 iniciada por %2 em %3 perdeu a sua concessão: expirou enquanto este processo não respondia, e outra operação pode ter assumido entretanto. Não foi escrito mais nada. Execute novamente a operação.</translation>
    </message>
    <message>
        <source>every module</source>
        <translation>todos os módulos</translation>
    </message>
    <message>
        <source>(the whole factory, still empty)</source>
        <translation>(toda a fábrica, ainda vazia)</translation>
    </message>
</context>
<context>
    <name>LogBatches</name>
    <message>
        <source>The batch of log entries from id %1 in table %2 of %3 is damaged and cannot be read. Restore the database from a backup.</source>
        <translation>O lote de entradas do registo a partir do id %1 na tabela %2 de %3 está danificado e não pode ser lido. Reponha a base de dados a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>Log entries could not be written to %1.</source>
        <translation>Não foi possível escrever as entradas do registo em %1.</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>Could not write the export to %1: %2</source>
        <translation>Não foi possível escrever a exportação em %1: %2</translation>
    </message>
</context>
<context>
    <name>LogStore</name>
    <message>
        <source>A log page holds from 1 to %1 entries; %2 were asked for.</source>
        <translation>Uma página do registo contém de 1 a %1 entradas; foram pedidas %2.</translation>
    </message>
    <message>
        <source>The log purge needs a valid cut-off time.</source>
        <translation>A limpeza do registo precisa de uma data-limite válida.</translation>
    </message>
    <message>
        <source>The log retention stored in %1 is unreadable (&apos;%2&apos;). Set it again.</source>
        <translation>A retenção do registo guardada em %1 é ilegível (&apos;%2&apos;). Defina-a novamente.</translation>
    </message>
    <message>
        <source>The log retention must be from %1 to %2 weeks; %3 is not allowed.</source>
        <translation>A retenção do registo tem de ser de %1 a %2 semanas; %3 não é permitido.</translation>
    </message>
    <message>
        <source>A page of log ids holds from 1 to %1 ids; %2 were asked for.</source>
        <translation>Uma página de ids do registo contém de 1 a %1 ids; foram pedidos %2.</translation>
    </message>
    <message>
        <source>The id span of a log filter is only read without a text filter.</source>
        <translation>O intervalo de ids de um filtro do registo só é lido sem um filtro de texto.</translation>
    </message>
</context>
<context>
    <name>LogWriter</name>
    <message>
        <source>The log writer of %1 has stopped.</source>
        <translation>O processo de escrita do registo de %1 parou.</translation>
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
    <message>
        <source>Producer module &apos;%1&apos; was deleted, and this module&apos;s running version references it. Import &apos;%1&apos; again, or publish a version of this module that no longer references it.</source>
        <translation>O módulo produtor &apos;%1&apos; foi eliminado e a versão em execução deste módulo referencia-o. Importe novamente &apos;%1&apos; ou publique uma versão deste módulo que já não o referencie.</translation>
    </message>
    <message>
        <source>A module named &apos;%1&apos; cannot be imported: a module name is a letter, then up to %2 letters, digits or &apos;_&apos;.</source>
        <translation>Um módulo chamado &apos;%1&apos; não pode ser importado: o nome de um módulo é uma letra seguida de até %2 letras, dígitos ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported: its producer &apos;%2&apos; is not a module name (a letter, then up to %3 letters, digits or &apos;_&apos;).</source>
        <translation>&apos;%1&apos; não pode ser importado: o seu produtor &apos;%2&apos; não é um nome de módulo (uma letra seguida de até %3 letras, dígitos ou &apos;_&apos;).</translation>
    </message>
</context>
<context>
    <name>ModuleRemover</name>
    <message numerus="yes">
        <source>Module &apos;%1&apos; was not deleted: %n module(s) reference it (%2). Deleting it would break them: publish them without their references to &apos;%1&apos; first, or delete it anyway and they will show as broken.</source>
        <translation>
            <numerusform>O módulo &apos;%1&apos; não foi eliminado: %n módulo referencia-o (%2). Eliminá-lo deixaria esse módulo quebrado: publique primeiro esse módulo sem as referências a &apos;%1&apos; ou elimine &apos;%1&apos; mesmo assim e esse módulo será apresentado como quebrado.</numerusform>
            <numerusform>O módulo &apos;%1&apos; não foi eliminado: %n módulos referenciam-no (%2). Eliminá-lo deixaria esses módulos quebrados: publique primeiro esses módulos sem as referências a &apos;%1&apos; ou elimine &apos;%1&apos; mesmo assim e esses módulos serão apresentados como quebrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;; it no longer runs.</source>
        <translation>O módulo &apos;%1&apos; foi eliminado; já não está em execução.</translation>
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
    <message>
        <source>Broken</source>
        <translation>Quebrado</translation>
    </message>
</context>
<context>
    <name>NameList</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>The operation ended unexpectedly.</source>
        <translation>A operação terminou inesperadamente.</translation>
    </message>
    <message>
        <source>The %1 started by %2 at %3 was about to write to &apos;%4&apos; module without holding its lock. Nothing was written. This is a defect: report it with this operation&apos;s General Log.</source>
        <translation>A operação %1 iniciada por %2 em %3 ia escrever no módulo &apos;%4&apos; sem ter o respetivo bloqueio. Não foi escrito nada. Trata-se de um defeito: comunique-o com o General Log desta operação.</translation>
    </message>
</context>
<context>
    <name>OperationJournal</name>
    <message>
        <source>%1 started by %2 on %3.</source>
        <translation>Operação %1 iniciada por %2 em %3.</translation>
    </message>
    <message>
        <source>Waiting for the lock: %1</source>
        <translation>A aguardar o bloqueio: %1</translation>
    </message>
    <message>
        <source>%1 started by %2 at %3 was interrupted: process %4 on %5 stopped renewing its lease. Its locks on %6 were released.</source>
        <translation>A operação %1 iniciada por %2 em %3 foi interrompida: o processo %4 em %5 deixou de renovar a respetiva concessão. Os bloqueios que detinha em %6 foram libertados.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>1-Click Publish</source>
        <translation>1-Click Publish</translation>
    </message>
    <message>
        <source>Solution publish</source>
        <translation>Publicação de solução</translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>Eliminação de módulo</translation>
    </message>
    <message>
        <source>Configuration update</source>
        <translation>Atualização de configuração</translation>
    </message>
    <message>
        <source>Modules upgrade</source>
        <translation>Atualização de módulos</translation>
    </message>
    <message>
        <source>Modules deployment</source>
        <translation>Implementação de módulos</translation>
    </message>
</context>
<context>
    <name>PlatformFeature</name>
    <message>
        <source>Modules preparation: an upgrade compiles every published module with the new version first</source>
        <translation>Preparação dos módulos: uma atualização compila primeiro todos os módulos publicados com a nova versão</translation>
    </message>
    <message>
        <source>Progressive preparation: only the modules being prepared are locked</source>
        <translation>Preparação progressiva: só os módulos em preparação ficam bloqueados</translation>
    </message>
    <message>
        <source>Deploy All: the prepared modules are deployed when you decide</source>
        <translation>Deploy All: os módulos preparados são implementados quando decidir</translation>
    </message>
</context>
<context>
    <name>PlatformUpgrader</name>
    <message>
        <source>The platform cannot be upgraded while modules are locked: the %1 started by %2 is locking &apos;%3&apos; module. Wait for it to finish, then upgrade.</source>
        <translation>Não é possível atualizar a plataforma enquanto houver módulos bloqueados: a operação %1 iniciada por %2 está a bloquear o módulo &apos;%3&apos;. Aguarde até terminar e, em seguida, atualize.</translation>
    </message>
    <message>
        <source>The platform cannot be upgraded while an upgrade step runs (execution %1, %2). Wait for it to finish, or put it on hold.</source>
        <translation>Não é possível atualizar a plataforma enquanto decorre um passo da atualização (execução %1, %2). Aguarde até terminar ou coloque-o em espera.</translation>
    </message>
    <message>
        <source>Superseded by a platform upgrade.</source>
        <translation>Substituída por uma atualização da plataforma.</translation>
    </message>
    <message>
        <source>Platform version %1 is not installed. Installed versions: %2.</source>
        <translation>A versão %1 da plataforma não está instalada. Versões instaladas: %2.</translation>
    </message>
    <message>
        <source>The environment already runs platform version %1. To prepare the modules again, run &apos;upgrade-published-applications&apos;.</source>
        <translation>O ambiente já executa a versão %1 da plataforma. Para preparar novamente os módulos, execute &apos;upgrade-published-applications&apos;.</translation>
    </message>
    <message>
        <source>Downgrades are refused: the environment runs platform version %1, newer than %2. Restore a backup taken before the upgrade instead.</source>
        <translation>Não é permitido reverter para uma versão anterior: o ambiente executa a versão %1 da plataforma, mais recente do que a %2. Em vez disso, restaure uma cópia de segurança feita antes da atualização.</translation>
    </message>
    <message>
        <source>The modules preparation was skipped: every module must be published again.</source>
        <translation>A preparação dos módulos foi ignorada: todos os módulos têm de ser publicados novamente.</translation>
    </message>
    <message>
        <source>An upgrade from platform version %1 does not prepare the modules: every module must be published again.</source>
        <translation>Uma atualização a partir da versão %1 da plataforma não prepara os módulos: todos os módulos têm de ser publicados novamente.</translation>
    </message>
    <message>
        <source>Platform version %1 has no modules preparation: every module must be published again.</source>
        <translation>A versão %1 da plataforma não tem preparação dos módulos: todos os módulos têm de ser publicados novamente.</translation>
    </message>
    <message>
        <source>Platform version %1 is not installed.</source>
        <translation>A versão %1 da plataforma não está instalada.</translation>
    </message>
</context>
<context>
    <name>PreparationEngine</name>
    <message>
        <source>Platform version %1 has no modules preparation (it comes with 11.12.0): publish the modules instead.</source>
        <translation>A versão %1 da plataforma não tem preparação dos módulos (disponível a partir da 11.12.0): em vez disso, publique os módulos.</translation>
    </message>
    <message>
        <source>The modules preparation was triggered before the system components of platform version %1 were installed (installed: %2, needed: %3). Run &apos;scctl install-system-components&apos;, then &apos;scctl upgrade-published-applications&apos;.</source>
        <translation>A preparação dos módulos foi acionada antes de os componentes do sistema da versão %1 da plataforma estarem instalados (instalados: %2, necessários: %3). Execute &apos;scctl install-system-components&apos; e, em seguida, &apos;scctl upgrade-published-applications&apos;.</translation>
    </message>
    <message>
        <source>The modules preparation is already running (execution %1, process %2 on %3). Follow it with &apos;scctl upgrades %1&apos;, or put it on hold with &apos;scctl hold&apos;.</source>
        <translation>A preparação dos módulos já está a decorrer (execução %1, processo %2 em %3). Acompanhe-a com &apos;scctl upgrades %1&apos; ou coloque-a em espera com &apos;scctl hold&apos;.</translation>
    </message>
    <message>
        <source>Another process started or resumed the modules preparation at the same moment. Follow it with &apos;scctl upgrades&apos;.</source>
        <translation>Outro processo iniciou ou retomou a preparação dos módulos no mesmo momento. Acompanhe-a com &apos;scctl upgrades&apos;.</translation>
    </message>
    <message>
        <source>Resuming the modules preparation for platform version %1 (execution %2) with %3 workers.</source>
        <translation>A retomar a preparação dos módulos para a versão %1 da plataforma (execução %2) com %3 compilações em paralelo.</translation>
    </message>
    <message>
        <source>Preparing %1 modules for platform version %2 (execution %3) with %4 workers.</source>
        <translation>A preparar %1 módulos para a versão %2 da plataforma (execução %3) com %4 compilações em paralelo.</translation>
    </message>
    <message>
        <source>Reference cycle: %1 are prepared together.</source>
        <translation>Ciclo de referências: %1 são preparados em conjunto.</translation>
    </message>
    <message>
        <source>The modules preparation is on hold: %1 of %2 modules done. Resume it with &apos;scctl resume&apos;.</source>
        <translation>A preparação dos módulos está em espera: %1 de %2 módulos concluídos. Retome-a com &apos;scctl resume&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The modules preparation finished: %n module(s) prepared for platform version %1. Publish them at your teams&apos; pace.</source>
        <translation>
            <numerusform>A preparação dos módulos terminou: %n módulo preparado para a versão %1 da plataforma. Publique-o ao ritmo das suas equipas.</numerusform>
            <numerusform>A preparação dos módulos terminou: %n módulos preparados para a versão %1 da plataforma. Publique-os ao ritmo das suas equipas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already published for this platform version during the preparation.</source>
        <translation>Já publicado para esta versão da plataforma durante a preparação.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing &apos;%1&apos; version %2 for platform version %3 failed: %n compilation error(s).</source>
        <translation>
            <numerusform>A preparação de &apos;%1&apos; versão %2 para a versão %3 da plataforma falhou: %n erro de compilação.</numerusform>
            <numerusform>A preparação de &apos;%1&apos; versão %2 para a versão %3 da plataforma falhou: %n erros de compilação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing &apos;%1&apos; version %2 for platform version %3 failed: it could not be compiled.</source>
        <translation>A preparação de &apos;%1&apos; versão %2 para a versão %3 da plataforma falhou: não foi possível compilá-lo.</translation>
    </message>
    <message>
        <source>Prepared together with &apos;%1&apos; (a reference cycle), which failed.</source>
        <translation>Preparado em conjunto com &apos;%1&apos; (um ciclo de referências), que falhou.</translation>
    </message>
    <message>
        <source>Skipped: producer &apos;%1&apos; failed to prepare.</source>
        <translation>Ignorado: a preparação do produtor &apos;%1&apos; falhou.</translation>
    </message>
</context>
<context>
    <name>PreparationGraph</name>
    <message>
        <source>A module to prepare has no name (position %1).</source>
        <translation>Um módulo a preparar não tem nome (posição %1).</translation>
    </message>
    <message>
        <source>The module %1 has a negative preparation weight.</source>
        <translation>O módulo %1 tem um peso de preparação negativo.</translation>
    </message>
    <message>
        <source>The module %1 is listed twice for preparation.</source>
        <translation>O módulo %1 está listado duas vezes para preparação.</translation>
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
    <message>
        <source>The Solution publish stopped: %1 No module of the solution was deployed.</source>
        <translation>A operação Publicação de solução parou: %1 Nenhum módulo da solução foi implementado.</translation>
    </message>
    <message>
        <source>%1 Already deployed by this Solution publish: %2. The other modules of the solution were not deployed.</source>
        <translation>%1 Módulos já implementados por esta Publicação de solução: %2. Os restantes módulos da solução não foram implementados.</translation>
    </message>
    <message>
        <source>Compiling &apos;%1&apos; version %2 for platform version %3.</source>
        <translation>A compilar &apos;%1&apos; versão %2 para a versão %3 da plataforma.</translation>
    </message>
    <message>
        <source>Compiled &apos;%1&apos; version %2 in %3 ms.</source>
        <translation>&apos;%1&apos; versão %2 compilado em %3 ms.</translation>
    </message>
    <message>
        <source>Deploying &apos;%1&apos; version %2.</source>
        <translation>A implementar &apos;%1&apos; versão %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; now runs version %2 (compilation %3).</source>
        <translation>&apos;%1&apos; executa agora a versão %2 (compilação %3).</translation>
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
    <message>
        <source>Measure how long the window&apos;s event loop stalls, and print the longest stall and its percentiles when quitting.</source>
        <translation>Medir durante quanto tempo o ciclo de eventos da janela fica bloqueado e, ao sair, mostrar o bloqueio mais longo e os respetivos percentis.</translation>
    </message>
    <message>
        <source>With --stall-probe: also write the report as JSON to FILE.</source>
        <translation>Com --stall-probe: escrever também o relatório em JSON no FICHEIRO.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHEIRO</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <source>No settings to apply to &apos;%1&apos;: give KEY=VALUE.</source>
        <translation>Não há definições para aplicar a &apos;%1&apos;: indique CHAVE=VALOR.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; has no settings.</source>
        <translation>O módulo &apos;%1&apos; não tem definições.</translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; has no setting &apos;%2&apos;. Its settings: %3.</source>
        <translation>O módulo &apos;%1&apos; não tem a definição &apos;%2&apos;. Definições do módulo: %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 value for setting &apos;%3&apos; of &apos;%4&apos;.</source>
        <translation>&apos;%1&apos; não é um valor %2 válido para a definição &apos;%3&apos; de &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Applied the settings of &apos;%1&apos;: %2.</source>
        <translation>Definições de &apos;%1&apos; aplicadas: %2.</translation>
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
    <message>
        <source>Cannot read the file &apos;%1&apos;: %2.</source>
        <translation>Não é possível ler o ficheiro &apos;%1&apos;: %2.</translation>
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
    <name>osc::EnvironmentHealthPage</name>
    <message>
        <source>Environment Health</source>
        <translation>Estado do ambiente</translation>
    </message>
    <message>
        <source>Engine workers</source>
        <translation>Tarefas do motor</translation>
    </message>
    <message>
        <source>Modules preparation (execution %1)</source>
        <translation>Preparação dos módulos (execução %1)</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Tarefa %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The engine is idle: no modules preparation or deployment is running.</source>
        <translation>O motor está inativo: não há nenhuma preparação nem implementação de módulos em execução.</translation>
    </message>
    <message>
        <source>Module locks</source>
        <translation>Bloqueios de módulos</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>No module is locked.</source>
        <translation>Nenhum módulo está bloqueado.</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Libertar…</translation>
    </message>
    <message>
        <source>Release the selected lock: interrupts the operation that holds it.</source>
        <translation>Libertar o bloqueio selecionado: interrompe a operação que o detém.</translation>
    </message>
    <message>
        <source>Files held by other processes</source>
        <translation>Ficheiros detidos por outros processos</translation>
    </message>
    <message>
        <source>Processes holding a lock on a file in %1 and %2: a publish or a deployment that needs the file waits for it, then fails with the name of the process.</source>
        <translation>Processos que detêm um bloqueio num ficheiro em %1 e %2: uma publicação ou implementação que precise do ficheiro aguarda por ele e, em seguida, falha com o nome do processo.</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation>Compilação</translation>
    </message>
    <message>
        <source>No other process holds a file in the compilations or deployments folders.</source>
        <translation>Nenhum outro processo detém um ficheiro nas pastas de compilações ou de implementações.</translation>
    </message>
    <message>
        <source>Reading the environment…</source>
        <translation>A ler o ambiente…</translation>
    </message>
    <message>
        <source>No upgrade step is running.</source>
        <translation>Não há nenhum passo da atualização em execução.</translation>
    </message>
    <message>
        <source>Leases last %1 and are renewed every third of it.</source>
        <translation>As concessões duram %1 e são renovadas a cada terço deste tempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) locked</source>
        <translation>
            <numerusform>%n módulo bloqueado</numerusform>
            <numerusform>%n módulos bloqueados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a stale lease: its holder stopped renewing it or is gone.</source>
        <translation>
            <numerusform>, %n com uma concessão obsoleta: o respetivo detentor deixou de a renovar ou já não existe.</numerusform>
            <numerusform>, %n com concessões obsoletas: os respetivos detentores deixaram de as renovar ou já não existem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read at %1 · every %2</source>
        <translation>Lido em %1 · a cada %2</translation>
    </message>
    <message>
        <source>The environment cannot be read.</source>
        <translation>Não é possível ler o ambiente.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>A ler…</translation>
    </message>
    <message>
        <source>Last looked at %1 (it took %2).</source>
        <translation>Última verificação às %1 (demorou %2).</translation>
    </message>
    <message>
        <source>The folders were not scanned.</source>
        <translation>As pastas não foram analisadas.</translation>
    </message>
    <message>
        <source>Releasing the lock…</source>
        <translation>A libertar o bloqueio…</translation>
    </message>
    <message>
        <source>Select a lock to release it.</source>
        <translation>Selecione um bloqueio para o libertar.</translation>
    </message>
    <message>
        <source>The lock on &apos;%1&apos; is stale. %2</source>
        <translation>O bloqueio de &apos;%1&apos; está obsoleto. %2</translation>
    </message>
    <message>
        <source>The operation holding &apos;%1&apos; is running: release it only if it is stuck.</source>
        <translation>A operação que detém &apos;%1&apos; está em execução: liberte o bloqueio apenas se a operação estiver encravada.</translation>
    </message>
    <message numerus="yes">
        <source>Released the lock on &apos;%1&apos;: %2 #%3 was interrupted and %n module(s) freed.</source>
        <translation>
            <numerusform>Bloqueio de &apos;%1&apos; libertado: a operação %2 #%3 foi interrompida e %n módulo foi libertado.</numerusform>
            <numerusform>Bloqueio de &apos;%1&apos; libertado: a operação %2 #%3 foi interrompida e %n módulos foram libertados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release Lock</source>
        <translation>Libertar bloqueio</translation>
    </message>
    <message>
        <source>The lock was not released.</source>
        <translation>O bloqueio não foi libertado.</translation>
    </message>
</context>
<context>
    <name>osc::ErrorEntryDialog</name>
    <message>
        <source>Error Log Entry</source>
        <translation>Entrada do Registo de erros</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Error Log Entry %1</source>
        <translation>Entrada %1 do Registo de erros</translation>
    </message>
    <message>
        <source>Module %1 (version %2)</source>
        <translation>Módulo %1 (versão %2)</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>passo %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Módulo %1</translation>
    </message>
    <message>
        <source>Show in the &amp;Error Log</source>
        <translation>Mostrar no &amp;Registo de erros</translation>
    </message>
    <message>
        <source>Monitoring &gt; Errors, on this entry: with the entries around it and its filters.</source>
        <translation>Monitorização &gt; Erros, nesta entrada: com as entradas à volta dela e os respetivos filtros.</translation>
    </message>
</context>
<context>
    <name>osc::ExecutionChartsWidget</name>
    <message>
        <source>Time since start (s)</source>
        <translation>Tempo desde o início (s)</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Tempo desde o início</translation>
    </message>
    <message>
        <source>Modules done over time</source>
        <translation>Módulos concluídos ao longo do tempo</translation>
    </message>
    <message>
        <source>Workers&apos; timeline</source>
        <translation>Cronologia das tarefas</translation>
    </message>
    <message>
        <source>Modules done</source>
        <translation>Módulos concluídos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <source>Projection (ETA)</source>
        <translation>Projeção (fim previsto)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>This execution has no modules.</source>
        <translation>Esta execução não tem módulos.</translation>
    </message>
    <message>
        <source>No module has run yet.</source>
        <translation>Ainda não foi executado nenhum módulo.</translation>
    </message>
    <message>
        <source>Done: %1 of %2</source>
        <translation>Concluídos: %1 de %2</translation>
    </message>
    <message>
        <source>Projection: about %1 left</source>
        <translation>Projeção: falta cerca de %1</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Caminho crítico</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>No caminho crítico</translation>
    </message>
</context>
<context>
    <name>osc::ExecutionDetailDialog</name>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Platform version:</source>
        <translation>Versão da plataforma:</translation>
    </message>
    <message>
        <source>Started by:</source>
        <translation>Iniciada por:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Tarefas em paralelo:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Fim:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Módulos:</translation>
    </message>
    <message>
        <source>Newly fixed:</source>
        <translation>Agora corrigidos:</translation>
    </message>
    <message>
        <source>Still failing:</source>
        <translation>Ainda com falhas:</translation>
    </message>
    <message>
        <source>Newly failing:</source>
        <translation>Novas falhas:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Show modules in state</source>
        <translation>Mostrar módulos no estado</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Modules of the execution</source>
        <translation>Módulos da execução</translation>
    </message>
    <message>
        <source>No module matches this state.</source>
        <translation>Nenhum módulo corresponde a este estado.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save this execution and its modules as CSV or JSON.</source>
        <translation>Guardar esta execução e os respetivos módulos como CSV ou JSON.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Execution %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>%1 %2 – Execution Details</source>
        <translation>%1 %2 – Detalhes da execução</translation>
    </message>
    <message>
        <source>Modules deployment · execution %1</source>
        <translation>Implementação dos módulos · execução %1</translation>
    </message>
    <message>
        <source>Modules preparation · execution %1</source>
        <translation>Preparação dos módulos · execução %1</translation>
    </message>
    <message>
        <source>Running in process %1 on %2.</source>
        <translation>Em execução no processo %1 em %2.</translation>
    </message>
    <message>
        <source>Stopped: the process running it ended. Resume continues where it stopped.</source>
        <translation>Parada: o processo que a executava terminou. Retomar continua a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>On hold. Resume continues where it stopped.</source>
        <translation>Em espera. Retomar continua a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>%1 (asked to hold)</source>
        <translation>%1 (colocação em espera pedida)</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Não terminada</translation>
    </message>
    <message>
        <source>None: a first run</source>
        <translation>Nenhuma: é uma primeira execução</translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <translation>implementados: %1</translation>
    </message>
    <message>
        <source>%1 prepared</source>
        <translation>preparados: %1</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>total: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>falhados: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>ignorados: %1</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>pendentes: %1</translation>
    </message>
    <message>
        <source>Reference cycles (their modules run together): %1</source>
        <translation>Ciclos de referências (os respetivos módulos são executados em conjunto): %1</translation>
    </message>
    <message>
        <source>Changes since execution %1</source>
        <translation>Alterações desde a execução %1</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos os módulos</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n module(s)</source>
        <translation>
            <numerusform>%1 de %n módulo</numerusform>
            <numerusform>%1 de %n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>This execution has no modules.</source>
        <translation>Esta execução não tem módulos.</translation>
    </message>
    <message>
        <source>No module of this execution is in this state.</source>
        <translation>Nenhum módulo desta execução está neste estado.</translation>
    </message>
    <message>
        <source>The execution has not been read yet.</source>
        <translation>A execução ainda não foi lida.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Execution Report</source>
        <translation>Exportar relatório da execução</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Relatório não exportado</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado para %1.</translation>
    </message>
    <message>
        <source>Previous run:</source>
        <translation>Execução anterior:</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#&quot;&gt;Execution %1&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#&quot;&gt;Execução %1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Double-click a failed module for its Error Log entry, a skipped one for the producer that caused it.</source>
        <translation>Faça duplo clique num módulo falhado para ver a respetiva entrada do Registo de erros, ou num ignorado para ver o produtor que o causou.</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>Mó&amp;dulos</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>No Error Log entry for %1.</source>
        <translation>Não há nenhuma entrada do Registo de erros para %1.</translation>
    </message>
    <message>
        <source>This module&apos;s failure was not written to the Error Log: its reason in the table is all there is.</source>
        <translation>A falha deste módulo não foi escrita no Registo de erros: o motivo indicado na tabela é tudo o que existe.</translation>
    </message>
    <message>
        <source>Error Log entry %1 is no longer in the Error Log.</source>
        <translation>A entrada %1 do Registo de erros já não está no Registo de erros.</translation>
    </message>
    <message>
        <source>Entries are removed when the Error Log is purged.</source>
        <translation>As entradas são removidas quando o Registo de erros é limpo.</translation>
    </message>
</context>
<context>
    <name>osc::ExecutionModulesModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Error Log entry %1</source>
        <translation>Entrada %1 do Registo de erros</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqueado por</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Error Log</source>
        <translation>Registo de erros</translation>
    </message>
</context>
<context>
    <name>osc::ExecutionsModel</name>
    <message>
        <source>Not ended</source>
        <translation>Não terminada</translation>
    </message>
    <message>
        <source>Running in process %1 on %2</source>
        <translation>Em execução no processo %1 em %2</translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation>A colocar em espera…</translation>
    </message>
    <message>
        <source>Execution number</source>
        <translation>Número da execução</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Com êxito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorados</translation>
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
    <name>osc::LockHealthModel</name>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 started by %2 at %3 holds &apos;%4&apos;. %5</source>
        <translation>A operação %1 iniciada por %2 em %3 detém &apos;%4&apos;. %5</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>Detido há</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Detentor</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Concessão</translation>
    </message>
    <message>
        <source>Lease expires</source>
        <translation>Expiração da concessão</translation>
    </message>
</context>
<context>
    <name>osc::LockRefusalDialog</name>
    <message>
        <source>Module Locked</source>
        <translation>Módulo bloqueado</translation>
    </message>
    <message>
        <source>Lock holder:</source>
        <translation>Detentor do bloqueio:</translation>
    </message>
    <message>
        <source>Wait and run when free runs it as soon as the module is released (you can cancel the wait). Try again asks once more now.</source>
        <translation>Aguardar e executar quando livre executa a operação assim que o módulo for libertado (pode cancelar a espera). Tentar novamente volta a pedir agora.</translation>
    </message>
    <message>
        <source>&amp;Wait and Run When Free</source>
        <translation>&amp;Aguardar e executar quando livre</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Try again when the operation that locks the module has ended.</source>
        <translation>Tente novamente quando a operação que bloqueia o módulo tiver terminado.</translation>
    </message>
</context>
<context>
    <name>osc::LockWaitDialog</name>
    <message>
        <source>Waiting for a Module</source>
        <translation>A aguardar um módulo</translation>
    </message>
    <message>
        <source>Waiting for ‘%1’…</source>
        <translation>A aguardar ‘%1’…</translation>
    </message>
    <message>
        <source>It runs as soon as the operation that locks the module ends.</source>
        <translation>É executada assim que terminar a operação que bloqueia o módulo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting; nothing is changed</source>
        <translation>Parar de aguardar; nada é alterado</translation>
    </message>
</context>
<context>
    <name>osc::LockedFilesModel</name>
    <message>
        <source>Compilation</source>
        <translation>Compilação</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Implementação</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Detido por</translation>
    </message>
</context>
<context>
    <name>osc::LogDetailView</name>
    <message>
        <source>Entry detail</source>
        <translation>Detalhe da entrada</translation>
    </message>
    <message>
        <source>Select an entry to see every field.</source>
        <translation>Selecione uma entrada para ver todos os campos.</translation>
    </message>
    <message>
        <source>%1 (operation %2)</source>
        <translation>%1 (operação %2)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Instante</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation>, versão %1</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Id do processo</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Platform version</source>
        <translation>Versão da plataforma</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Detido por</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Show the failure of producer %1</source>
        <translation>Mostrar a falha do produtor %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
</context>
<context>
    <name>osc::LogFilterBar</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Repor</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tempo</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer altura</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 dias</translation>
    </message>
    <message>
        <source>Since…</source>
        <translation>Desde…</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Module name</source>
        <translation>Nome do módulo</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Qualquer operação</translation>
    </message>
    <message>
        <source>Operation id</source>
        <translation>Id da operação</translation>
    </message>
    <message>
        <source>Search words in messages and details</source>
        <translation>Pesquisar palavras nas mensagens e nos detalhes</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto a pesquisar</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Limpar todos os filtros</translation>
    </message>
</context>
<context>
    <name>osc::LogGroupsModel</name>
    <message>
        <source>%1+ modules</source>
        <translation>%1+ módulos</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Mais recente: %1</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primeira ocorrência</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última ocorrência</translation>
    </message>
    <message>
        <source>Message (what varies shown as # and …)</source>
        <translation>Mensagem (o que varia é apresentado como # e …)</translation>
    </message>
</context>
<context>
    <name>osc::LogPage</name>
    <message>
        <source>Error Log</source>
        <translation>Registo de erros</translation>
    </message>
    <message>
        <source>&amp;Group by cause</source>
        <translation>A&amp;grupar por causa</translation>
    </message>
    <message>
        <source>Group the entries that share a message (numbers, quoted names and paths aside), with their count, first and last time seen</source>
        <translation>Agrupar as entradas que partilham uma mensagem (à exceção de números, nomes entre aspas e caminhos), com a respetiva contagem e a primeira e a última ocorrência</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exportar para CSV…</translation>
    </message>
    <message>
        <source>Export to JSON…</source>
        <translation>Exportar para JSON…</translation>
    </message>
    <message>
        <source>Write the entries of the current filter to a file</source>
        <translation>Escrever as entradas do filtro atual num ficheiro</translation>
    </message>
    <message>
        <source>Error Log entries</source>
        <translation>Entradas do Registo de erros</translation>
    </message>
    <message>
        <source>General log entries</source>
        <translation>Entradas do Registo geral</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Entries grouped by cause</source>
        <translation>Entradas agrupadas por causa</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Grouping the entries by cause… %1 read</source>
        <translation>A agrupar as entradas por causa… %1 lidas</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Não foi possível ler o registo: %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>A ler o registo…</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Nenhuma entrada corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>The Error Log is empty.</source>
        <translation>O Registo de erros está vazio.</translation>
    </message>
    <message>
        <source>The General log is empty.</source>
        <translation>O Registo geral está vazio.</translation>
    </message>
    <message>
        <source>Select an entry to see every field.</source>
        <translation>Selecione uma entrada para ver todos os campos.</translation>
    </message>
    <message>
        <source>Entry %1 is not in the log: retention has removed it, or it was never written.</source>
        <translation>A entrada %1 não está no registo: foi removida pela retenção ou nunca foi escrita.</translation>
    </message>
    <message>
        <source>The Error Log holds no failure of that producer before this entry.</source>
        <translation>O Registo de erros não contém nenhuma falha desse produtor anterior a esta entrada.</translation>
    </message>
    <message>
        <source>The newest entry of this group is no longer in the log.</source>
        <translation>A entrada mais recente deste grupo já não está no registo.</translation>
    </message>
    <message>
        <source>Grouping the entries by cause…</source>
        <translation>A agrupar as entradas por causa…</translation>
    </message>
    <message>
        <source>Select a group to see its newest entry.</source>
        <translation>Selecione um grupo para ver a respetiva entrada mais recente.</translation>
    </message>
    <message>
        <source>Grouping cancelled.</source>
        <translation>Agrupamento cancelado.</translation>
    </message>
    <message>
        <source>The entries could not be grouped: %1</source>
        <translation>Não foi possível agrupar as entradas: %1</translation>
    </message>
    <message>
        <source>No entry to group.</source>
        <translation>Não há entradas para agrupar.</translation>
    </message>
    <message>
        <source>Export the entries</source>
        <translation>Exportar as entradas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ficheiros JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>A exportar para %1…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportação cancelada: nada foi escrito.</translation>
    </message>
    <message>
        <source>Reading execution %1…</source>
        <translation>A ler a execução %1…</translation>
    </message>
    <message>
        <source>Modules preparation</source>
        <translation>Preparação dos módulos</translation>
    </message>
    <message>
        <source>Modules deployment</source>
        <translation>Implementação dos módulos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;, started %3: %4 failed, %5 skipped. Showing its errors; Reset shows every entry.</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;, iniciada em %3: %4 falhados, %5 ignorados. A mostrar os respetivos erros; Repor mostra todas as entradas.</translation>
    </message>
    <message>
        <source>%1 was skipped because its producer %2 failed</source>
        <translation>%1 foi ignorado porque o respetivo produtor %2 falhou</translation>
    </message>
    <message>
        <source>show that failure</source>
        <translation>mostrar essa falha</translation>
    </message>
    <message>
        <source> (no Error Log entry).</source>
        <translation> (sem entrada no Registo de erros).</translation>
    </message>
    <message numerus="yes">
        <source>and %n more skipped module(s).</source>
        <translation>
            <numerusform>e mais %n módulo ignorado.</numerusform>
            <numerusform>e mais %n módulos ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Position in the log</source>
        <translation>Posição no registo</translation>
    </message>
    <message>
        <source>General log</source>
        <translation>Registo geral</translation>
    </message>
    <message numerus="yes">
        <source>Exporting to %1… %Ln entry(ies) written</source>
        <translation>
            <numerusform>A exportar para %1… %Ln entrada escrita</numerusform>
            <numerusform>A exportar para %1… %Ln entradas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting… %Ln matching entry(ies) so far</source>
        <translation>
            <numerusform>A contar… %Ln entrada correspondente até agora</numerusform>
            <numerusform>A contar… %Ln entradas correspondentes até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entry(ies)</source>
        <translation>
            <numerusform>%Ln entrada correspondente</numerusform>
            <numerusform>%Ln entradas correspondentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 among %2. Activate a group to see its newest entry in the list.</source>
        <extracomment>%1 is &quot;&lt;n&gt; cause(s)&quot;, %2 is &quot;&lt;n&gt; entry(ies)&quot;</extracomment>
        <translation>%1 em %2. Ative um grupo para ver a respetiva entrada mais recente na lista.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cause(s)</source>
        <translation>
            <numerusform>%Ln causa</numerusform>
            <numerusform>%Ln causas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(ies) to %1.</source>
        <translation>
            <numerusform>%Ln entrada exportada para %1.</numerusform>
            <numerusform>%Ln entradas exportadas para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osc::LogTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>Instante</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Atualizações</translation>
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
        <source>Environment Health</source>
        <translation>Estado do ambiente</translation>
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
    <message>
        <source>Quit Open Service Center</source>
        <translation>Sair do Open Service Center</translation>
    </message>
    <message>
        <source>The modules preparation is running in this window.</source>
        <translation>A preparação dos módulos está em execução nesta janela.</translation>
    </message>
    <message>
        <source>Quitting puts it on hold: the modules being compiled finish first, then it stops and releases its locks. Resume it later from Administration &gt; Platform Upgrade, or with &apos;scctl resume&apos;.</source>
        <translation>Ao sair, a preparação é colocada em espera: os módulos em compilação terminam primeiro; depois, a preparação fica parada e liberta os respetivos bloqueios. Retome-a mais tarde em Administração &gt; Atualização da plataforma ou com &apos;scctl resume&apos;.</translation>
    </message>
    <message>
        <source>&amp;Hold and Quit</source>
        <translation>Colocar em &amp;espera e sair</translation>
    </message>
    <message>
        <source>Keep &amp;Running</source>
        <translation>&amp;Continuar em execução</translation>
    </message>
    <message>
        <source>The modules deployment is running in this window.</source>
        <translation>A implementação dos módulos está em execução nesta janela.</translation>
    </message>
    <message>
        <source>Quitting puts it on hold: the modules being deployed finish first, then it stops and releases its locks. Resume it later from Factory &gt; Upgrades, or with &apos;scctl resume&apos;.</source>
        <translation>Ao sair, a implementação é colocada em espera: os módulos em implementação terminam primeiro; depois, a implementação fica parada e liberta os respetivos bloqueios. Retome-a mais tarde em Fábrica &gt; Atualizações ou com &apos;scctl resume&apos;.</translation>
    </message>
    <message>
        <source>Open Service Center</source>
        <translation>Open Service Center</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Mais detalhes</translation>
    </message>
    <message>
        <source>More details about the upgrade step</source>
        <translation>Mais detalhes sobre o passo da atualização</translation>
    </message>
    <message>
        <source>%1
%2% — %3</source>
        <translation>%1
%2% — %3</translation>
    </message>
    <message>
        <source>Modules preparation ended</source>
        <translation>A preparação dos módulos terminou</translation>
    </message>
    <message>
        <source>Modules deployment ended</source>
        <translation>A implementação dos módulos terminou</translation>
    </message>
    <message>
        <source>%1% — %2 — %3</source>
        <translation>%1% — %2 — %3</translation>
    </message>
    <message>
        <source>General log</source>
        <translation>Registo geral</translation>
    </message>
    <message>
        <source>Fa&amp;ctory</source>
        <translation>Fá&amp;brica</translation>
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
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
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
        <source>Compile version %1 of ‘%2’ and deploy it (1-Click Publish)</source>
        <translation>Compilar a versão %1 de ‘%2’ e implementá-la (1-Click Publish)</translation>
    </message>
    <message numerus="yes">
        <source>%n diagnostic(s):</source>
        <translation>
            <numerusform>%n diagnóstico:</numerusform>
            <numerusform>%n diagnósticos:</numerusform>
        </translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Diagnostics of the last operation</source>
        <translation>Diagnósticos da última operação</translation>
    </message>
    <message>
        <source>The values the module runs with. Applying changed values redeploys the module with them (a Configuration update).</source>
        <translation>Os valores com que o módulo é executado. Aplicar valores alterados volta a implementar o módulo com esses valores (uma Atualização de configuração).</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>Rever&amp;ter</translation>
    </message>
    <message>
        <source>Put back the values the module runs with</source>
        <translation>Repor os valores com que o módulo é executado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Changed; it runs with ‘%1’</source>
        <translation>Alterado; é executado com ‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied</source>
        <translation>
            <numerusform>%n alteração não aplicada</numerusform>
            <numerusform>%n alterações não aplicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the settings: wait for it to finish.</source>
        <translation>A aplicar as definições: aguarde até terminar.</translation>
    </message>
    <message>
        <source>Change a value to apply it</source>
        <translation>Altere um valor para o aplicar</translation>
    </message>
    <message>
        <source>Redeploy ‘%1’ with the changed values</source>
        <translation>Voltar a implementar ‘%1’ com os valores alterados</translation>
    </message>
    <message>
        <source>An operation is in progress: wait for it to end.</source>
        <translation>Está em curso uma operação: aguarde até terminar.</translation>
    </message>
    <message>
        <source>%1 Wait for it to end.</source>
        <translation>%1 Aguarde até terminar.</translation>
    </message>
    <message>
        <source>Delete ‘%1’: it stops running; you are asked to confirm</source>
        <translation>Eliminar ‘%1’: deixa de estar em execução; é-lhe pedida confirmação</translation>
    </message>
    <message>
        <source>Versio&amp;n:</source>
        <translation>V&amp;ersão:</translation>
    </message>
    <message>
        <source>Apply &amp;Settings</source>
        <translation>Apli&amp;car definições</translation>
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
    <name>osc::ModuleOperations</name>
    <message>
        <source>Waiting for ‘%1’…</source>
        <translation>A aguardar ‘%1’…</translation>
    </message>
    <message>
        <source>Publishing version %1 of ‘%2’…</source>
        <translation>A publicar a versão %1 de ‘%2’…</translation>
    </message>
    <message>
        <source>Publishing ‘%1’…</source>
        <translation>A publicar ‘%1’…</translation>
    </message>
    <message>
        <source>Deleting ‘%1’…</source>
        <translation>A eliminar ‘%1’…</translation>
    </message>
    <message>
        <source>Applying settings to ‘%1’…</source>
        <translation>A aplicar definições a ‘%1’…</translation>
    </message>
    <message>
        <source>Delete Module</source>
        <translation>Eliminar módulo</translation>
    </message>
    <message>
        <source>Delete the module ‘%1’?</source>
        <translation>Eliminar o módulo ‘%1’?</translation>
    </message>
    <message>
        <source>It stops running and its deployed files are removed. Its history stays in the logs, and it can be imported and published again later.</source>
        <translation>Deixa de estar em execução e os respetivos ficheiros implementados são removidos. O histórico permanece nos registos, e o módulo pode ser importado e publicado novamente mais tarde.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>‘%1’ is locked by the %2 started by %3 at %4 (process %5 on %6).</source>
        <translation>‘%1’ está bloqueado pela operação %2 iniciada por %3 em %4 (processo %5 em %6).</translation>
    </message>
    <message>
        <source>Published version %1 of ‘%2’ in %3.</source>
        <translation>Versão %1 de ‘%2’ publicada em %3.</translation>
    </message>
    <message>
        <source>Deleted ‘%1’.</source>
        <translation>Módulo ‘%1’ eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted ‘%1’. %n module(s) now show as Broken: %2.</source>
        <translation>
            <numerusform>Módulo ‘%1’ eliminado. %n módulo tem agora o estado Quebrado: %2.</numerusform>
            <numerusform>Módulo ‘%1’ eliminado. %n módulos têm agora o estado Quebrado: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied %1 to ‘%2’ and redeployed it.</source>
        <translation>Definições %1 aplicadas a ‘%2’, que voltou a ser implementado.</translation>
    </message>
    <message>
        <source>Saved %1 for ‘%2’: the values apply when it is first published.</source>
        <translation>Definições %1 guardadas para ‘%2’: os valores aplicam-se quando for publicado pela primeira vez.</translation>
    </message>
    <message>
        <source>Stopped waiting for ‘%1’; nothing was changed.</source>
        <translation>Espera por ‘%1’ cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>The %1 runs as soon as the operation that locks the module ends.</source>
        <translation>A operação %1 é executada assim que terminar a operação que bloqueia o módulo.</translation>
    </message>
    <message>
        <source>Module Not Deleted</source>
        <translation>Módulo não eliminado</translation>
    </message>
    <message numerus="yes">
        <source>Delete it anyway? The %n module(s) referencing it will show as Broken until they are published without their references to ‘%1’.</source>
        <translation>
            <numerusform>Eliminar mesmo assim? O %n módulo que o referencia terá o estado Quebrado até ser publicado sem as referências a ‘%1’.</numerusform>
            <numerusform>Eliminar mesmo assim? Os %n módulos que o referenciam terão o estado Quebrado até serem publicados sem as referências a ‘%1’.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &amp;Anyway</source>
        <translation>Eliminar mesmo &amp;assim</translation>
    </message>
    <message>
        <source>&amp;Keep Module</source>
        <translation>&amp;Manter módulo</translation>
    </message>
    <message>
        <source>‘%1’ was not deleted.</source>
        <translation>‘%1’ não foi eliminado.</translation>
    </message>
    <message>
        <source>%1 Failed</source>
        <translation>Falha na operação %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
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
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Publish Latest Version</source>
        <translation>&amp;Publicar a versão mais recente</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
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
<context>
    <name>osc::PlatformUpgradePage</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Compiling</source>
        <translation>A compilar</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Platform Upgrade</source>
        <translation>Atualização da plataforma</translation>
    </message>
    <message>
        <source>Platform version to upgrade to</source>
        <translation>Versão da plataforma para a qual atualizar</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>A&amp;tualizar…</translation>
    </message>
    <message>
        <source>S&amp;kip the modules preparation</source>
        <translation>I&amp;gnorar a preparação dos módulos</translation>
    </message>
    <message>
        <source>For an unattended upgrade: no module is compiled with the new version, so every module must be published again.</source>
        <translation>Para uma atualização não assistida: nenhum módulo é compilado com a nova versão, pelo que todos os módulos têm de ser publicados novamente.</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t install the system components</source>
        <translation>&amp;Não instalar os componentes do sistema</translation>
    </message>
    <message>
        <source>Install them later with Install System Components. Until then, the modules preparation fails.</source>
        <translation>Instale-os mais tarde com Instalar componentes do sistema. Até lá, a preparação dos módulos falha.</translation>
    </message>
    <message>
        <source>This environment runs the newest installed platform version.</source>
        <translation>Este ambiente executa a versão da plataforma instalada mais recente.</translation>
    </message>
    <message>
        <source>Upgrade &amp;to:</source>
        <translation>At&amp;ualizar para:</translation>
    </message>
    <message>
        <source>Platform version:</source>
        <translation>Versão da plataforma:</translation>
    </message>
    <message>
        <source>System components:</source>
        <translation>Componentes do sistema:</translation>
    </message>
    <message>
        <source>Modules preparation</source>
        <translation>Preparação dos módulos</translation>
    </message>
    <message>
        <source>Modules preparation progress</source>
        <translation>Progresso da preparação dos módulos</translation>
    </message>
    <message>
        <source>Prepared:</source>
        <translation>Preparados:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Falhados:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorados:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Pendentes:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>&amp;Prepare Modules</source>
        <translation>&amp;Preparar módulos</translation>
    </message>
    <message>
        <source>Compile, without deploying, every module published with success that is not prepared for this version yet: after errors, the failed and skipped ones.</source>
        <translation>Compilar, sem implementar, todos os módulos publicados com êxito que ainda não estejam preparados para esta versão: após erros, os que falharam e os ignorados.</translation>
    </message>
    <message>
        <source>Ho&amp;ld</source>
        <translation>Colocar em &amp;espera</translation>
    </message>
    <message>
        <source>Finish the modules being compiled, then stop and release the locks. Resume continues where it stopped.</source>
        <translation>Terminar os módulos em compilação e, em seguida, parar e libertar os bloqueios. Retomar continua a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Continue the modules preparation on hold, or stopped, where it stopped.</source>
        <translation>Continuar a preparação dos módulos em espera, ou parada, a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>&amp;Install System Components</source>
        <translation>&amp;Instalar componentes do sistema</translation>
    </message>
    <message>
        <source>Modules with errors</source>
        <translation>Módulos com erros</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>The system components are not installed: install them later with Install System Components. Until then, the modules preparation fails.</source>
        <translation>Os componentes do sistema não são instalados: instale-os mais tarde com Instalar componentes do sistema. Até lá, a preparação dos módulos falha.</translation>
    </message>
    <message>
        <source>The system components %1 are installed.</source>
        <translation>São instalados os componentes do sistema %1.</translation>
    </message>
    <message>
        <source>Then the modules preparation starts: every module published with success is compiled with platform version %1, without deploying it, so running applications do not change. Until it ends, modules cannot be published, deleted or have their settings applied.</source>
        <translation>Em seguida, começa a preparação dos módulos: todos os módulos publicados com êxito são compilados com a versão %1 da plataforma, sem serem implementados, pelo que as aplicações em execução não mudam. Até a preparação terminar, não é possível publicar nem eliminar módulos, nem aplicar as respetivas definições.</translation>
    </message>
    <message>
        <source>The modules preparation for platform version %1, which did not finish, is abandoned.</source>
        <translation>A preparação dos módulos para a versão %1 da plataforma, que não terminou, é abandonada.</translation>
    </message>
    <message>
        <source>Upgrade Platform</source>
        <translation>Atualizar plataforma</translation>
    </message>
    <message>
        <source>Upgrade the environment from platform version %1 to %2?</source>
        <translation>Atualizar o ambiente da versão %1 para a versão %2 da plataforma?</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The process that ran the modules preparation (execution %1) ended: this window resumed it where it stopped.</source>
        <translation>O processo que executava a preparação dos módulos (execução %1) terminou: esta janela retomou-a a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>Upgraded the platform from %1 to %2 and installed its system components.</source>
        <translation>A plataforma foi atualizada de %1 para %2 e os respetivos componentes do sistema foram instalados.</translation>
    </message>
    <message>
        <source>Upgraded the platform from %1 to %2; its system components are not installed.</source>
        <translation>A plataforma foi atualizada de %1 para %2; os respetivos componentes do sistema não estão instalados.</translation>
    </message>
    <message>
        <source>This window could not resume the modules preparation: %1</source>
        <translation>Esta janela não conseguiu retomar a preparação dos módulos: %1</translation>
    </message>
    <message>
        <source>Modules Preparation Not Started</source>
        <translation>Preparação dos módulos não iniciada</translation>
    </message>
    <message>
        <source>Platform Not Upgraded</source>
        <translation>Plataforma não atualizada</translation>
    </message>
    <message>
        <source>Modules Preparation Not Resumed</source>
        <translation>Preparação dos módulos não retomada</translation>
    </message>
    <message>
        <source>System Components Not Installed</source>
        <translation>Componentes do sistema não instalados</translation>
    </message>
    <message>
        <source>Installed the system components %1.</source>
        <translation>Componentes do sistema %1 instalados.</translation>
    </message>
    <message>
        <source>Modules Preparation Not Put on Hold</source>
        <translation>Preparação dos módulos não colocada em espera</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>None installed. Platform version %1 needs the system components %2.</source>
        <translation>Nenhum instalado. A versão %1 da plataforma precisa dos componentes do sistema %2.</translation>
    </message>
    <message>
        <source>%1, from an earlier version. Platform version %2 needs the system components %3: install them before preparing the modules.</source>
        <translation>%1, de uma versão anterior. A versão %2 da plataforma precisa dos componentes do sistema %3: instale-os antes de preparar os módulos.</translation>
    </message>
    <message>
        <source>Switches to platform version %1 without its system components and without preparing the modules: every module must be published again.</source>
        <translation>Muda para a versão %1 da plataforma sem os respetivos componentes do sistema e sem preparar os módulos: todos os módulos têm de ser publicados novamente.</translation>
    </message>
    <message>
        <source>Switches to platform version %1 and installs its system components %2. The modules are not prepared: every module must be published again.</source>
        <translation>Muda para a versão %1 da plataforma e instala os respetivos componentes do sistema %2. Os módulos não são preparados: todos os módulos têm de ser publicados novamente.</translation>
    </message>
    <message>
        <source>Switches to platform version %1 without its system components, then starts the modules preparation, which fails until they are installed.</source>
        <translation>Muda para a versão %1 da plataforma sem os respetivos componentes do sistema e, em seguida, inicia a preparação dos módulos, que falha até que estes sejam instalados.</translation>
    </message>
    <message>
        <source>Switches to platform version %1, installs its system components %2, then prepares the modules: every module published with success is compiled with the new version, without deploying it.</source>
        <translation>Muda para a versão %1 da plataforma, instala os respetivos componentes do sistema %2 e, em seguida, prepara os módulos: todos os módulos publicados com êxito são compilados com a nova versão, sem serem implementados.</translation>
    </message>
    <message>
        <source>Modules preparation for platform version %1</source>
        <translation>Preparação dos módulos para a versão %1 da plataforma</translation>
    </message>
    <message>
        <source>Execution %1 · started %2 by %3</source>
        <translation>Execução %1 · iniciada em %2 por %3</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>a estimar…</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>cerca de %1</translation>
    </message>
    <message>
        <source>Only the modules being prepared are locked: the others can be published meanwhile.</source>
        <translation>Só os módulos em preparação ficam bloqueados: os restantes podem ser publicados entretanto.</translation>
    </message>
    <message>
        <source>Until it ends, modules cannot be published, deleted or have their settings applied.</source>
        <translation>Até terminar, não é possível publicar nem eliminar módulos, nem aplicar as respetivas definições.</translation>
    </message>
    <message>
        <source>The environment cannot be read.</source>
        <translation>Não é possível ler o ambiente.</translation>
    </message>
    <message>
        <source>Upgrading the platform to %1…</source>
        <translation>A atualizar a plataforma para %1…</translation>
    </message>
    <message>
        <source>Installing the system components…</source>
        <translation>A instalar os componentes do sistema…</translation>
    </message>
    <message>
        <source>Resuming the modules preparation…</source>
        <translation>A retomar a preparação dos módulos…</translation>
    </message>
    <message>
        <source>Starting the modules preparation…</source>
        <translation>A iniciar a preparação dos módulos…</translation>
    </message>
    <message>
        <source>Putting the modules preparation on hold…</source>
        <translation>A colocar a preparação dos módulos em espera…</translation>
    </message>
    <message>
        <source>Preparing the modules for platform version %1…</source>
        <translation>A preparar os módulos para a versão %1 da plataforma…</translation>
    </message>
    <message>
        <source>The modules being compiled finish first; then it stops and releases its locks. Resume continues where it stopped.</source>
        <translation>Os módulos em compilação terminam primeiro; depois, a preparação fica parada e liberta os respetivos bloqueios. Retomar continua a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>Every module published with success is compiled with the new version, without deploying it. %1</source>
        <translation>Todos os módulos publicados com êxito são compilados com a nova versão, sem serem implementados. %1</translation>
    </message>
    <message>
        <source>elapsed %1 · remaining %2</source>
        <translation>decorrido: %1 · restante: %2</translation>
    </message>
    <message>
        <source>Execution %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Platform version %1 has no modules preparation.</source>
        <translation>A versão %1 da plataforma não tem preparação dos módulos.</translation>
    </message>
    <message>
        <source>After an upgrade, every module must be published again.</source>
        <translation>Após uma atualização, todos os módulos têm de ser publicados novamente.</translation>
    </message>
    <message>
        <source>It comes with platform version %1: an upgrade to it compiles every module published with success with the new version, so that they can be published at your teams&apos; pace.</source>
        <translation>Está disponível a partir da versão %1 da plataforma: uma atualização para essa versão compila todos os módulos publicados com êxito com a nova versão, para que possam ser publicados ao ritmo das suas equipas.</translation>
    </message>
    <message>
        <source>The modules have not been prepared for platform version %1.</source>
        <translation>Os módulos não foram preparados para a versão %1 da plataforma.</translation>
    </message>
    <message>
        <source>Prepare Modules compiles every module published with success with this version, without deploying it.</source>
        <translation>Preparar módulos compila todos os módulos publicados com êxito com esta versão, sem os implementar.</translation>
    </message>
    <message>
        <source>The modules preparation stopped: the process running it ended.</source>
        <translation>A preparação dos módulos parou: o processo que a executava terminou.</translation>
    </message>
    <message>
        <source>It had been asked to hold. Resume continues where it stopped.</source>
        <translation>Tinha sido pedido que fosse colocada em espera. Retomar continua a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>Resume continues where it stopped.</source>
        <translation>Retomar continua a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>Process %1 on %2 finishes the modules it is compiling, then holds.</source>
        <translation>O processo %1 em %2 termina os módulos que está a compilar e, em seguida, fica em espera.</translation>
    </message>
    <message>
        <source>It runs in process %1 on %2, started by %3; this page follows it. %4</source>
        <translation>É executada no processo %1 em %2, iniciada por %3; esta página acompanha-a. %4</translation>
    </message>
    <message>
        <source>The modules preparation is on hold.</source>
        <translation>A preparação dos módulos está em espera.</translation>
    </message>
    <message>
        <source>%1 of %2 modules are done. Resume continues where it stopped.</source>
        <translation>%1 de %2 módulos concluídos. Retomar continua a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>%1 failed to compile and %2 were skipped because a producer failed. Publish each of them, or press Prepare Modules to prepare them again.</source>
        <translation>Não foi possível compilar %1, e a preparação ignorou %2 porque um produtor falhou. Publique cada um deles ou prima Preparar módulos para os preparar novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the system components, then press Prepare Modules.</source>
        <translation>Instale os componentes do sistema e, em seguida, prima Preparar módulos.</translation>
    </message>
    <message>
        <source>From the Error Log: %1</source>
        <translation>Do Registo de erros: %1</translation>
    </message>
    <message>
        <source>The Error Log has the details of what failed.</source>
        <translation>O Registo de erros tem os detalhes do que falhou.</translation>
    </message>
    <message>
        <source>The modules preparation was interrupted.</source>
        <translation>A preparação dos módulos foi interrompida.</translation>
    </message>
    <message>
        <source>ended %1 · took %2</source>
        <translation>terminada em %1 · duração: %2</translation>
    </message>
    <message>
        <source>%1 of %2 modules (%3%)</source>
        <translation>%1 de %2 módulos (%3%)</translation>
    </message>
    <message>
        <source>Compiling now: %1</source>
        <translation>A compilar agora: %1</translation>
    </message>
    <message>
        <source>Modules with errors (%1 failed, %2 skipped)</source>
        <translation>Módulos com erros (falhados: %1, ignorados: %2)</translation>
    </message>
    <message>
        <source>Install the system components %1 of platform version %2.</source>
        <translation>Instalar os componentes do sistema %1 da versão %2 da plataforma.</translation>
    </message>
    <message>
        <source>The system components %1 of platform version %2 are installed.</source>
        <translation>Os componentes do sistema %1 da versão %2 da plataforma estão instalados.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) call APIs that platform version %1 removed: they fail to compile until they are changed and published again.</source>
        <translation>
            <numerusform>%n módulo chama APIs que a versão %1 da plataforma removeu: falha a compilação até ser alterado e publicado de novo.</numerusform>
            <numerusform>%n módulos chamam APIs que a versão %1 da plataforma removeu: falham a compilação até serem alterados e publicados de novo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osc::ReleaseLockDialog</name>
    <message>
        <source>Release Lock</source>
        <translation>Libertar bloqueio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is locked by an operation that is still running.</source>
        <translation>&apos;%1&apos; está bloqueado por uma operação que ainda está em execução.</translation>
    </message>
    <message>
        <source>Release the stale lock on &apos;%1&apos;?</source>
        <translation>Libertar o bloqueio obsoleto de &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 #%2, started by %3 at %4, holds %5. It runs in %6. %7</source>
        <translation>A operação %1 #%2, iniciada por %3 em %4, detém %5. Está em execução no %6. %7</translation>
    </message>
    <message>
        <source>&amp;Release Lock</source>
        <translation>&amp;Libertar bloqueio</translation>
    </message>
    <message>
        <source>I understand that this interrupts an operation that is still running.</source>
        <translation>Compreendo que esta ação interrompe uma operação que ainda está em execução.</translation>
    </message>
    <message>
        <source>Releasing it interrupts that operation and frees %1. The modules get a new fencing token, so that process can no longer write to them: its next write is refused and what it has not recorded yet is lost. A deployment it left half-done is finished or discarded by the next publish. The release is recorded in the General log under your name.</source>
        <translation>Libertá-lo interrompe essa operação e liberta %1. Os módulos recebem um novo token de isolamento, pelo que esse processo deixa de poder escrever neles: a próxima escrita do mesmo é recusada e o que ainda não registou perde-se. Uma implementação que tenha deixado a meio é concluída ou descartada pela próxima publicação. A libertação fica registada no Registo geral em seu nome.</translation>
    </message>
    <message>
        <source>Its lease is live: release it only if you know that the process is stuck and will not finish by itself.</source>
        <translation>A respetiva concessão está ativa: liberte-o apenas se souber que o processo está encravado e não vai terminar por si só.</translation>
    </message>
</context>
<context>
    <name>osc::StepBanner</name>
    <message>
        <source>Upgrade step</source>
        <translation>Passo da atualização</translation>
    </message>
    <message>
        <source>Upgrade step progress</source>
        <translation>Progresso do passo da atualização</translation>
    </message>
    <message>
        <source>Click here for more details</source>
        <translation>Clique aqui para ver mais detalhes</translation>
    </message>
    <message>
        <source>See the errors in the Error Log</source>
        <translation>Ver os erros no Registo de erros</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Preparation on hold</source>
        <translation>Preparação em espera</translation>
    </message>
    <message>
        <source>Deployment on hold</source>
        <translation>Implementação em espera</translation>
    </message>
    <message>
        <source>Preparation ended</source>
        <translation>Preparação terminada</translation>
    </message>
    <message>
        <source>Deployment ended</source>
        <translation>Implementação terminada</translation>
    </message>
    <message>
        <source>Preparing modules</source>
        <translation>A preparar os módulos</translation>
    </message>
    <message>
        <source>Deploying modules</source>
        <translation>A implementar os módulos</translation>
    </message>
    <message>
        <source>Putting the modules preparation for platform version %1 on hold…</source>
        <translation>A colocar em espera a preparação dos módulos para a versão %1 da plataforma…</translation>
    </message>
    <message>
        <source>Putting the modules deployment for platform version %1 on hold…</source>
        <translation>A colocar em espera a implementação dos módulos para a versão %1 da plataforma…</translation>
    </message>
    <message>
        <source>Preparing modules for platform version %1…</source>
        <translation>A preparar os módulos para a versão %1 da plataforma…</translation>
    </message>
    <message>
        <source>Deploying modules for platform version %1…</source>
        <translation>A implementar os módulos para a versão %1 da plataforma…</translation>
    </message>
    <message>
        <source>The modules preparation for platform version %1 is on hold.</source>
        <translation>A preparação dos módulos para a versão %1 da plataforma está em espera.</translation>
    </message>
    <message>
        <source>The modules deployment for platform version %1 is on hold.</source>
        <translation>A implementação dos módulos para a versão %1 da plataforma está em espera.</translation>
    </message>
    <message>
        <source>Modules %1: %2.</source>
        <translation>%1 dos módulos: %2.</translation>
    </message>
    <message>
        <source>Platform version %1</source>
        <translation>Versão da plataforma %1</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>Preparados: %1</translation>
    </message>
    <message>
        <source>Deployed %1</source>
        <translation>Implementados: %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Falhados: %1</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Ignorados: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Decorrido: %1</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Falta cerca de %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciada em %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Demorou %1</translation>
    </message>
</context>
<context>
    <name>osc::UpgradePreviewPanel</name>
    <message>
        <source>Before you upgrade</source>
        <translation>Antes de atualizar</translation>
    </message>
    <message>
        <source>Modules calling removed APIs</source>
        <translation>Módulos que chamam APIs removidas</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Removed in</source>
        <translation>Removida em</translation>
    </message>
    <message>
        <source>Instead</source>
        <translation>Em alternativa</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>Não foi possível ler a pré-visualização: %1</translation>
    </message>
    <message>
        <source>Checking the modules…</source>
        <translation>A verificar os módulos…</translation>
    </message>
    <message numerus="yes">
        <source>The modules preparation will compile %n module(s) with platform version %1, without deploying them.</source>
        <translation>
            <numerusform>A preparação dos módulos vai compilar %n módulo com a versão %1 da plataforma, sem o implementar.</numerusform>
            <numerusform>A preparação dos módulos vai compilar %n módulos com a versão %1 da plataforma, sem os implementar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform version %1 brings no new upgrade feature.</source>
        <translation>A versão %1 da plataforma não traz nenhuma nova funcionalidade de atualização.</translation>
    </message>
    <message>
        <source>New with platform version %1:</source>
        <translation>Novidades da versão %1 da plataforma:</translation>
    </message>
    <message>
        <source>No module calls an API that platform version %1 removed.</source>
        <translation>Nenhum módulo chama uma API que a versão %1 da plataforma removeu.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) call APIs that platform version %1 removed: they fail to compile until they are changed and published again.</source>
        <translation>
            <numerusform>%n módulo chama APIs que a versão %1 da plataforma removeu: falha a compilação até ser alterado e publicado de novo.</numerusform>
            <numerusform>%n módulos chamam APIs que a versão %1 da plataforma removeu: falham a compilação até serem alterados e publicados de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (source file unreadable): %1</source>
        <translation>Não verificados (ficheiro de origem ilegível): %1</translation>
    </message>
</context>
<context>
    <name>osc::UpgradesPage</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>Deployed:</source>
        <translation>Implementados:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Falhados:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorados:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Pendentes:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Implementar…</translation>
    </message>
    <message>
        <source>Ho&amp;ld</source>
        <translation>Colocar em &amp;espera</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Upgrades report</source>
        <translation>Relatório de atualizações</translation>
    </message>
    <message>
        <source>Show executions of kind</source>
        <translation>Mostrar execuções do tipo</translation>
    </message>
    <message>
        <source>All executions</source>
        <translation>Todas as execuções</translation>
    </message>
    <message>
        <source>Preparations</source>
        <translation>Preparações</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Implementações</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <source>Double-click an execution, or press Enter, to see its modules and export it.</source>
        <translation>Faça duplo clique numa execução, ou prima Enter, para ver os respetivos módulos e exportá-la.</translation>
    </message>
    <message>
        <source>The modules deployment is running in this window.</source>
        <translation>A implementação dos módulos está em execução nesta janela.</translation>
    </message>
    <message>
        <source>Reading the environment…</source>
        <translation>A ler o ambiente…</translation>
    </message>
    <message>
        <source>A modules deployment is running in process %1 on %2.</source>
        <translation>Está em execução uma implementação de módulos no processo %1 em %2.</translation>
    </message>
    <message>
        <source>A modules preparation is running in process %1 on %2.</source>
        <translation>Está em execução uma preparação dos módulos no processo %1 em %2.</translation>
    </message>
    <message>
        <source>Deploy All Not Available</source>
        <translation>Deploy All indisponível</translation>
    </message>
    <message>
        <source>Nothing to Deploy</source>
        <translation>Nada para implementar</translation>
    </message>
    <message>
        <source>%1 will be deployed and %2 skipped (already deployed, or without a successful compilation in this version).</source>
        <translation>A implementar: %1; ignorados: %2 (já implementados ou sem uma compilação com êxito nesta versão).</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Until it ends, the modules being deployed cannot be published, deleted or have their settings applied. Running applications switch to the new version module by module.</source>
        <translation>Até terminar, não é possível publicar nem eliminar os módulos em implementação, nem aplicar as respetivas definições. As aplicações em execução mudam para a nova versão módulo a módulo.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy %1 (version %2): %3</source>
        <translation>Implementar %1 (versão %2): %3</translation>
    </message>
    <message>
        <source>Skip %1 (version %2): %3</source>
        <translation>Ignorar %1 (versão %2): %3</translation>
    </message>
    <message>
        <source>Deploy All</source>
        <translation>Deploy All</translation>
    </message>
    <message>
        <source>Resume the modules deployment for platform version %1?</source>
        <translation>Retomar a implementação dos módulos para a versão %1 da plataforma?</translation>
    </message>
    <message>
        <source>Deploy the prepared modules for platform version %1?</source>
        <translation>Implementar os módulos preparados para a versão %1 da plataforma?</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Implementar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Modules Deployment Not Resumed</source>
        <translation>Implementação dos módulos não retomada</translation>
    </message>
    <message>
        <source>Modules Deployment Not Started</source>
        <translation>Implementação dos módulos não iniciada</translation>
    </message>
    <message>
        <source>The modules deployment is on hold.</source>
        <translation>A implementação dos módulos está em espera.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Execution %1 · started %2 by %3</source>
        <translation>Execução %1 · iniciada em %2 por %3</translation>
    </message>
    <message>
        <source>Putting the modules deployment on hold…</source>
        <translation>A colocar a implementação dos módulos em espera…</translation>
    </message>
    <message>
        <source>Deploying the prepared modules for platform version %1…</source>
        <translation>A implementar os módulos preparados para a versão %1 da plataforma…</translation>
    </message>
    <message>
        <source>The modules being deployed finish first; then it stops and releases its locks.</source>
        <translation>Os módulos em implementação terminam primeiro; depois, a implementação fica parada e liberta os respetivos bloqueios.</translation>
    </message>
    <message>
        <source>It runs in this window. Modules being deployed cannot be published, deleted or have their settings applied until they are done.</source>
        <translation>É executada nesta janela. Não é possível publicar nem eliminar os módulos em implementação, nem aplicar as respetivas definições, até estarem concluídos.</translation>
    </message>
    <message>
        <source>elapsed %1 · remaining %2</source>
        <translation>decorrido: %1 · restante: %2</translation>
    </message>
    <message>
        <source>The environment cannot be read.</source>
        <translation>Não é possível ler o ambiente.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>The modules deployment stopped: the process running it ended.</source>
        <translation>A implementação dos módulos parou: o processo que a executava terminou.</translation>
    </message>
    <message>
        <source>Resume continues where it stopped; no module is deployed twice.</source>
        <translation>Retomar continua a partir do ponto em que parou; nenhum módulo é implementado duas vezes.</translation>
    </message>
    <message>
        <source>Process %1 on %2 finishes the modules it is deploying, then holds.</source>
        <translation>O processo %1 em %2 termina os módulos que está a implementar e, em seguida, fica em espera.</translation>
    </message>
    <message>
        <source>It runs in process %1 on %2, started by %3; this page follows it.</source>
        <translation>É executada no processo %1 em %2, iniciada por %3; esta página acompanha-a.</translation>
    </message>
    <message>
        <source>%1 of %2 modules are done. Resume continues where it stopped.</source>
        <translation>%1 de %2 módulos concluídos. Retomar continua a partir do ponto em que parou.</translation>
    </message>
    <message>
        <source>The environment is fully upgraded to platform version %1.</source>
        <translation>O ambiente está totalmente atualizado para a versão %1 da plataforma.</translation>
    </message>
    <message>
        <source>The Error Log has the details of what failed.</source>
        <translation>O Registo de erros tem os detalhes do que falhou.</translation>
    </message>
    <message>
        <source>ended %1 · took %2</source>
        <translation>terminada em %1 · duração: %2</translation>
    </message>
    <message>
        <source>Deploy All is not available.</source>
        <translation>O Deploy All não está disponível.</translation>
    </message>
    <message numerus="yes">
        <source>%n prepared module(s) ready to deploy.</source>
        <translation>
            <numerusform>%n módulo preparado pronto a implementar.</numerusform>
            <numerusform>%n módulos preparados prontos a implementar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy All deploys, for each module, its latest successful compilation in platform version %1, unless it is already deployed. You decide when: until then, the modules keep running their current version.</source>
        <translation>O Deploy All implementa, para cada módulo, a respetiva compilação com êxito mais recente na versão %1 da plataforma, exceto se esta já estiver implementada. A decisão de quando o fazer é sua: até lá, os módulos continuam a executar a versão atual.</translation>
    </message>
    <message>
        <source>Nothing to deploy.</source>
        <translation>Nada para implementar.</translation>
    </message>
    <message>
        <source>%1 of %2 modules (%3%)</source>
        <translation>%1 de %2 módulos (%3%)</translation>
    </message>
    <message>
        <source>Deploying now: %1</source>
        <translation>A implementar agora: %1</translation>
    </message>
    <message>
        <source>%1 to deploy, %2 skipped.</source>
        <translation>A implementar: %1; ignorados: %2.</translation>
    </message>
    <message>
        <source>No modules preparation or deployment has run in this environment yet. Upgrading the platform (Administration &gt; Platform Upgrade) prepares the modules; Deploy then deploys them.</source>
        <translation>Ainda não foi executada nenhuma preparação nem implementação de módulos neste ambiente. A atualização da plataforma (Administração &gt; Atualização da plataforma) prepara os módulos; em seguida, Implementar implementa-os.</translation>
    </message>
    <message>
        <source>No execution of this kind.</source>
        <translation>Nenhuma execução deste tipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n execução</numerusform>
            <numerusform>%n execuções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n execution(s)</source>
        <translation>
            <numerusform>%1 de %n execução</numerusform>
            <numerusform>%1 de %n execuções</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed to deploy and %2 were skipped. Press Deploy to deploy again only the modules that failed; if they keep failing, publish them instead.</source>
        <translation>Falharam na implementação: %1; ignorados: %2. Prima Implementar para voltar a implementar apenas os módulos que falharam; se continuarem a falhar, publique-os.</translation>
    </message>
    <message>
        <source>Upgrade steps</source>
        <translation>Passos da atualização</translation>
    </message>
    <message>
        <source>Upgrade step progress</source>
        <translation>Progresso do passo da atualização</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <source>Finish the modules being prepared or deployed, then stop and release the locks. Resume continues where it stopped.</source>
        <translation>Termina os módulos em preparação ou implementação e depois para e liberta os bloqueios. Retomar continua onde parou.</translation>
    </message>
    <message>
        <source>Continue the step on hold, or stopped, where it stopped.</source>
        <translation>Continua o passo em espera, ou parado, onde parou.</translation>
    </message>
    <message>
        <source>Step De&amp;tails</source>
        <translation>De&amp;talhes do passo</translation>
    </message>
    <message>
        <source>Every module of this step and its state.</source>
        <translation>Todos os módulos deste passo e o respetivo estado.</translation>
    </message>
    <message>
        <source>The modules preparation is running in this window.</source>
        <translation>A preparação dos módulos está em execução nesta janela.</translation>
    </message>
    <message>
        <source>Platform version %1 has no modules preparation: publishing a module compiles it with this version.</source>
        <translation>A versão %1 da plataforma não tem preparação dos módulos: publicar um módulo compila-o com esta versão.</translation>
    </message>
    <message>
        <source>The modules preparation for platform version %1 stopped before the end: Resume it.</source>
        <translation>A preparação dos módulos para a versão %1 da plataforma parou antes do fim: retome-a.</translation>
    </message>
    <message>
        <source>The modules deployment for platform version %1 stopped before the end: Resume it first.</source>
        <translation>A implementação dos módulos para a versão %1 da plataforma parou antes do fim: retome-a primeiro.</translation>
    </message>
    <message>
        <source>Every module published with success is prepared for platform version %1.</source>
        <translation>Todos os módulos publicados com sucesso estão preparados para a versão %1 da plataforma.</translation>
    </message>
    <message>
        <source>Modules Preparation Not Resumed</source>
        <translation>Preparação dos módulos não retomada</translation>
    </message>
    <message>
        <source>Modules Preparation Not Started</source>
        <translation>Preparação dos módulos não iniciada</translation>
    </message>
    <message>
        <source>The modules preparation is on hold.</source>
        <translation>A preparação dos módulos está em espera.</translation>
    </message>
    <message>
        <source>Not Put on Hold</source>
        <translation>Não colocado em espera</translation>
    </message>
    <message>
        <source>Upgrade steps for platform version %1</source>
        <translation>Passos da atualização para a versão %1 da plataforma</translation>
    </message>
    <message>
        <source>Putting the modules preparation on hold…</source>
        <translation>A colocar a preparação dos módulos em espera…</translation>
    </message>
    <message>
        <source>The modules being compiled finish first; then it stops and releases its locks.</source>
        <translation>Os módulos em compilação terminam primeiro; depois para e liberta os seus bloqueios.</translation>
    </message>
    <message>
        <source>Preparing the modules for platform version %1…</source>
        <translation>A preparar os módulos para a versão %1 da plataforma…</translation>
    </message>
    <message>
        <source>It runs in this window. It compiles the modules with the new version without deploying them; running applications do not change.</source>
        <translation>Executa-se nesta janela. Compila os módulos com a nova versão sem os implementar; as aplicações em execução não mudam.</translation>
    </message>
    <message>
        <source>The modules preparation stopped: the process running it ended.</source>
        <translation>A preparação dos módulos parou: o processo que a executava terminou.</translation>
    </message>
    <message>
        <source>Resume continues where it stopped; no module is compiled twice.</source>
        <translation>Retomar continua onde parou; nenhum módulo é compilado duas vezes.</translation>
    </message>
    <message>
        <source>Process %1 on %2 finishes the modules it is compiling, then holds.</source>
        <translation>O processo %1 em %2 termina os módulos que está a compilar e, em seguida, fica em espera.</translation>
    </message>
    <message>
        <source>%1 failed to compile and %2 were skipped. Fix or republish the failed modules, then press Prepare to prepare again only those left failed or skipped.</source>
        <translation>%1 falharam a compilação e %2 foram ignorados. Corrija ou volte a publicar os módulos que falharam e prima Preparar para voltar a preparar só os que ficaram com falha ou ignorados.</translation>
    </message>
    <message>
        <source>Prepared:</source>
        <translation>Preparados:</translation>
    </message>
    <message>
        <source>Compiling now: %1</source>
        <translation>A compilar agora: %1</translation>
    </message>
    <message>
        <source>Prepare again the %1 that failed and the %2 that were skipped in execution %3, with their producers&apos; new compilations.</source>
        <translation>Volta a preparar os %1 que falharam e os %2 que foram ignorados na execução %3, com as novas compilações dos seus produtores.</translation>
    </message>
    <message>
        <source>Compile, without deploying, every module published with success that is not prepared for this platform version yet.</source>
        <translation>Compila, sem implementar, todos os módulos publicados com sucesso que ainda não estão preparados para esta versão da plataforma.</translation>
    </message>
    <message>
        <source>&amp;Execution Details…</source>
        <translation>Detalhes da e&amp;xecução…</translation>
    </message>
</context>
<context>
    <name>osc::WorkersModel</name>
    <message>
        <source>Worker %1</source>
        <translation>Tarefa %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none (on hold)</source>
        <translation>nenhum (em espera)</translation>
    </message>
    <message>
        <source> — not responding</source>
        <translation> — sem resposta</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processo</translation>
    </message>
</context>
</TS>
