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
        <source>Cannot copy %1 to %2. Check the free disk space and the folder&apos;s permissions.</source>
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
        <source>Error Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every error recorded in this environment: when it happened, the module and version, the operation and step, the message and its full detail (compiler diagnostics, file paths, the process), with filters by time, module, operation and text, a detail view and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of every operation and who started it, refused operations included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Factory</source>
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
        <source>The modules preparation and Deploy All: live progress, the Deploy button, and the report of every past preparation and deployment with its details.</source>
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
        <source>Upgrade the environment to a newer platform version: install the system components, then prepare the modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s services, which operation holds which module lock, and which process holds a file that a publish needs.</source>
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
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish diagnostics</source>
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
        <source>Default value</source>
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
        <source>Publishing ‘%1’: wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile version %1 of ‘%2’ and deploy it (1-Click Publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing version %1 of ‘%2’…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 of ‘%2’ in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing version %1 of ‘%2’ failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n diagnostic(s):</source>
        <translation>
            <numerusform>%n diagnostic:</numerusform>
            <numerusform>%n diagnostics:</numerusform>
        </translation>
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
        <source>&amp;Clear Filters</source>
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
</TS>
