<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KnownHosts</name>
    <message>
        <source>Node %1 (%2 port %3) sent no usable host key.</source>
        <translation>Node %1 (%2 port %3) sent no usable host key.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) has CHANGED. Someone may be intercepting the connection, or the server was reinstalled.
Known key:   %4
Offered key: %5 (%6)
Nothing was sent to the node. If the change is expected, remove the old key with `ssh-keygen -R "%7" -f %8` and connect again.</source>
        <translation>The host key of node %1 (%2 port %3) has CHANGED. Someone may be intercepting the connection, or the server was reinstalled.
Known key:   %4
Offered key: %5 (%6)
Nothing was sent to the node. If the change is expected, remove the old key with `ssh-keygen -R "%7" -f %8` and connect again.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) offered a %4 host key (%5), but %6 holds a key of another type for it. This tool refuses it, as ssh would. If the node's keys changed on purpose, remove the old entry with `ssh-keygen -R "%7" -f %6`.</source>
        <translation>Node %1 (%2 port %3) offered a %4 host key (%5), but %6 holds a key of another type for it. This tool refuses it, as ssh would. If the node's keys changed on purpose, remove the old entry with `ssh-keygen -R "%7" -f %6`.</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) was not trusted (%4 %5).</source>
        <translation>The host key of node %1 (%2 port %3) was not trusted (%4 %5).</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) is not known: %4 %5.
The host key policy "%6" accepts only keys already in %7. Check the fingerprint on the node (`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`), then add the key with `ssh-keyscan -p %3 %2 &gt;&gt; %7`, or run once with the policy accept-new.</source>
        <translation>The host key of node %1 (%2 port %3) is not known: %4 %5.
The host key policy "%6" accepts only keys already in %7. Check the fingerprint on the node (`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`), then add the key with `ssh-keyscan -p %3 %2 &gt;&gt; %7`, or run once with the policy accept-new.</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) could not be checked against %4: %5</source>
        <translation>The host key of node %1 (%2 port %3) could not be checked against %4: %5</translation>
    </message>
    <message>
        <source>The host key of node %1 could not be checked.</source>
        <translation>The host key of node %1 could not be checked.</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2) could not be stored in %3: %4</source>
        <translation>The host key of node %1 (%2) could not be stored in %3: %4</translation>
    </message>
</context>
<context>
    <name>pveha::CliRunner</name>
    <message>
        <source>"%1" is not available in this version yet: its engine has not been built.</source>
        <translation>"%1" is not available in this version yet: its engine has not been built.</translation>
    </message>
</context>
<context>
    <name>pveha::CommandLine</name>
    <message>
        <source>Language of the interface and messages: en or fr.</source>
        <translation>Language of the interface and messages: en or fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Use three simulated nodes instead of real servers.</source>
        <translation>Use three simulated nodes instead of real servers.</translation>
    </message>
    <message>
        <source>The cluster spec file (JSON).</source>
        <translation>The cluster spec file (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>Confirm destructive actions (disk erasure, node crash).</source>
        <translation>Confirm destructive actions (disk erasure, node crash).</translation>
    </message>
    <message>
        <source>Start at this phase.</source>
        <translation>Start at this phase.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>Run only this phase.</source>
        <translation>Run only this phase.</translation>
    </message>
    <message>
        <source>Also write every event as one JSON object per line to this file.</source>
        <translation>Also write every event as one JSON object per line to this file.</translation>
    </message>
    <message>
        <source>Change the firewall (without it, only show the difference).</source>
        <translation>Change the firewall (without it, only show the difference).</translation>
    </message>
    <message>
        <source>The node to crash.</source>
        <translation>The node to crash.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The protected guest to watch.</source>
        <translation>The protected guest to watch.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Give up after this many seconds.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Where to write the HTML report.</source>
        <translation>Where to write the HTML report.</translation>
    </message>
    <message>
        <source>Check the nodes against the spec (preflight) without changing anything.</source>
        <translation>Check the nodes against the spec (preflight) without changing anything.</translation>
    </message>
    <message>
        <source>Print every command the deployment would run, node by node.</source>
        <translation>Print every command the deployment would run, node by node.</translation>
    </message>
    <message>
        <source>Run the deployment; steps already done are skipped, so a re-run resumes.</source>
        <translation>Run the deployment; steps already done are skipped, so a re-run resumes.</translation>
    </message>
    <message>
        <source>Show the state of Ceph, the RAID arrays, HA and the storages.</source>
        <translation>Show the state of Ceph, the RAID arrays, HA and the storages.</translation>
    </message>
    <message>
        <source>Show (or apply with --apply) the OVHcloud Edge Network Firewall rules.</source>
        <translation>Show (or apply with --apply) the OVHcloud Edge Network Firewall rules.</translation>
    </message>
    <message>
        <source>Crash a node on purpose and measure how long HA takes to restart the guest.</source>
        <translation>Crash a node on purpose and measure how long HA takes to restart the guest.</translation>
    </message>
    <message>
        <source>Write the self-contained HTML report of the last run.</source>
        <translation>Write the self-contained HTML report of the last run.</translation>
    </message>
    <message>
        <source>Commands (without a command, the wizard opens):</source>
        <translation>Commands (without a command, the wizard opens):</translation>
    </message>
    <message>
        <source>Run '%1 COMMAND --help' for the options of a command.</source>
        <translation>Run '%1 COMMAND --help' for the options of a command.</translation>
    </message>
    <message>
        <source>Run '%1 --help' for usage.</source>
        <translation>Run '%1 --help' for usage.</translation>
    </message>
    <message>
        <source>Turns three or more OVHcloud dedicated servers into a Proxmox VE high-availability cluster with Ceph storage, over SSH.</source>
        <translation>Turns three or more OVHcloud dedicated servers into a Proxmox VE high-availability cluster with Ceph storage, over SSH.</translation>
    </message>
    <message>
        <source>What to do; none opens the wizard.</source>
        <translation>What to do; none opens the wizard.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[command]</translation>
    </message>
    <message>
        <source>Unknown command "%1". The commands are: %2.</source>
        <translation>Unknown command "%1". The commands are: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1".</source>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <source>--lang: "%1" is not a supported language; use en or fr.</source>
        <translation>--lang: "%1" is not a supported language; use en or fr.</translation>
    </message>
    <message>
        <source>--%1 belongs to a command; the wizard takes only --lang, --demo and --spec.</source>
        <translation>--%1 belongs to a command; the wizard takes only --lang, --demo and --spec.</translation>
    </message>
    <message>
        <source>--%1 is not an option of "%2".</source>
        <translation>--%1 is not an option of "%2".</translation>
    </message>
    <message>
        <source>--spec needs a file name.</source>
        <translation>--spec needs a file name.</translation>
    </message>
    <message>
        <source>"%1" needs a cluster: give --spec FILE, or --demo for simulated nodes.</source>
        <translation>"%1" needs a cluster: give --spec FILE, or --demo for simulated nodes.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a phase; the phases are: %3.</source>
        <translation>--%1: "%2" is not a phase; the phases are: %3.</translation>
    </message>
    <message>
        <source>--from and --only cannot be used together.</source>
        <translation>--from and --only cannot be used together.</translation>
    </message>
    <message>
        <source>--events needs a file name.</source>
        <translation>--events needs a file name.</translation>
    </message>
    <message>
        <source>crash-test needs --node NAME: the node to crash.</source>
        <translation>crash-test needs --node NAME: the node to crash.</translation>
    </message>
    <message>
        <source>crash-test needs --vmid N: the id of a protected guest (100 or more).</source>
        <translation>crash-test needs --vmid N: the id of a protected guest (100 or more).</translation>
    </message>
    <message>
        <source>--timeout: "%1" is not a number of seconds greater than 0.</source>
        <translation>--timeout: "%1" is not a number of seconds greater than 0.</translation>
    </message>
    <message>
        <source>report needs --out FILE.html: where to write the report.</source>
        <translation>report needs --out FILE.html: where to write the report.</translation>
    </message>
</context>
<context>
    <name>pveha::InstallerWizard</name>
    <message>
        <source>Proxmox VE HA cluster installer — demo (simulated nodes)</source>
        <translation>Proxmox VE HA cluster installer — demo (simulated nodes)</translation>
    </message>
    <message>
        <source>Proxmox VE HA cluster installer</source>
        <translation>Proxmox VE HA cluster installer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>pveha::SpecJson</name>
    <message>
        <source>This field is not part of the spec format and is ignored; check its spelling.</source>
        <translation>This field is not part of the spec format and is ignored; check its spelling.</translation>
    </message>
    <message>
        <source>%1 is not an object (expected fields in braces { }).</source>
        <translation>%1 is not an object (expected fields in braces { }).</translation>
    </message>
    <message>
        <source>%1 is not a list (expected values in square brackets [ ]).</source>
        <translation>%1 is not a list (expected values in square brackets [ ]).</translation>
    </message>
    <message>
        <source>%1 is not text (expected a value in double quotes).</source>
        <translation>%1 is not text (expected a value in double quotes).</translation>
    </message>
    <message>
        <source>%1 is not a whole number (expected digits without quotes or decimals).</source>
        <translation>%1 is not a whole number (expected digits without quotes or decimals).</translation>
    </message>
    <message>
        <source>%1 is far outside the range this field allows.</source>
        <translation>%1 is far outside the range this field allows.</translation>
    </message>
    <message>
        <source>%1 is not true or false (expected true or false without quotes).</source>
        <translation>%1 is not true or false (expected true or false without quotes).</translation>
    </message>
    <message>
        <source>%1 is not allowed here (expected one of: %2).</source>
        <translation>%1 is not allowed here (expected one of: %2).</translation>
    </message>
</context>
<context>
    <name>pveha::StepsPanel</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Private network</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <source>Ceph and HA</source>
        <translation>Ceph and HA</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Firewall rules</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Apply the firewall</source>
        <translation>Apply the firewall</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Cluster health</source>
        <translation>Cluster health</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Crash test</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>pveha::WelcomePage</name>
    <message>
        <source>Build a Proxmox VE high-availability cluster</source>
        <translation>Build a Proxmox VE high-availability cluster</translation>
    </message>
    <message>
        <source>From three or more freshly installed OVHcloud dedicated servers, over SSH.</source>
        <translation>From three or more freshly installed OVHcloud dedicated servers, over SSH.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This assistant turns your servers into a &lt;b&gt;Proxmox VE cluster&lt;/b&gt; with &lt;b&gt;Ceph&lt;/b&gt; storage and &lt;b&gt;high availability&lt;/b&gt;: if a server fails, its virtual machines restart on the others, with no data lost.&lt;/p&gt;&lt;p&gt;Nothing is changed on the servers before you have reviewed the plan and confirmed each step that erases disks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This assistant turns your servers into a &lt;b&gt;Proxmox VE cluster&lt;/b&gt; with &lt;b&gt;Ceph&lt;/b&gt; storage and &lt;b&gt;high availability&lt;/b&gt;: if a server fails, its virtual machines restart on the others, with no data lost.&lt;/p&gt;&lt;p&gt;Nothing is changed on the servers before you have reviewed the plan and confirmed each step that erases disks.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;You will describe the nodes, the private vRack network, the disks, Ceph, HA and the Edge Network Firewall; the assistant then checks the servers, shows every command it will run, deploys with live logs, and ends with a health check and a report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;You will describe the nodes, the private vRack network, the disks, Ceph, HA and the Edge Network Firewall; the assistant then checks the servers, shows every command it will run, deploys with live logs, and ends with a health check and a report.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language of the assistant, its messages and the report.</source>
        <translation>The language of the assistant, its messages and the report.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>&amp;New cluster: describe the servers step by step</source>
        <translation>&amp;New cluster: describe the servers step by step</translation>
    </message>
    <message>
        <source>&amp;Open a saved cluster spec (JSON)…</source>
        <translation>&amp;Open a saved cluster spec (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Demo: three simulated nodes, nothing real is touched</source>
        <translation>&amp;Demo: three simulated nodes, nothing real is touched</translation>
    </message>
    <message>
        <source>Try the whole flow on simulated servers, without any real machine.</source>
        <translation>Try the whole flow on simulated servers, without any real machine.</translation>
    </message>
</context>
</TS>
