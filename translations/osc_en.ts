<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Database</name>
    <message>
        <source>The environment database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an environment database at %1: a file is already there. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment database %1 is damaged or is not a database. Restore it from a backup, or create a new environment in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the environment database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment database %1 cannot be used: %2. If the file is damaged, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment database %1 was written by a newer version of Open Service Center (schema %2; this version understands up to schema %3). Open it with a newer Open Service Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Open Service Center environment database (it has no schema version). Open the folder of an environment, or create one with &apos;scctl env init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment database %1 is damaged: its schema version is unreadable. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <source>Cannot create the deployment folder %1. Check the free disk space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the deployment folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch the running version of &apos;%1&apos; to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free disk space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the running version of &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentEngine</name>
    <message>
        <source>The modules deployment is already running (execution %1, process %2 on %3). Follow it with &apos;scctl upgrades %1&apos;, or put it on hold with &apos;scctl hold&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resumes execution %1: %n module(s) still to deploy.</source>
        <translation>
            <numerusform>Resumes execution %1: %n module still to deploy.</numerusform>
            <numerusform>Resumes execution %1: %n modules still to deploy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to deploy for platform version %1: %n module(s) skipped (already deployed, not prepared, or failed to prepare).</source>
        <translation>
            <numerusform>Nothing to deploy for platform version %1: %n module skipped (already deployed, not prepared, or failed to prepare).</numerusform>
            <numerusform>Nothing to deploy for platform version %1: %n modules skipped (already deployed, not prepared, or failed to prepare).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploys %n module(s): the ones execution %1 did not deploy (a new run deploys only what failed before).</source>
        <translation>
            <numerusform>Deploys %n module: the one execution %1 did not deploy (a new run deploys only what failed before).</numerusform>
            <numerusform>Deploys %n modules: the ones execution %1 did not deploy (a new run deploys only what failed before).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploys %n module(s) prepared for platform version %1.</source>
        <translation>
            <numerusform>Deploys %n module prepared for platform version %1.</numerusform>
            <numerusform>Deploys %n modules prepared for platform version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) skipped.</source>
        <translation>
            <numerusform>%n module skipped.</numerusform>
            <numerusform>%n modules skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform version %1 has no Deploy All (it comes with 11.19.0): publish the modules one at a time, or upgrade to 11.19.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation (execution %1) is on hold: Deploy All deploys what it prepares. Resume it with &apos;scctl resume&apos; and let it finish, then deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation (execution %1) is still running: Deploy All deploys what it prepares. Let it finish, then deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its compilation for platform version %1 failed: fix the module and publish it, or prepare it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never published: there is nothing to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prepared for platform version %1: run the modules preparation, or publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already deployed: it runs its latest compilation for platform version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for platform version %1 and not deployed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed by execution %1: deployed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of this re-run, which deploys only what execution %1 did not deploy: run Deploy All again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process started or resumed the modules deployment at the same moment. Follow it with &apos;scctl upgrades&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming the modules deployment for platform version %1 (execution %2): %n module(s) to deploy with %3 workers.</source>
        <translation>
            <numerusform>Resuming the modules deployment for platform version %1 (execution %2): %n module to deploy with %3 workers.</numerusform>
            <numerusform>Resuming the modules deployment for platform version %1 (execution %2): %n modules to deploy with %3 workers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploying %n module(s) for platform version %1 (execution %2) with %3 workers.</source>
        <translation>
            <numerusform>Deploying %n module for platform version %1 (execution %2) with %3 workers.</numerusform>
            <numerusform>Deploying %n modules for platform version %1 (execution %2) with %3 workers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The modules deployment is on hold: %1 of %2 modules done. Resume it with &apos;scctl resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were errors deploying some modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to deploy: every module prepared for platform version %1 is deployed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deploy All finished: %n module(s) deployed for platform version %1.</source>
        <translation>
            <numerusform>Deploy All finished: %n module deployed for platform version %1.</numerusform>
            <numerusform>Deploy All finished: %n modules deployed for platform version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It already ran this compilation (or a newer one) when its turn came: not deployed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed version %1 (compilation %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying &apos;%1&apos; version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed together with &apos;%1&apos; (a reference cycle), which failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: producer &apos;%1&apos; failed to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was an error deploying your modules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>The environment folder %1 is read-only (%2). Open Service Center needs to write to it: fix the folder&apos;s permissions, or copy the environment to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in compiler profiles cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version %1 is not installed. Installed versions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create an environment in %1: the folder is not empty. Choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment at %1: the folder does not exist. Create one with &apos;scctl --env %1 env init&apos;, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Open Service Center environment: it has no environment.db. Choose the folder of an environment, or create one with &apos;scctl --env %1 env init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment database %1 is damaged: its platform version &apos;%2&apos; is unreadable. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment at %1 runs platform version %2, which this installation does not have. Use an Open Service Center that includes platform %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module files (*.json) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; is defined twice: in %2 and in %3. Import one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo factory needs at least one module (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment at %1 already has modules; the demo factory goes into a new environment only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo factory could not publish &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1; broken consumers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment now runs platform version %1, which this installation does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform upgraded from %1 to %2 by %3; system components %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System components %1 installed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to put the modules preparation (execution %2) on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules preparation or deployment is running: there is nothing to put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to put the modules deployment (execution %2) on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules preparation or deployment is on hold or interrupted for platform version %1: there is nothing to resume. &apos;scctl upgrade-published-applications&apos; starts a new preparation, &apos;scctl deploy-prepared-applications&apos; a new deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew the hold of execution %2 before it took effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentConfig</name>
    <message>
        <source>How long a module lock outlives its holder when the holder stops renewing it (killed or hung). Holders renew every third of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long compile and deploy steps retry a file that another process keeps locked before they fail with FILE_IN_USE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external compiler command with {module}, {source}, {output}, {platform} and {version} placeholders; empty for the built-in compiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the external compiler command may run for one module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Log and General log entries older than this many weeks are purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown environment setting &apos;%1&apos;. Settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for %2: give a number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many modules the modules preparation compiles at once; 0 for one per processor core.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentHealth</name>
    <message>
        <source>%1 released the lock on &apos;%2&apos; module by hand (lease %3): the %4 started by %5 at %6 (process %7 on %8) was interrupted, its locks on %9 released, and fencing token %10 refuses its later writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules preparation (execution %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules deployment (execution %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, renewed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: not renewed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: holder process gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its holder renewed the lease %1 ago: the operation is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its holder has not renewed the lease for %1 (it renews it every third of its length): the process hangs, or is stopped or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that holds it no longer runs on this machine: it was killed or crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lease expired %1 ago; the next operation would release it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process this user cannot identify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on hold: no process runs it. Resume it from Factory &gt; Upgrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped: %2 no longer holds its lease. Resume it from Factory &gt; Upgrades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs in %2, which does not respond: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold was asked for: it finishes the modules being worked on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 runs in %2 (operation %3) with %n worker(s), %4 busy.</source>
        <translation>
            <numerusform>%1 runs in %2 (operation %3) with %n worker, %4 busy.</numerusform>
            <numerusform>%1 runs in %2 (operation %3) with %n workers, %4 busy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecutionReport</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report of execution %1 to %2: %3. Choose a file in a folder that exists and that you can write to, and check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionStore</name>
    <message>
        <source>No modules preparation is running: there is nothing to put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules deployment is running: there is nothing to put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no execution %1. &apos;scctl upgrades&apos; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module results of execution %1 (batch %2 in table execution_module_batches of %3) are damaged and cannot be read. Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Execution %1 is no longer run by this operation: its lease expired while this process was not responding, and another process resumed the execution. The results of %n module(s) were not recorded; the other process runs them again.</source>
        <translation>
            <numerusform>Execution %1 is no longer run by this operation: its lease expired while this process was not responding, and another process resumed the execution. The results of %n module were not recorded; the other process runs it again.</numerusform>
            <numerusform>Execution %1 is no longer run by this operation: its lease expired while this process was not responding, and another process resumed the execution. The results of %n modules were not recorded; the other process runs them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Execution %1 does not exist: it was deleted while it ran. Its module results were not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionText</name>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalCompiler</name>
    <message>
        <source>The compiler command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command &apos;%1&apos; uses unknown placeholders: %2. The known placeholders are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not found on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a relative path; give an absolute path or a program name found on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; could not start &apos;%2&apos; on platform version %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler program &apos;%1&apos; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compiler profile was given for module &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compilation folder was given for module &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a working folder for the compiler command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 wrote more than %3 lines of output; only the first %3 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; did not finish within %2 seconds on platform version %3 and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; crashed on platform version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; exited with code %2 on platform version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 produced &apos;%3&apos;, a symbolic link with an absolute target, which would not survive moving the compilation into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 produced &apos;%3&apos;, a symbolic link that does not lead to a file inside its output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 produced &apos;%3&apos;, which is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler command for &apos;%1&apos; on platform version %2 produced &apos;%3&apos;, which the compiler writes itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>Cannot open the file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by: process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by: process %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by: a process this user cannot identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the environment&apos;s compilations and deployments folders (%1 and %2) from antivirus and backup scanning, or stop the process that holds the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the folder %1 from antivirus and backup scanning, or stop the process that holds the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the file &apos;%1&apos;: file locks are not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the folder &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockManager</name>
    <message>
        <source>Interrupted: process %1 on %2 stopped renewing its lease (it was killed or stopped responding). Its locks were released; nothing it left half-done is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 started by %2 at %3 lost its lock on &apos;%4&apos; module: its lease expired while this process was not responding, and another operation may have changed the module since. Nothing more was written. Check the module and run the operation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lease was live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its holder had not renewed its lease for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its holder process no longer ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lease had expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; is not locked: there is nothing to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on &apos;%1&apos; module changed hands: it is now held by the %2 started by %3 at %4 (operation %5), not by operation %6. Nothing was released; look at the locks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on &apos;%1&apos; module is live: the %2 started by %3 at %4 (operation %5) still runs in process %6 on %7, which renewed its lease %8 s ago. Releasing it interrupts that operation: its next write is refused, what it has not recorded yet is lost, and its modules may be left for the next publish to repair. Nothing was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: %1 released its locks by hand at %2 (%3; process %4 on %5). Its modules carry a new fencing token, so any later write of it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 started by %2 at %3 lost its lease: it expired while this process was not responding, and another operation may have taken over since. Nothing more was written. Run the operation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole factory, still empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogBatches</name>
    <message>
        <source>The batch of log entries from id %1 in table %2 of %3 is damaged and cannot be read. Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entries could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>Could not write the export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogStore</name>
    <message>
        <source>A log page holds from 1 to %1 entries; %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log purge needs a valid cut-off time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log retention stored in %1 is unreadable (&apos;%2&apos;). Set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log retention must be from %1 to %2 weeks; %3 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of log ids holds from 1 to %1 ids; %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id span of a log filter is only read without a text filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogWriter</name>
    <message>
        <source>The log writer of %1 has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The %1 started by %2 at %3 can&apos;t proceed because there is an ongoing %4, started by %5 at %6, that is locking &apos;%7&apos; module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were errors preparing some modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was an error preparing your modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Module hasn&apos;t been upgraded to the current environment version. Please publish the module. Alternatively, run another environment upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer module &apos;%1&apos; hasn&apos;t been prepared for the current OutSystems environment version. The Preparation of Modules may not have finished yet, failed, or it is on hold. Check Service Center for more details or try to publish &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process cannot access the file because it is being used by another process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleRegistry</name>
    <message>
        <source>Unknown module &apos;%1&apos;. &apos;scctl modules&apos; lists the modules of this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the source of &apos;%1&apos; at %2: %3. Check the free disk space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; has no version %2. &apos;scctl module %1&apos; lists its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer module &apos;%1&apos; was deleted, and this module&apos;s running version references it. Import &apos;%1&apos; again, or publish a version of this module that no longer references it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module named &apos;%1&apos; cannot be imported: a module name is a letter, then up to %2 letters, digits or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be imported: its producer &apos;%2&apos; is not a module name (a letter, then up to %3 letters, digits or &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleRemover</name>
    <message numerus="yes">
        <source>Module &apos;%1&apos; was not deleted: %n module(s) reference it (%2). Deleting it would break them: publish them without their references to &apos;%1&apos; first, or delete it anyway and they will show as broken.</source>
        <translation>
            <numerusform>Module &apos;%1&apos; was not deleted: %n module references it (%2). Deleting it would break that module: publish it without its references to &apos;%1&apos; first, or delete &apos;%1&apos; anyway and that module will show as broken.</numerusform>
            <numerusform>Module &apos;%1&apos; was not deleted: %n modules reference it (%2). Deleting it would break them: publish them without their references to &apos;%1&apos; first, or delete it anyway and they will show as broken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;; it no longer runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameList</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>The operation ended unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 started by %2 at %3 was about to write to &apos;%4&apos; module without holding its lock. Nothing was written. This is a defect: report it with this operation&apos;s General Log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationJournal</name>
    <message>
        <source>%1 started by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started by %2 at %3 was interrupted: process %4 on %5 stopped renewing its lease. Its locks on %6 were released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>1-Click Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules deployment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformFeature</name>
    <message>
        <source>Modules preparation: an upgrade compiles every published module with the new version first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive preparation: only the modules being prepared are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy All: the prepared modules are deployed when you decide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformUpgrader</name>
    <message>
        <source>The platform cannot be upgraded while modules are locked: the %1 started by %2 is locking &apos;%3&apos; module. Wait for it to finish, then upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform cannot be upgraded while an upgrade step runs (execution %1, %2). Wait for it to finish, or put it on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by a platform upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version %1 is not installed. Installed versions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment already runs platform version %1. To prepare the modules again, run &apos;upgrade-published-applications&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrades are refused: the environment runs platform version %1, newer than %2. Restore a backup taken before the upgrade instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation was skipped: every module must be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade from platform version %1 does not prepare the modules: every module must be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version %1 has no modules preparation: every module must be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationEngine</name>
    <message>
        <source>Platform version %1 has no modules preparation (it comes with 11.12.0): publish the modules instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation was triggered before the system components of platform version %1 were installed (installed: %2, needed: %3). Run &apos;scctl install-system-components&apos;, then &apos;scctl upgrade-published-applications&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation is already running (execution %1, process %2 on %3). Follow it with &apos;scctl upgrades %1&apos;, or put it on hold with &apos;scctl hold&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process started or resumed the modules preparation at the same moment. Follow it with &apos;scctl upgrades&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the modules preparation for platform version %1 (execution %2) with %3 workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1 modules for platform version %2 (execution %3) with %4 workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference cycle: %1 are prepared together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation is on hold: %1 of %2 modules done. Resume it with &apos;scctl resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The modules preparation finished: %n module(s) prepared for platform version %1. Publish them at your teams&apos; pace.</source>
        <translation>
            <numerusform>The modules preparation finished: %n module prepared for platform version %1. Publish it at your teams&apos; pace.</numerusform>
            <numerusform>The modules preparation finished: %n modules prepared for platform version %1. Publish them at your teams&apos; pace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already published for this platform version during the preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing &apos;%1&apos; version %2 for platform version %3 failed: %n compilation error(s).</source>
        <translation>
            <numerusform>Preparing &apos;%1&apos; version %2 for platform version %3 failed: %n compilation error.</numerusform>
            <numerusform>Preparing &apos;%1&apos; version %2 for platform version %3 failed: %n compilation errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing &apos;%1&apos; version %2 for platform version %3 failed: it could not be compiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared together with &apos;%1&apos; (a reference cycle), which failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: producer &apos;%1&apos; failed to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationGraph</name>
    <message>
        <source>A module to prepare has no name (position %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1 has a negative preparation weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module %1 is listed twice for preparation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>Publishing &apos;%1&apos; failed: the compiler could not write its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publishing &apos;%1&apos; version %2 failed: %n compilation error(s) for platform version %3. The running version is unchanged.</source>
        <translation>
            <numerusform>Publishing &apos;%1&apos; version %2 failed: %n compilation error for platform version %3. The running version is unchanged.</numerusform>
            <numerusform>Publishing &apos;%1&apos; version %2 failed: %n compilation errors for platform version %3. The running version is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Solution publish stopped: %1 No module of the solution was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Already deployed by this Solution publish: %2. The other modules of the solution were not deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling &apos;%1&apos; version %2 for platform version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled &apos;%1&apos; version %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying &apos;%1&apos; version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; now runs version %2 (compilation %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCenter</name>
    <message>
        <source>Open Service Center: the administration console of an application platform&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s data folder. A missing or empty folder becomes a new environment with the demo factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user named in operations and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Service Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Service Center — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the environment in %1 with the demo factory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure how long the window&apos;s event loop stalls, and print the longest stall and its percentiles when quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stall-probe: also write the report as JSON to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <source>No settings to apply to &apos;%1&apos;: give KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; has no setting &apos;%2&apos;. Its settings: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 value for setting &apos;%3&apos; of &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the settings of &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::AreaWidget</name>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::BuiltinCompiler</name>
    <message>
        <source>an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; references &apos;%2&apos; (%3), but &apos;%4&apos; has no compilation for %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; references &apos;%2&apos; (%3), but the compilation of &apos;%4&apos; for %5 has no public element &apos;%6&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; references &apos;%2&apos; as %3, but its compilation for %4 has %5 of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos; references &apos;%2&apos; (%3) with signature &apos;%4&apos;, but its compilation for %5 has &apos;%6&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos;, element &apos;%2&apos;: platform API &apos;%3&apos; is called with signature &apos;%4&apos;, but %5 has &apos;%6&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos;, element &apos;%2&apos;: platform API &apos;%3&apos; was removed in %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos;, element &apos;%2&apos;: platform API &apos;%3&apos; was removed in %4 (%5) and is not available in %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module &apos;%1&apos;, element &apos;%2&apos;: platform API &apos;%3&apos; does not exist in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compiler profile was given for module &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compilation folder was given for module &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the compilation folder &apos;%1&apos;: it already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file is in the way or access is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the folder &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the compilation into &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::CompilerProfile</name>
    <message>
        <source>a profile object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the keys %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the profile object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a platform version such as &quot;11.12.0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system components version such as &quot;11.12.0.3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of feature keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the features %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each feature once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of API signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API signature such as &quot;(Url: Text) -&gt; (Body: Text)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of removal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API that this version does not offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, which is also listed under &quot;apis&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a removal note &quot;removed in &lt;version&gt;: &lt;advice&gt;&quot; with a version up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler profile folder &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the compiler profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler profiles &apos;%1&apos; and &apos;%2&apos; both describe platform version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler profile folder &apos;%1&apos; has no profile (*.json).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::EnvironmentHealthPage</name>
    <message>
        <source>Environment Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules preparation (execution %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is idle: no modules preparation or deployment is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected lock: interrupts the operation that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files held by other processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes holding a lock on a file in %1 and %2: a publish or a deployment that needs the file waits for it, then fails with the name of the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other process holds a file in the compilations or deployments folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upgrade step is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases last %1 and are renewed every third of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) locked</source>
        <translation>
            <numerusform>%n module locked</numerusform>
            <numerusform>%n modules locked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a stale lease: its holder stopped renewing it or is gone.</source>
        <translation>
            <numerusform>, %n with a stale lease: its holder stopped renewing it or is gone.</numerusform>
            <numerusform>, %n with a stale lease: their holders stopped renewing them or are gone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read at %1 · every %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last looked at %1 (it took %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folders were not scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing the lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lock to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on &apos;%1&apos; is stale. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation holding &apos;%1&apos; is running: release it only if it is stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Released the lock on &apos;%1&apos;: %2 #%3 was interrupted and %n module(s) freed.</source>
        <translation>
            <numerusform>Released the lock on &apos;%1&apos;: %2 #%3 was interrupted and %n module freed.</numerusform>
            <numerusform>Released the lock on &apos;%1&apos;: %2 #%3 was interrupted and %n modules freed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock was not released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ErrorEntryDialog</name>
    <message>
        <source>Error Log Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Log Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the &amp;Error Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring &gt; Errors, on this entry: with the entries around it and its filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ExecutionChartsWidget</name>
    <message>
        <source>Time since start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules done over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection (ETA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This execution has no modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ExecutionDetailDialog</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still failing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly failing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show modules in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules of the execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module matches this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this execution and its modules as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – Execution Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules deployment · execution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules preparation · execution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in process %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the process running it ended. Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold. Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (asked to hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference cycles (their modules run together): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since execution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n module(s)</source>
        <translation>
            <numerusform>%1 of %n module</numerusform>
            <numerusform>%1 of %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>This execution has no modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module of this execution is in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The execution has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Execution Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#&quot;&gt;Execution %1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a failed module for its Error Log entry, a skipped one for the producer that caused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Error Log entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module&apos;s failure was not written to the Error Log: its reason in the table is all there is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Log entry %1 is no longer in the Error Log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries are removed when the Error Log is purged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ExecutionModulesModel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Log entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ExecutionsModel</name>
    <message>
        <source>Not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::Json</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less deeply nested values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON value (object, array, string, number, true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; starting an object key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; after an object key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; closing the string (control characters must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four hexadecimal digits after \u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&quot;&apos; closing the string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a smaller document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: expected %4, found %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::LockHealthModel</name>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started by %2 at %3 holds &apos;%4&apos;. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::LockRefusalDialog</name>
    <message>
        <source>Module Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait and run when free runs it as soon as the module is released (you can cancel the wait). Try again asks once more now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait and Run When Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again when the operation that locks the module has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::LockWaitDialog</name>
    <message>
        <source>Waiting for a Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for ‘%1’…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs as soon as the operation that locks the module ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::LockedFilesModel</name>
    <message>
        <source>Compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::LogDetailView</name>
    <message>
        <source>Entry detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (operation %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the failure of producer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::LogFilterBar</name>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words in messages and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::LogGroupsModel</name>
    <message>
        <source>%1+ modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (what varies shown as # and …)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::LogPage</name>
    <message>
        <source>Error Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the entries that share a message (numbers, quoted names and paths aside), with their count, first and last time seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entries of the current filter to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries grouped by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping the entries by cause… %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Error Log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The General log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not in the log: retention has removed it, or it was never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Error Log holds no failure of that producer before this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest entry of this group is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping the entries by cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group to see its newest entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries could not be grouped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry to group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading execution %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;, started %3: %4 failed, %5 skipped. Showing its errors; Reset shows every entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was skipped because its producer %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show that failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no Error Log entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more skipped module(s).</source>
        <translation>
            <numerusform>and %n more skipped module.</numerusform>
            <numerusform>and %n more skipped modules.</numerusform>
        </translation>
    </message>
    <message>
        <source>Position in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting to %1… %Ln entry(ies) written</source>
        <translation>
            <numerusform>Exporting to %1… %Ln entry written</numerusform>
            <numerusform>Exporting to %1… %Ln entries written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting… %Ln matching entry(ies) so far</source>
        <translation>
            <numerusform>Counting… %Ln matching entry so far</numerusform>
            <numerusform>Counting… %Ln matching entries so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching entry(ies)</source>
        <translation>
            <numerusform>%Ln matching entry</numerusform>
            <numerusform>%Ln matching entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 among %2. Activate a group to see its newest entry in the list.</source>
        <extracomment>%1 is &quot;&lt;n&gt; cause(s)&quot;, %2 is &quot;&lt;n&gt; entry(ies)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cause(s)</source>
        <translation>
            <numerusform>%Ln cause</numerusform>
            <numerusform>%Ln causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(ies) to %1.</source>
        <translation>
            <numerusform>Exported %Ln entry to %1.</numerusform>
            <numerusform>Exported %Ln entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osc::LogTableModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s settings, and Apply Settings to the factory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Open Service Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System components %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>About Open Service Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Open Service Center %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An administration console for an application platform&apos;s environment: its modules, their publication, the platform upgrades and the logs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Open Service Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation is running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting puts it on hold: the modules being compiled finish first, then it stops and releases its locks. Resume it later from Administration &gt; Platform Upgrade, or with &apos;scctl resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules deployment is running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting puts it on hold: the modules being deployed finish first, then it stops and releases its locks. Resume it later from Factory &gt; Upgrades, or with &apos;scctl resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Service Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More details about the upgrade step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2% — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules preparation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules deployment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;ctory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ModuleDetailPage</name>
    <message>
        <source>The modules preparation has not compiled it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its compilation failed during the modules preparation: see Compilations for the diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation skipped it because a producer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation skipped it because its producer ‘%1’ failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation did not run for this upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of modules (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producers and Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roducers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules this module references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module references no other module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules that reference this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module references this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module is not deployed: no version of it has been published with success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module ‘%1’ could not be loaded.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by producer ‘%1’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest, running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producers (%1) and Consumers (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has not been compiled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics of version %1 with platform %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled with no diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compilation failed with no diagnostic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile version %1 of ‘%2’ and deploy it (1-Click Publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n diagnostic(s):</source>
        <translation>
            <numerusform>%n diagnostic:</numerusform>
            <numerusform>%n diagnostics:</numerusform>
        </translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics of the last operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values the module runs with. Applying changed values redeploys the module with them (a Configuration update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the values the module runs with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed; it runs with ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied</source>
        <translation>
            <numerusform>%n change not applied</numerusform>
            <numerusform>%n changes not applied</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the settings: wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a value to apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy ‘%1’ with the changed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation is in progress: wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ‘%1’: it stops running; you are asked to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ModuleInterface</name>
    <message>
        <source>one of the keys %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with the key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interface object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a platform version such as &quot;11.12.0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each element name once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;action&quot;, &quot;entity&quot; or &quot;structure&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature starting with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compilation folder &apos;%1&apos; has no interface.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ModuleOperations</name>
    <message>
        <source>Waiting for ‘%1’…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing version %1 of ‘%2’…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing ‘%1’…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting ‘%1’…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying settings to ‘%1’…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the module ‘%1’?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stops running and its deployed files are removed. Its history stays in the logs, and it can be imported and published again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ is locked by the %2 started by %3 at %4 (process %5 on %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 of ‘%2’ in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted ‘%1’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted ‘%1’. %n module(s) now show as Broken: %2.</source>
        <translation>
            <numerusform>Deleted ‘%1’. %n module now shows as Broken: %2.</numerusform>
            <numerusform>Deleted ‘%1’. %n modules now show as Broken: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied %1 to ‘%2’ and redeployed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 for ‘%2’: the values apply when it is first published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for ‘%1’; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 runs as soon as the operation that locks the module ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete it anyway? The %n module(s) referencing it will show as Broken until they are published without their references to ‘%1’.</source>
        <translation>
            <numerusform>Delete it anyway? The %n module referencing it will show as Broken until it is published without its references to ‘%1’.</numerusform>
            <numerusform>Delete it anyway? The %n modules referencing it will show as Broken until they are published without their references to ‘%1’.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ModuleParser</name>
    <message>
        <source>Cannot read the module definition file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ModulesModel</name>
    <message>
        <source>Not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version deployed and running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest uploaded version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules this module references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules that reference this module</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::ModulesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search modules or applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the modules from the environment (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n module(s)</source>
        <translation>
            <numerusform>%1 of %n module</numerusform>
            <numerusform>%1 of %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the factory from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment has no modules. Upload module definition files with “scctl import”, then publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module has the status you selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module or application name contains “%1” with the status you selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module or application name contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Latest Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::PlaceholderPage</name>
    <message>
        <source>This screen is not available yet; it comes in a later release of Open Service Center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::PlatformUpgradePage</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version to upgrade to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the modules preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an unattended upgrade: no module is compiled with the new version, so every module must be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t install the system components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install them later with Install System Components. Until then, the modules preparation fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This environment runs the newest installed platform version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules preparation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile, without deploying, every module published with success that is not prepared for this version yet: after errors, the failed and skipped ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the modules being compiled, then stop and release the locks. Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the modules preparation on hold, or stopped, where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install System Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system components are not installed: install them later with Install System Components. Until then, the modules preparation fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system components %1 are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the modules preparation starts: every module published with success is compiled with platform version %1, without deploying it, so running applications do not change. Until it ends, modules cannot be published, deleted or have their settings applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation for platform version %1, which did not finish, is abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the environment from platform version %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that ran the modules preparation (execution %1) ended: this window resumed it where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the platform from %1 to %2 and installed its system components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the platform from %1 to %2; its system components are not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window could not resume the modules preparation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules Preparation Not Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform Not Upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules Preparation Not Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Components Not Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed the system components %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules Preparation Not Put on Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None installed. Platform version %1 needs the system components %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from an earlier version. Platform version %2 needs the system components %3: install them before preparing the modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches to platform version %1 without its system components and without preparing the modules: every module must be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches to platform version %1 and installs its system components %2. The modules are not prepared: every module must be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches to platform version %1 without its system components, then starts the modules preparation, which fails until they are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches to platform version %1, installs its system components %2, then prepares the modules: every module published with success is compiled with the new version, without deploying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules preparation for platform version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution %1 · started %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the modules being prepared are locked: the others can be published meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it ends, modules cannot be published, deleted or have their settings applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the platform to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the system components…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the modules preparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the modules preparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the modules preparation on hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the modules for platform version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules being compiled finish first; then it stops and releases its locks. Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module published with success is compiled with the new version, without deploying it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed %1 · remaining %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version %1 has no modules preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After an upgrade, every module must be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes with platform version %1: an upgrade to it compiles every module published with success with the new version, so that they can be published at your teams&apos; pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules have not been prepared for platform version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare Modules compiles every module published with success with this version, without deploying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation stopped: the process running it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had been asked to hold. Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 on %2 finishes the modules it is compiling, then holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs in process %1 on %2, started by %3; this page follows it. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 modules are done. Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed to compile and %2 were skipped because a producer failed. Publish each of them, or press Prepare Modules to prepare them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the system components, then press Prepare Modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Error Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Error Log has the details of what failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1 · took %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 modules (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules with errors (%1 failed, %2 skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the system components %1 of platform version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system components %1 of platform version %2 are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) call APIs that platform version %1 removed: they fail to compile until they are changed and published again.</source>
        <translation>
            <numerusform>%n module calls APIs that platform version %1 removed: it fails to compile until it is changed and published again.</numerusform>
            <numerusform>%n modules call APIs that platform version %1 removed: they fail to compile until they are changed and published again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>osc::ReleaseLockDialog</name>
    <message>
        <source>Release Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is locked by an operation that is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the stale lock on &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2, started by %3 at %4, holds %5. It runs in %6. %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this interrupts an operation that is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing it interrupts that operation and frees %1. The modules get a new fencing token, so that process can no longer write to them: its next write is refused and what it has not recorded yet is lost. A deployment it left half-done is finished or discarded by the next publish. The release is recorded in the General log under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its lease is live: release it only if you know that the process is stuck and will not finish by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::StepBanner</name>
    <message>
        <source>Upgrade step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade step progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here for more details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the errors in the Error Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the modules preparation for platform version %1 on hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the modules deployment for platform version %1 on hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing modules for platform version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying modules for platform version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation for platform version %1 is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules deployment for platform version %1 is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::UpgradePreviewPanel</name>
    <message>
        <source>Before you upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules calling removed APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The modules preparation will compile %n module(s) with platform version %1, without deploying them.</source>
        <translation>
            <numerusform>The modules preparation will compile %n module with platform version %1, without deploying it.</numerusform>
            <numerusform>The modules preparation will compile %n modules with platform version %1, without deploying them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform version %1 brings no new upgrade feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New with platform version %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module calls an API that platform version %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) call APIs that platform version %1 removed: they fail to compile until they are changed and published again.</source>
        <translation>
            <numerusform>%n module calls APIs that platform version %1 removed: it fails to compile until it is changed and published again.</numerusform>
            <numerusform>%n modules call APIs that platform version %1 removed: they fail to compile until they are changed and published again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (source file unreadable): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::UpgradesPage</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show executions of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an execution, or press Enter, to see its modules and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules deployment is running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A modules deployment is running in process %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A modules preparation is running in process %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy All Not Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be deployed and %2 skipped (already deployed, or without a successful compilation in this version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Until it ends, the modules being deployed cannot be published, deleted or have their settings applied. Running applications switch to the new version module by module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy %1 (version %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip %1 (version %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the modules deployment for platform version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the prepared modules for platform version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules Deployment Not Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules Deployment Not Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules deployment is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution %1 · started %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the modules deployment on hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying the prepared modules for platform version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules being deployed finish first; then it stops and releases its locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs in this window. Modules being deployed cannot be published, deleted or have their settings applied until they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed %1 · remaining %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules deployment stopped: the process running it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume continues where it stopped; no module is deployed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 on %2 finishes the modules it is deploying, then holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs in process %1 on %2, started by %3; this page follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 modules are done. Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment is fully upgraded to platform version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Error Log has the details of what failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1 · took %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy All is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prepared module(s) ready to deploy.</source>
        <translation>
            <numerusform>%n prepared module ready to deploy.</numerusform>
            <numerusform>%n prepared modules ready to deploy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy All deploys, for each module, its latest successful compilation in platform version %1, unless it is already deployed. You decide when: until then, the modules keep running their current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 modules (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to deploy, %2 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No modules preparation or deployment has run in this environment yet. Upgrading the platform (Administration &gt; Platform Upgrade) prepares the modules; Deploy then deploys them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No execution of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n execution</numerusform>
            <numerusform>%n executions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n execution(s)</source>
        <translation>
            <numerusform>%1 of %n execution</numerusform>
            <numerusform>%1 of %n executions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed to deploy and %2 were skipped. Press Deploy to deploy again only the modules that failed; if they keep failing, publish them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade step progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the modules being prepared or deployed, then stop and release the locks. Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the step on hold, or stopped, where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module of this step and its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation is running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform version %1 has no modules preparation: publishing a module compiles it with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation for platform version %1 stopped before the end: Resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules deployment for platform version %1 stopped before the end: Resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module published with success is prepared for platform version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules Preparation Not Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules Preparation Not Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Put on Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade steps for platform version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the modules preparation on hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules being compiled finish first; then it stops and releases its locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the modules for platform version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs in this window. It compiles the modules with the new version without deploying them; running applications do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules preparation stopped: the process running it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume continues where it stopped; no module is compiled twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 on %2 finishes the modules it is compiling, then holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed to compile and %2 were skipped. Fix or republish the failed modules, then press Prepare to prepare again only those left failed or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare again the %1 that failed and the %2 that were skipped in execution %3, with their producers&apos; new compilations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile, without deploying, every module published with success that is not prepared for this platform version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Execution Details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osc::WorkersModel</name>
    <message>
        <source>Worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (on hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
