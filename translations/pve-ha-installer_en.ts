<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pveha::BlockDevices</name>
    <message>
        <source>a device entry is not an object</source>
        <translation>a device entry is not an object</translation>
    </message>
    <message>
        <source>a device has no name or no type</source>
        <translation>a device has no name or no type</translation>
    </message>
    <message>
        <source>the size of %1 is not a number of bytes (was lsblk run with -b?)</source>
        <translation>the size of %1 is not a number of bytes (was lsblk run with -b?)</translation>
    </message>
    <message>
        <source>the ROTA value of %1 is not a boolean</source>
        <translation>the ROTA value of %1 is not a boolean</translation>
    </message>
    <message>
        <source>the children of %1 are not a list</source>
        <translation>the children of %1 are not a list</translation>
    </message>
    <message>
        <source>lsblk printed something that is not JSON (%1)</source>
        <translation>lsblk printed something that is not JSON (%1)</translation>
    </message>
    <message>
        <source>lsblk&apos;s JSON has no &quot;blockdevices&quot; list</source>
        <translation>lsblk&apos;s JSON has no &quot;blockdevices&quot; list</translation>
    </message>
    <message>
        <source>it holds the root filesystem</source>
        <translation>it holds the root filesystem</translation>
    </message>
    <message>
        <source>it carries an md RAID signature (linux_raid_member)</source>
        <translation>it carries an md RAID signature (linux_raid_member)</translation>
    </message>
    <message>
        <source>it is an LVM physical volume (LVM2_member)</source>
        <translation>it is an LVM physical volume (LVM2_member)</translation>
    </message>
    <message numerus="yes">
        <source>it has %n partition(s)</source>
        <translation>
            <numerusform>it has %n partition</numerusform>
            <numerusform>it has %n partitions</numerusform>
        </translation>
    </message>
    <message>
        <source>it is mounted on %1</source>
        <translation>it is mounted on %1</translation>
    </message>
    <message>
        <source>it is a member of the md array %1</source>
        <translation>it is a member of the md array %1</translation>
    </message>
    <message>
        <source>it is used by the LVM volume %1</source>
        <translation>it is used by the LVM volume %1</translation>
    </message>
    <message>
        <source>it holds a signature: %1</source>
        <translation>it holds a signature: %1</translation>
    </message>
</context>
<context>
    <name>pveha::CephHaPage</name>
    <message>
        <source>The enterprise repository needs a valid Proxmox subscription on every node; without one, installing Ceph fails.</source>
        <translation>The enterprise repository needs a valid Proxmox subscription on every node; without one, installing Ceph fails.</translation>
    </message>
    <message>
        <source>Ceph and high availability</source>
        <translation>Ceph and high availability</translation>
    </message>
    <message>
        <source>Ceph replicates the VM disks across the nodes; HA restarts the protected VMs on another node when one fails.</source>
        <translation>Ceph replicates the VM disks across the nodes; HA restarts the protected VMs on another node when one fails.</translation>
    </message>
    <message>
        <source>Ceph storage</source>
        <translation>Ceph storage</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>No-subscription (free)</source>
        <translation>No-subscription (free)</translation>
    </message>
    <message>
        <source>Enterprise (subscription)</source>
        <translation>Enterprise (subscription)</translation>
    </message>
    <message>
        <source>Where the Ceph packages come from; the example uses the free no-subscription repository.</source>
        <translation>Where the Ceph packages come from; the example uses the free no-subscription repository.</translation>
    </message>
    <message>
        <source>&amp;Public network:</source>
        <translation>&amp;Public network:</translation>
    </message>
    <message>
        <source>The network Ceph clients and monitors use, in CIDR notation. By default the private network (for example 10.0.0.0/24); it must contain every node&apos;s private address.</source>
        <translation>The network Ceph clients and monitors use, in CIDR notation. By default the private network (for example 10.0.0.0/24); it must contain every node&apos;s private address.</translation>
    </message>
    <message>
        <source>&amp;Cluster network:</source>
        <translation>&amp;Cluster network:</translation>
    </message>
    <message>
        <source>The network OSDs replicate over, in CIDR notation. By default the private network (for example 10.0.0.0/24).</source>
        <translation>The network OSDs replicate over, in CIDR notation. By default the private network (for example 10.0.0.0/24).</translation>
    </message>
    <message>
        <source>P&amp;ool name:</source>
        <translation>P&amp;ool name:</translation>
    </message>
    <message>
        <source>The RBD pool, also added as Proxmox storage of the same name, for example Stockage-HA: a letter, then letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, ending with a letter or digit.</source>
        <translation>The RBD pool, also added as Proxmox storage of the same name, for example Stockage-HA: a letter, then letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, ending with a letter or digit.</translation>
    </message>
    <message>
        <source>Copies (&amp;size):</source>
        <translation>Copies (&amp;size):</translation>
    </message>
    <message>
        <source>How many copies Ceph keeps of each object, at most one per node; the example keeps 3.</source>
        <translation>How many copies Ceph keeps of each object, at most one per node; the example keeps 3.</translation>
    </message>
    <message>
        <source>&amp;Minimum copies (min_size):</source>
        <translation>&amp;Minimum copies (min_size):</translation>
    </message>
    <message>
        <source>Below this many copies available, Ceph stops writes to protect the data; at most the size, the example uses 2.</source>
        <translation>Below this many copies available, Ceph stops writes to protect the data; at most the size, the example uses 2.</translation>
    </message>
    <message>
        <source>&amp;Let Ceph choose the placement groups (autoscale)</source>
        <translation>&amp;Let Ceph choose the placement groups (autoscale)</translation>
    </message>
    <message>
        <source>Recommended: Ceph adjusts the number of placement groups as the pool grows.</source>
        <translation>Recommended: Ceph adjusts the number of placement groups as the pool grows.</translation>
    </message>
    <message>
        <source>&amp;Add the pool as Proxmox storage</source>
        <translation>&amp;Add the pool as Proxmox storage</translation>
    </message>
    <message>
        <source>Makes the pool available for VM disks in Proxmox.</source>
        <translation>Makes the pool available for VM disks in Proxmox.</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>High availability</translation>
    </message>
    <message>
        <source>HA &amp;group or rule:</source>
        <translation>HA &amp;group or rule:</translation>
    </message>
    <message>
        <source>The name of the HA group, for example Cluster-Prod: a letter followed by letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>The name of the HA group, for example Cluster-Prod: a letter followed by letters, digits, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>On Proxmox VE 8 this creates an HA group; on Proxmox VE 9, which replaced groups with rules, a node-affinity rule of this name.</source>
        <translation>On Proxmox VE 8 this creates an HA group; on Proxmox VE 9, which replaced groups with rules, a node-affinity rule of this name.</translation>
    </message>
    <message>
        <source>HA no&amp;des:</source>
        <translation>HA no&amp;des:</translation>
    </message>
    <message>
        <source>The nodes the protected VMs may run on; the example uses all three.</source>
        <translation>The nodes the protected VMs may run on; the example uses all three.</translation>
    </message>
    <message>
        <source>&amp;VMs to protect:</source>
        <translation>&amp;VMs to protect:</translation>
    </message>
    <message>
        <source>The ids of the VMs (or containers) HA restarts elsewhere, separated by commas, for example 100. Each id is a whole number from 100 up; leave empty to protect none yet.</source>
        <translation>The ids of the VMs (or containers) HA restarts elsewhere, separated by commas, for example 100. Each id is a whole number from 100 up; leave empty to protect none yet.</translation>
    </message>
</context>
<context>
    <name>pveha::CephOsdTree</name>
    <message>
        <source>The output of ceph osd tree does not start with its column titles.</source>
        <translation>The output of ceph osd tree does not start with its column titles.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; of ceph osd tree could not be read.</source>
        <translation>The line &quot;%1&quot; of ceph osd tree could not be read.</translation>
    </message>
    <message>
        <source>The output of ceph osd tree is empty.</source>
        <translation>The output of ceph osd tree is empty.</translation>
    </message>
</context>
<context>
    <name>pveha::CephStatus</name>
    <message>
        <source>The field %1 is missing or has an unexpected type.</source>
        <translation>The field %1 is missing or has an unexpected type.</translation>
    </message>
    <message>
        <source>The output of ceph -s is empty.</source>
        <translation>The output of ceph -s is empty.</translation>
    </message>
    <message>
        <source>The output of ceph -s is not the JSON object Ceph prints.</source>
        <translation>The output of ceph -s is not the JSON object Ceph prints.</translation>
    </message>
    <message>
        <source>The output of ceph -s lacks its health, monitor, OSD or pool lines.</source>
        <translation>The output of ceph -s lacks its health, monitor, OSD or pool lines.</translation>
    </message>
</context>
<context>
    <name>pveha::CliRunner</name>
    <message>
        <source>&quot;%1&quot; is not available in this version yet: its engine has not been built.</source>
        <translation>&quot;%1&quot; is not available in this version yet: its engine has not been built.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the spec has %n problem(s):</source>
        <translation>
            <numerusform>%1: the spec has %n problem:</numerusform>
            <numerusform>%1: the spec has %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pveha::ClusterSpec</name>
    <message>
        <source>Cannot read the spec file %1: it is a directory (expected a JSON file such as cluster.json).</source>
        <translation>Cannot read the spec file %1: it is a directory (expected a JSON file such as cluster.json).</translation>
    </message>
    <message>
        <source>Cannot read the spec file %1: %2 (check the path and the file&apos;s permissions).</source>
        <translation>Cannot read the spec file %1: %2 (check the path and the file&apos;s permissions).</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a spec (%2 bytes; a spec is a few kilobytes of JSON).</source>
        <translation>The file %1 is too large to be a spec (%2 bytes; a spec is a few kilobytes of JSON).</translation>
    </message>
    <message>
        <source>The spec is empty (expected a JSON object such as the one in cluster.example.json).</source>
        <translation>The spec is empty (expected a JSON object such as the one in cluster.example.json).</translation>
    </message>
    <message>
        <source>The spec is not valid JSON: %1 at line %2, column %3 (look for a missing comma, quote or bracket just before).</source>
        <translation>The spec is not valid JSON: %1 at line %2, column %3 (look for a missing comma, quote or bracket just before).</translation>
    </message>
    <message>
        <source>The top level of the spec is not a JSON object (expected the whole spec in braces { }, as in cluster.example.json).</source>
        <translation>The top level of the spec is not a JSON object (expected the whole spec in braces { }, as in cluster.example.json).</translation>
    </message>
    <message>
        <source>Cannot save the spec to %1: %2 (choose another folder or check its permissions).</source>
        <translation>Cannot save the spec to %1: %2 (choose another folder or check its permissions).</translation>
    </message>
</context>
<context>
    <name>pveha::CodeView</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard.</source>
        <translation>Copy the whole text to the clipboard.</translation>
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
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Run &apos;%1 COMMAND --help&apos; for the options of a command.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Run &apos;%1 --help&apos; for usage.</translation>
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
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation>Unknown command &quot;%1&quot;. The commands are: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a supported language; use en or fr.</source>
        <translation>--lang: &quot;%1&quot; is not a supported language; use en or fr.</translation>
    </message>
    <message>
        <source>--%1 belongs to a command; the wizard takes only --lang, --demo and --spec.</source>
        <translation>--%1 belongs to a command; the wizard takes only --lang, --demo and --spec.</translation>
    </message>
    <message>
        <source>--%1 is not an option of &quot;%2&quot;.</source>
        <translation>--%1 is not an option of &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--spec needs a file name.</source>
        <translation>--spec needs a file name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a cluster: give --spec FILE, or --demo for simulated nodes.</source>
        <translation>&quot;%1&quot; needs a cluster: give --spec FILE, or --demo for simulated nodes.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a phase; the phases are: %3.</source>
        <translation>--%1: &quot;%2&quot; is not a phase; the phases are: %3.</translation>
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
        <source>--timeout: &quot;%1&quot; is not a number of seconds greater than 0.</source>
        <translation>--timeout: &quot;%1&quot; is not a number of seconds greater than 0.</translation>
    </message>
    <message>
        <source>report needs --out FILE.html: where to write the report.</source>
        <translation>report needs --out FILE.html: where to write the report.</translation>
    </message>
</context>
<context>
    <name>pveha::CrashResultView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Goal met</translation>
    </message>
    <message>
        <source>Goal missed</source>
        <translation>Goal missed</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>Not recovered</translation>
    </message>
    <message>
        <source>vm:%1 ran again on %2, %3 s after %4 crashed (goal: under %5 s).</source>
        <translation>vm:%1 ran again on %2, %3 s after %4 crashed (goal: under %5 s).</translation>
    </message>
    <message>
        <source>Demo: the times are simulated seconds (%1 times faster than real time); %2 was revived afterwards, as a real node reboots by itself after its panic.</source>
        <translation>Demo: the times are simulated seconds (%1 times faster than real time); %2 was revived afterwards, as a real node reboots by itself after its panic.</translation>
    </message>
    <message>
        <source>%1 reboots by itself after its panic (its watchdog); check on the Health page that it joined again.</source>
        <translation>%1 reboots by itself after its panic (its watchdog); check on the Health page that it joined again.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>pveha::CrashTest</name>
    <message>
        <source>%1 is not a node of this cluster.</source>
        <translation>%1 is not a node of this cluster.</translation>
    </message>
    <message>
        <source>Guest %1 is not protected by HA in the spec (ha.resources): crashing a node would not prove anything about it.</source>
        <translation>Guest %1 is not protected by HA in the spec (ha.resources): crashing a node would not prove anything about it.</translation>
    </message>
    <message>
        <source>The HA status could not be read on %1: the cluster must be healthy before a crash test.</source>
        <translation>The HA status could not be read on %1: the cluster must be healthy before a crash test.</translation>
    </message>
    <message>
        <source>The cluster is not quorate: crashing %1 could stop everything.</source>
        <translation>The cluster is not quorate: crashing %1 could stop everything.</translation>
    </message>
    <message>
        <source>Only %1 of %2 nodes are up: without %3 the cluster would lose its quorum and nothing could restart.</source>
        <translation>Only %1 of %2 nodes are up: without %3 the cluster would lose its quorum and nothing could restart.</translation>
    </message>
    <message>
        <source>vm:%1 is not an HA resource yet: deploy the ha phase first.</source>
        <translation>vm:%1 is not an HA resource yet: deploy the ha phase first.</translation>
    </message>
    <message>
        <source>vm:%1 is %2, not started: start it before the test.</source>
        <translation>vm:%1 is %2, not started: start it before the test.</translation>
    </message>
    <message>
        <source>vm:%1 runs on %2, not on %3: the test will show %3 being fenced, but no guest has to move.</source>
        <translation>vm:%1 runs on %2, not on %3: the test will show %3 being fenced, but no guest has to move.</translation>
    </message>
    <message>
        <source>Kernel panic triggered on %1.</source>
        <translation>Kernel panic triggered on %1.</translation>
    </message>
    <message>
        <source>vm:%1 did not start on another node within %2 s.</source>
        <translation>vm:%1 did not start on another node within %2 s.</translation>
    </message>
    <message>
        <source>%1 stopped answering (its LRM has an old timestamp).</source>
        <translation>%1 stopped answering (its LRM has an old timestamp).</translation>
    </message>
    <message>
        <source>HA fences %1 (the watchdog isolates it).</source>
        <translation>HA fences %1 (the watchdog isolates it).</translation>
    </message>
    <message>
        <source>The lock expired: vm:%1 is being recovered.</source>
        <translation>The lock expired: vm:%1 is being recovered.</translation>
    </message>
    <message>
        <source>vm:%1 started on %2.</source>
        <translation>vm:%1 started on %2.</translation>
    </message>
    <message>
        <source>The crash test was stopped before the guest restarted.</source>
        <translation>The crash test was stopped before the guest restarted.</translation>
    </message>
</context>
<context>
    <name>pveha::CrashTestCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>This crashes %1 on purpose (kernel panic): confirm with --yes.</source>
        <translation>This crashes %1 on purpose (kernel panic): confirm with --yes.</translation>
    </message>
    <message>
        <source>Demo: simulated time runs 20 times faster; the times below are simulated seconds.</source>
        <translation>Demo: simulated time runs 20 times faster; the times below are simulated seconds.</translation>
    </message>
    <message>
        <source>warning: the result could not be saved: %1</source>
        <translation>warning: the result could not be saved: %1</translation>
    </message>
    <message>
        <source>vm:%1 restarted on %2 after %3 s (goal: under %4 s): %5.</source>
        <translation>vm:%1 restarted on %2 after %3 s (goal: under %4 s): %5.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>goal met</translation>
    </message>
    <message>
        <source>goal missed</source>
        <translation>goal missed</translation>
    </message>
</context>
<context>
    <name>pveha::CrashTestPage</name>
    <message>
        <source>Deploy the cluster first: there is no node to test yet.</source>
        <translation>Deploy the cluster first: there is no node to test yet.</translation>
    </message>
    <message>
        <source>The spec protects no guest with HA (ha.resources): there is nothing to fail over.</source>
        <translation>The spec protects no guest with HA (ha.resources): there is nothing to fail over.</translation>
    </message>
    <message>
        <source>Checking that %1 may be crashed: quorum without it, vm:%2 protected and started…</source>
        <translation>Checking that %1 may be crashed: quorum without it, vm:%2 protected and started…</translation>
    </message>
    <message>
        <source>%1 may be crashed: the others keep the quorum and vm:%2 is protected and started.</source>
        <translation>%1 may be crashed: the others keep the quorum and vm:%2 is protected and started.</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Crash test</translation>
    </message>
    <message>
        <source>Optional: crash one node on purpose and measure how long HA takes to run the protected guest again on another node (the goal is under 2 minutes).</source>
        <translation>Optional: crash one node on purpose and measure how long HA takes to run the protected guest again on another node (the goal is under 2 minutes).</translation>
    </message>
    <message>
        <source>&amp;Node to crash:</source>
        <translation>&amp;Node to crash:</translation>
    </message>
    <message>
        <source>Protected &amp;guest:</source>
        <translation>Protected &amp;guest:</translation>
    </message>
    <message>
        <source>the node</source>
        <translation>the node</translation>
    </message>
    <message>
        <source>I understand that %1 will stop at once (kernel panic): the guests on it stop until HA restarts them elsewhere.</source>
        <translation>I understand that %1 will stop at once (kernel panic): the guests on it stop until HA restarts them elsewhere.</translation>
    </message>
    <message>
        <source>&amp;Type the node&apos;s name to confirm:</source>
        <translation>&amp;Type the node&apos;s name to confirm:</translation>
    </message>
    <message>
        <source>Crash %1 now (kernel panic)</source>
        <translation>Crash %1 now (kernel panic)</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Stop watching</translation>
    </message>
    <message>
        <source>Stops following the failover; a crash already sent cannot be undone.</source>
        <translation>Stops following the failover; a crash already sent cannot be undone.</translation>
    </message>
    <message>
        <source>Demo: simulated time runs %1 times faster, so the failover takes seconds; the crashed simulated node is revived afterwards.</source>
        <translation>Demo: simulated time runs %1 times faster, so the failover takes seconds; the crashed simulated node is revived afterwards.</translation>
    </message>
</context>
<context>
    <name>pveha::CrashTimelineChart</name>
    <message>
        <source>Failover timeline (seconds after the crash)</source>
        <translation>Failover timeline (seconds after the crash)</translation>
    </message>
    <message>
        <source>What the surviving nodes saw</source>
        <translation>What the surviving nodes saw</translation>
    </message>
    <message>
        <source>Goal: the guest runs again within %1 s</source>
        <translation>Goal: the guest runs again within %1 s</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Crash</translation>
    </message>
    <message>
        <source>Node lost</source>
        <translation>Node lost</translation>
    </message>
    <message>
        <source>Fenced</source>
        <translation>Fenced</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Recovering</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
</context>
<context>
    <name>pveha::DemoEnvironment</name>
    <message>
        <source>The demo could not create a temporary directory: %1</source>
        <translation>The demo could not create a temporary directory: %1</translation>
    </message>
</context>
<context>
    <name>pveha::DeployCommand</name>
    <message>
        <source>note: the Proxmox VE version of %1 could not be read (%2); the plan assumes PVE 8.</source>
        <translation>note: the Proxmox VE version of %1 could not be read (%2); the plan assumes PVE 8.</translation>
    </message>
    <message>
        <source>pveversion printed nothing usable</source>
        <translation>pveversion printed nothing usable</translation>
    </message>
    <message>
        <source>The preflight found problems; nothing was changed:</source>
        <translation>The preflight found problems; nothing was changed:</translation>
    </message>
    <message>
        <source>These steps erase disks and need confirmation with --yes:</source>
        <translation>These steps erase disks and need confirmation with --yes:</translation>
    </message>
    <message>
        <source>--events: %1 cannot be written: %2</source>
        <translation>--events: %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>warning: the journal could not be written: %1</source>
        <translation>warning: the journal could not be written: %1</translation>
    </message>
    <message>
        <source>Step %1 failed on %2 (exit %3): %4</source>
        <translation>Step %1 failed on %2 (exit %3): %4</translation>
    </message>
    <message>
        <source>Last output:</source>
        <translation>Last output:</translation>
    </message>
    <message>
        <source>Fix the cause and run deploy again: what is done is skipped.</source>
        <translation>Fix the cause and run deploy again: what is done is skipped.</translation>
    </message>
    <message>
        <source>Deployment complete. Steps run: %1; already done: %2.</source>
        <translation>Deployment complete. Steps run: %1; already done: %2.</translation>
    </message>
</context>
<context>
    <name>pveha::DeployLog</name>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message>
        <source>The commands&apos; output appears here, live, once the deployment starts. The full log is also written to a file.</source>
        <translation>The commands&apos; output appears here, live, once the deployment starts. The full log is also written to a file.</translation>
    </message>
</context>
<context>
    <name>pveha::DeployPage</name>
    <message>
        <source>&amp;Resume the deployment</source>
        <translation>&amp;Resume the deployment</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Deploy the cluster</source>
        <translation>&amp;Deploy the cluster</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 of %2 steps</translation>
    </message>
    <message>
        <source>Asking the nodes which steps are already done…</source>
        <translation>Asking the nodes which steps are already done…</translation>
    </message>
    <message>
        <source>Ready: %1 steps on %2 nodes. No disk is left to erase.</source>
        <translation>Ready: %1 steps on %2 nodes. No disk is left to erase.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %1 steps on %2 nodes. %n step(s) will erase disks: you will see each disk and confirm before anything starts.</source>
        <translation>
            <numerusform>Ready: %1 steps on %2 nodes. %n step will erase disks: you will see each disk and confirm before anything starts.</numerusform>
            <numerusform>Ready: %1 steps on %2 nodes. %n steps will erase disks: you will see each disk and confirm before anything starts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3. Step %4 of %5, %6 elapsed.</source>
        <translation>Phase %1 of %2: %3. Step %4 of %5, %6 elapsed.</translation>
    </message>
    <message>
        <source>Stopping: the commands running on the nodes are interrupted…</source>
        <translation>Stopping: the commands running on the nodes are interrupted…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 steps (%3). Resume runs the plan again: the steps already done are skipped.</source>
        <translation>Stopped after %1 of %2 steps (%3). Resume runs the plan again: the steps already done are skipped.</translation>
    </message>
    <message>
        <source>The deployment stopped at a failed step after %1 of %2 steps (%3).</source>
        <translation>The deployment stopped at a failed step after %1 of %2 steps (%3).</translation>
    </message>
    <message>
        <source>Deployed: all %1 steps done, in %2.</source>
        <translation>Deployed: all %1 steps done, in %2.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>The plan runs on the nodes, step by step. You can stop at any time and resume later: the steps already done are skipped.</source>
        <translation>The plan runs on the nodes, step by step. You can stop at any time and resume later: the steps already done are skipped.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Interrupts the commands running now. Nothing is undone; Resume continues from there.</source>
        <translation>Interrupts the commands running now. Nothing is undone; Resume continues from there.</translation>
    </message>
    <message>
        <source>Full log: %1</source>
        <translation>Full log: %1</translation>
    </message>
    <message>
        <source>The nodes could not be reached: %1</source>
        <translation>The nodes could not be reached: %1</translation>
    </message>
    <message>
        <source>Root password of %1</source>
        <translation>Root password of %1</translation>
    </message>
    <message>
        <source>The other nodes join the cluster of %1 with its root password (pvecm add asks for it). It is kept in memory only, for this session, and is never written to disk or to the logs.</source>
        <translation>The other nodes join the cluster of %1 with its root password (pvecm add asks for it). It is kept in memory only, for this session, and is never written to disk or to the logs.</translation>
    </message>
    <message>
        <source>Root &amp;password of %1:</source>
        <translation>Root &amp;password of %1:</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>The nodes have already joined</source>
        <translation>The nodes have already joined</translation>
    </message>
    <message>
        <source>The step “%1” (%2) failed on %3 with exit code %4: %5
Fix the cause on the node, then press Retry: the steps already done are skipped.</source>
        <translation>The step “%1” (%2) failed on %3 with exit code %4: %5
Fix the cause on the node, then press Retry: the steps already done are skipped.</translation>
    </message>
    <message>
        <source>Last lines of %1 on %2</source>
        <translation>Last lines of %1 on %2</translation>
    </message>
    <message>
        <source>(the step printed nothing)</source>
        <translation>(the step printed nothing)</translation>
    </message>
    <message>
        <source>The cluster is deployed. Steps run now: %1; already done: %2. Next shows the cluster&apos;s health.</source>
        <translation>The cluster is deployed. Steps run now: %1; already done: %2. Next shows the cluster&apos;s health.</translation>
    </message>
</context>
<context>
    <name>pveha::DeployStepsView</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — erases %2</source>
        <translation>%1 — erases %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Already done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Steps of a phase: &quot;3 of 9&quot;.</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>pveha::DeploymentEngine</name>
    <message numerus="yes">
        <source>The MTU check failed on %n path(s); the nodes will restore their previous network configuration by themselves within %1 s.</source>
        <translation>
            <numerusform>The MTU check failed on %n path; the nodes will restore their previous network configuration by themselves within %1 s.</numerusform>
            <numerusform>The MTU check failed on %n paths; the nodes will restore their previous network configuration by themselves within %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read on %2: %3</source>
        <translation>%1 could not be read on %2: %3</translation>
    </message>
    <message>
        <source>The root password of %1 is needed to join the cluster and none was given (set PVE_HA_ROOT_PASSWORD, or enter it in the assistant).</source>
        <translation>The root password of %1 is needed to join the cluster and none was given (set PVE_HA_ROOT_PASSWORD, or enter it in the assistant).</translation>
    </message>
    <message>
        <source>the command failed</source>
        <translation>the command failed</translation>
    </message>
    <message>
        <source>the action finished but its check still fails: the step did not take effect</source>
        <translation>the action finished but its check still fails: the step did not take effect</translation>
    </message>
    <message>
        <source>%1 could not be reached after its network change: the new configuration probably cut it off. Every node whose change was not confirmed restores its previous configuration by itself within %2 s. Check the vRack interface name and the MTU, then run deploy again.</source>
        <translation>%1 could not be reached after its network change: the new configuration probably cut it off. Every node whose change was not confirmed restores its previous configuration by itself within %2 s. Check the vRack interface name and the MTU, then run deploy again.</translation>
    </message>
    <message>
        <source>stopped before it finished; running the deployment again resumes it</source>
        <translation>stopped before it finished; running the deployment again resumes it</translation>
    </message>
</context>
<context>
    <name>pveha::DerivedRulesView</name>
    <message>
        <source>Node %1</source>
        <translation>Node %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A node and its public address: &quot;node-01 (203.0.113.11)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>(from port %1)</source>
        <translation>(from port %1)</translation>
    </message>
    <message>
        <source>%1 rules needed, but OVHcloud allows %2 per address.</source>
        <translation>%1 rules needed, but OVHcloud allows %2 per address.</translation>
    </message>
    <message>
        <source>%1 of the %2 rules OVHcloud allows per address.</source>
        <translation>%1 of the %2 rules OVHcloud allows per address.</translation>
    </message>
    <message>
        <source>Rules sent for no&amp;de:</source>
        <translation>Rules sent for no&amp;de:</translation>
    </message>
    <message>
        <source>Each node gets its own set: the other nodes are its peers.</source>
        <translation>Each node gets its own set: the other nodes are its peers.</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy this node&apos;s rules as text, one per line.</source>
        <translation>Copy this node&apos;s rules as text, one per line.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TCP option</source>
        <translation>TCP option</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Lower sequences are matched first; 19 drops everything else.</source>
        <translation>Lower sequences are matched first; 19 drops everything else.</translation>
    </message>
    <message>
        <source>&quot;established&quot; matches the replies to connections the node opened.</source>
        <translation>&quot;established&quot; matches the replies to connections the node opened.</translation>
    </message>
</context>
<context>
    <name>pveha::DisksPage</name>
    <message>
        <source>All hard disks (%1 nodes × %2 disks):</source>
        <translation>All hard disks (%1 nodes × %2 disks):</translation>
    </message>
    <message>
        <source>After RAID %1 (what Ceph gets):</source>
        <translation>After RAID %1 (what Ceph gets):</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <source>The same layout on every node: one NVMe keeps Proxmox, one NVMe speeds up Ceph, and the hard disks form one RAID that becomes the node&apos;s Ceph OSD.</source>
        <translation>The same layout on every node: one NVMe keeps Proxmox, one NVMe speeds up Ceph, and the hard disks form one RAID that becomes the node&apos;s Ceph OSD.</translation>
    </message>
    <message>
        <source>Devices on each node</source>
        <translation>Devices on each node</translation>
    </message>
    <message>
        <source>&amp;System disk:</source>
        <translation>&amp;System disk:</translation>
    </message>
    <message>
        <source>The disk Proxmox is installed on, for example /dev/nvme0n1. It is never touched; it only guards the other choices.</source>
        <translation>The disk Proxmox is installed on, for example /dev/nvme0n1. It is never touched; it only guards the other choices.</translation>
    </message>
    <message>
        <source>Ceph &amp;DB/WAL device:</source>
        <translation>Ceph &amp;DB/WAL device:</translation>
    </message>
    <message>
        <source>The fast NVMe that holds BlueStore&apos;s database and write-ahead log, for example /dev/nvme1n1. It is erased. It must differ from the system disk.</source>
        <translation>The fast NVMe that holds BlueStore&apos;s database and write-ahead log, for example /dev/nvme1n1. It is erased. It must differ from the system disk.</translation>
    </message>
    <message>
        <source>&amp;RAID disks:</source>
        <translation>&amp;RAID disks:</translation>
    </message>
    <message>
        <source>The hard disks of the software RAID, separated by spaces, for example /dev/sda /dev/sdb /dev/sdc /dev/sdd. They are erased. None may be the system disk or the DB/WAL device.</source>
        <translation>The hard disks of the software RAID, separated by spaces, for example /dev/sda /dev/sdb /dev/sdc /dev/sdd. They are erased. None may be the system disk or the DB/WAL device.</translation>
    </message>
    <message>
        <source>RAID &amp;level:</source>
        <translation>RAID &amp;level:</translation>
    </message>
    <message>
        <source>The mdadm RAID level; the example and the procedure use RAID 5.</source>
        <translation>The mdadm RAID level; the example and the procedure use RAID 5.</translation>
    </message>
    <message>
        <source>RAID 1 — every disk a mirror</source>
        <translation>RAID 1 — every disk a mirror</translation>
    </message>
    <message>
        <source>RAID 5 — one disk of parity (recommended)</source>
        <translation>RAID 5 — one disk of parity (recommended)</translation>
    </message>
    <message>
        <source>RAID 6 — two disks of parity</source>
        <translation>RAID 6 — two disks of parity</translation>
    </message>
    <message>
        <source>RAID 10 — mirrored pairs, striped</source>
        <translation>RAID 10 — mirrored pairs, striped</translation>
    </message>
    <message>
        <source>Survives one failed disk; needs at least 3 disks and keeps the space of all but one.</source>
        <translation>Survives one failed disk; needs at least 3 disks and keeps the space of all but one.</translation>
    </message>
    <message>
        <source>Survives two failed disks; needs at least 4 disks and keeps the space of all but two.</source>
        <translation>Survives two failed disks; needs at least 4 disks and keeps the space of all but two.</translation>
    </message>
    <message>
        <source>Survives one failed disk per mirrored pair and writes fastest; needs an even number of at least 4 disks and keeps half the space.</source>
        <translation>Survives one failed disk per mirrored pair and writes fastest; needs an even number of at least 4 disks and keeps half the space.</translation>
    </message>
    <message>
        <source>Every disk holds the same data: survives all but one failed disk, and keeps the space of a single disk.</source>
        <translation>Every disk holds the same data: survives all but one failed disk, and keeps the space of a single disk.</translation>
    </message>
    <message>
        <source>This level is not supported: choose 1, 5, 6 or 10.</source>
        <translation>This level is not supported: choose 1, 5, 6 or 10.</translation>
    </message>
    <message>
        <source>&amp;md device:</source>
        <translation>&amp;md device:</translation>
    </message>
    <message>
        <source>The RAID device mdadm creates, for example /dev/md0.</source>
        <translation>The RAID device mdadm creates, for example /dev/md0.</translation>
    </message>
    <message>
        <source>LVM &amp;volume group:</source>
        <translation>LVM &amp;volume group:</translation>
    </message>
    <message>
        <source>The volume group made on the RAID, for example ceph-raid: letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; or &apos;-&apos;, not starting with &apos;-&apos;.</source>
        <translation>The volume group made on the RAID, for example ceph-raid: letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; or &apos;-&apos;, not starting with &apos;-&apos;.</translation>
    </message>
    <message>
        <source>LVM logical v&amp;olume:</source>
        <translation>LVM logical v&amp;olume:</translation>
    </message>
    <message>
        <source>The logical volume that becomes the Ceph OSD, for example osd; the same characters as the volume group.</source>
        <translation>The logical volume that becomes the Ceph OSD, for example osd; the same characters as the volume group.</translation>
    </message>
    <message>
        <source>Estimated capacity</source>
        <translation>Estimated capacity</translation>
    </message>
    <message>
        <source>Si&amp;ze of one hard disk:</source>
        <translation>Si&amp;ze of one hard disk:</translation>
    </message>
    <message>
        <source>Only for this estimate, in TB as disks are sold (the example uses 6 TB). It is not saved in the spec.</source>
        <translation>Only for this estimate, in TB as disks are sold (the example uses 6 TB). It is not saved in the spec.</translation>
    </message>
    <message>
        <source>An estimate: the Validation page measures the real disk sizes on each node.</source>
        <translation>An estimate: the Validation page measures the real disk sizes on each node.</translation>
    </message>
    <message>
        <source>none: too few disks for RAID %1</source>
        <translation>none: too few disks for RAID %1</translation>
    </message>
    <message>
        <source>Usable by the VMs (%1 copies of each object):</source>
        <translation>Usable by the VMs (%1 copies of each object):</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeFirewallSafety</name>
    <message>
        <source>No admin source is listed (firewall.adminSources), so nobody could reach SSH once the final rule drops everything else: add your own public IPv4 address.</source>
        <translation>No admin source is listed (firewall.adminSources), so nobody could reach SSH once the final rule drops everything else: add your own public IPv4 address.</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 CIDR, so its access cannot be checked.</source>
        <translation>%1 is not an IPv4 CIDR, so its access cannot be checked.</translation>
    </message>
    <message>
        <source>%1 could not reach %2 (TCP %3): rule %4 drops at least part of its traffic before any rule permits it. Applying this would lock you out.</source>
        <translation>%1 could not reach %2 (TCP %3): rule %4 drops at least part of its traffic before any rule permits it. Applying this would lock you out.</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>the Proxmox GUI</source>
        <translation>the Proxmox GUI</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeFirewallSync</name>
    <message>
        <source>%1&apos;s public address %2 is not an IPv4 address; the Edge firewall needs the node&apos;s public IPv4 address in nodes[].publicAddress.</source>
        <translation>%1&apos;s public address %2 is not an IPv4 address; the Edge firewall needs the node&apos;s public IPv4 address in nodes[].publicAddress.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not attempted because %1 failed; nothing was changed on this node.</source>
        <translation>Not attempted because %1 failed; nothing was changed on this node.</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeNodeResult</name>
    <message>
        <source>added %1 to the Edge firewall</source>
        <translation>added %1 to the Edge firewall</translation>
    </message>
    <message>
        <source>enabled the firewall</source>
        <translation>enabled the firewall</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>everything (this node was not attempted)</source>
        <translation>everything (this node was not attempted)</translation>
    </message>
    <message>
        <source>everything (the current rules could not be read)</source>
        <translation>everything (the current rules could not be read)</translation>
    </message>
    <message>
        <source>add %1 to the Edge firewall</source>
        <translation>add %1 to the Edge firewall</translation>
    </message>
    <message>
        <source>enable the firewall (it is still disabled)</source>
        <translation>enable the firewall (it is still disabled)</translation>
    </message>
    <message>
        <source>enable the firewall</source>
        <translation>enable the firewall</translation>
    </message>
    <message numerus="yes">
        <source>deleted the rules at priorities %1</source>
        <translation>
            <numerusform>deleted the rule at priority %1</numerusform>
            <numerusform>deleted the rules at priorities %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created the rules at priorities %1</source>
        <translation>
            <numerusform>created the rule at priority %1</numerusform>
            <numerusform>created the rules at priorities %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete the rules at priorities %1</source>
        <translation>
            <numerusform>delete the rule at priority %1</numerusform>
            <numerusform>delete the rules at priorities %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create the rules at priorities %1</source>
        <translation>
            <numerusform>create the rule at priority %1</numerusform>
            <numerusform>create the rules at priorities %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pveha::EdgeNodeSync</name>
    <message>
        <source>Reading the Edge firewall of %1 failed.</source>
        <translation>Reading the Edge firewall of %1 failed.</translation>
    </message>
    <message>
        <source>Listing the Edge firewall rules of %1 failed.</source>
        <translation>Listing the Edge firewall rules of %1 failed.</translation>
    </message>
    <message>
        <source>Reading rule %1 of %2 failed.</source>
        <translation>Reading rule %1 of %2 failed.</translation>
    </message>
    <message>
        <source>adding %1 to the Edge firewall</source>
        <translation>adding %1 to the Edge firewall</translation>
    </message>
    <message>
        <source>Adding %1 to the Edge firewall failed.</source>
        <translation>Adding %1 to the Edge firewall failed.</translation>
    </message>
    <message>
        <source>the firewall of %1</source>
        <translation>the firewall of %1</translation>
    </message>
    <message>
        <source>deleting rule %1 (%2)</source>
        <translation>deleting rule %1 (%2)</translation>
    </message>
    <message>
        <source>the removal of rule %1</source>
        <translation>the removal of rule %1</translation>
    </message>
    <message>
        <source>Deleting rule %1 of %2 failed.</source>
        <translation>Deleting rule %1 of %2 failed.</translation>
    </message>
    <message>
        <source>creating rule %1 (%2)</source>
        <translation>creating rule %1 (%2)</translation>
    </message>
    <message>
        <source>Creating rule %1 on %2 failed.</source>
        <translation>Creating rule %1 on %2 failed.</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>enabling the Edge firewall of %1</source>
        <translation>enabling the Edge firewall of %1</translation>
    </message>
    <message>
        <source>Enabling the Edge firewall of %1 failed.</source>
        <translation>Enabling the Edge firewall of %1 failed.</translation>
    </message>
    <message>
        <source>Waiting for %1 failed.</source>
        <translation>Waiting for %1 failed.</translation>
    </message>
    <message>
        <source>%1 did not become ready within %2 s.</source>
        <translation>%1 did not become ready within %2 s.</translation>
    </message>
    <message>
        <source>no order of the remaining changes keeps every admin and GUI source connected: priority %1 goes first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pveha::EdgeRules</name>
    <message>
        <source>Proxmox GUI</source>
        <translation>Proxmox GUI</translation>
    </message>
    <message>
        <source>Admin SSH</source>
        <translation>Admin SSH</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Node %1</translation>
    </message>
    <message>
        <source>Replies to the nodes&apos; own connections</source>
        <translation>Replies to the nodes&apos; own connections</translation>
    </message>
    <message>
        <source>Drop everything else</source>
        <translation>Drop everything else</translation>
    </message>
</context>
<context>
    <name>pveha::EdgeStateView</name>
    <message>
        <source>address not on the firewall</source>
        <translation>address not on the firewall</translation>
    </message>
    <message>
        <source>address added, enabled</source>
        <translation>address added, enabled</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>not read yet</translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message>
        <source>enable the firewall</source>
        <translation>enable the firewall</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Not applied: %1.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Applied: %1</translation>
    </message>
    <message>
        <source>In place: nothing to change</source>
        <translation>In place: nothing to change</translation>
    </message>
    <message>
        <source>Differs: Apply would change it</source>
        <translation>Differs: Apply would change it</translation>
    </message>
    <message>
        <source>Rules of %1 (%2) by priority: what the Edge firewall holds, what it should hold, and the change.</source>
        <translation>Rules of %1 (%2) by priority: what the Edge firewall holds, what it should hold, and the change.</translation>
    </message>
    <message>
        <source>Rules %1 (%2) should get. Read the current rules to see what will change.</source>
        <translation>Rules %1 (%2) should get. Read the current rules to see what will change.</translation>
    </message>
    <message>
        <source>not wanted</source>
        <translation>not wanted</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>replace (delete, then create)</source>
        <translation>replace (delete, then create)</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>not done: %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
    <message>
        <source>Edge firewall</source>
        <translation>Edge firewall</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Current rule</source>
        <translation>Current rule</translation>
    </message>
    <message>
        <source>Wanted rule</source>
        <translation>Wanted rule</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>none left (applied)</source>
        <translation>none left (applied)</translation>
    </message>
    <message>
        <source>Rules of %1 (%2) by priority: what the Edge firewall held before the apply, what it should hold, and what was done.</source>
        <translation>Rules of %1 (%2) by priority: what the Edge firewall held before the apply, what it should hold, and what was done.</translation>
    </message>
    <message>
        <source>Before the apply</source>
        <translation>Before the apply</translation>
    </message>
    <message>
        <source>Not attempted: an earlier node failed, this one was not touched</source>
        <translation>Not attempted: an earlier node failed, this one was not touched</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
</context>
<context>
    <name>pveha::EngineRunner</name>
    <message>
        <source>The demo could not create its temporary directory: %1</source>
        <translation>The demo could not create its temporary directory: %1</translation>
    </message>
    <message>
        <source>Another task is still running; wait for it to end or stop it.</source>
        <translation>Another task is still running; wait for it to end or stop it.</translation>
    </message>
    <message>
        <source>The connections to the nodes could not be prepared.</source>
        <translation>The connections to the nodes could not be prepared.</translation>
    </message>
</context>
<context>
    <name>pveha::EraseConfirmDialog</name>
    <message>
        <source>Erase %1 on %2 and deploy</source>
        <extracomment>%1 is &quot;12 disks&quot;, %2 is &quot;3 nodes&quot;.</extracomment>
        <translation>Erase %1 on %2 and deploy</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s)</source>
        <translation>
            <numerusform>%n disk</numerusform>
            <numerusform>%n disks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase disks and deploy</source>
        <translation>Erase disks and deploy</translation>
    </message>
    <message numerus="yes">
        <source>The deployment will erase these %n disk(s). Everything on them will be lost. The checks found them empty, and each step checks again on the node just before it erases anything.</source>
        <translation>
            <numerusform>The deployment will erase this %n disk. Everything on it will be lost. The checks found it empty, and each step checks again on the node just before it erases anything.</numerusform>
            <numerusform>The deployment will erase these %n disks. Everything on them will be lost. The checks found them empty, and each step checks again on the node just before it erases anything.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Erased by step</source>
        <translation>Erased by step</translation>
    </message>
    <message>
        <source>not seen by the checks</source>
        <translation>not seen by the checks</translation>
    </message>
    <message>
        <source>To confirm, type the name of the cluster, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>To confirm, type the name of the cluster, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
</context>
<context>
    <name>pveha::ExtraRulesEditor</name>
    <message>
        <source>The rule&apos;s place, from 0 to 18 (19 drops everything else); each sequence is used once. Rules derived from the fields above fill the free sequences.</source>
        <translation>The rule&apos;s place, from 0 to 18 (19 drops everything else); each sequence is used once. Rules derived from the fields above fill the free sequences.</translation>
    </message>
    <message>
        <source>permit or deny.</source>
        <translation>permit or deny.</translation>
    </message>
    <message>
        <source>tcp, udp, icmp, ipv4 (any protocol), gre, esp or ah.</source>
        <translation>tcp, udp, icmp, ipv4 (any protocol), gre, esp or ah.</translation>
    </message>
    <message>
        <source>Who the rule applies to, as an IPv4 CIDR, for example 198.51.100.0/24.</source>
        <translation>Who the rule applies to, as an IPv4 CIDR, for example 198.51.100.0/24.</translation>
    </message>
    <message>
        <source>The port on the node, for example 443; only for tcp and udp, empty for any.</source>
        <translation>The port on the node, for example 443; only for tcp and udp, empty for any.</translation>
    </message>
    <message>
        <source>The sender&apos;s port; only for tcp and udp, usually empty.</source>
        <translation>The sender&apos;s port; only for tcp and udp, usually empty.</translation>
    </message>
    <message>
        <source>A note for people, for example &quot;Monitoring&quot;; never sent to OVHcloud.</source>
        <translation>A note for people, for example &quot;Monitoring&quot;; never sent to OVHcloud.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Destination port</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Source port</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Add a r&amp;ule</source>
        <translation>Add a r&amp;ule</translation>
    </message>
    <message>
        <source>Adds a rule at the highest free sequence below 19.</source>
        <translation>Adds a rule at the highest free sequence below 19.</translation>
    </message>
    <message>
        <source>Remo&amp;ve the rule</source>
        <translation>Remo&amp;ve the rule</translation>
    </message>
    <message>
        <source>Removes the selected rule.</source>
        <translation>Removes the selected rule.</translation>
    </message>
</context>
<context>
    <name>pveha::FinishPage</name>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>%1 passed, %2 with a warning, %3 failed, %4 skipped</source>
        <translation>%1 passed, %2 with a warning, %3 failed, %4 skipped</translation>
    </message>
    <message>
        <source>not managed by the tool (provider &quot;none&quot;)</source>
        <translation>not managed by the tool (provider &quot;none&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>applied and enabled on %n node(s)</source>
        <translation>
            <numerusform>applied and enabled on %n node</numerusform>
            <numerusform>applied and enabled on %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read only: %n node(s) differ from the wanted rules</source>
        <translation>
            <numerusform>read only: %n node differs from the wanted rules</numerusform>
            <numerusform>read only: %n nodes differ from the wanted rules</numerusform>
        </translation>
    </message>
    <message>
        <source>in place on every node</source>
        <translation>in place on every node</translation>
    </message>
    <message>
        <source>done: %1 steps run, %2 already in place</source>
        <translation>done: %1 steps run, %2 already in place</translation>
    </message>
    <message>
        <source>failed at %1 on %2: run the deployment again once the cause is fixed, it resumes there</source>
        <translation>failed at %1 on %2: run the deployment again once the cause is fixed, it resumes there</translation>
    </message>
    <message>
        <source>stopped before the end: run it again to resume</source>
        <translation>stopped before the end: run it again to resume</translation>
    </message>
    <message>
        <source>not gathered</source>
        <translation>not gathered</translation>
    </message>
    <message>
        <source>%1; monitors %2/%3 in quorum, OSDs %4/%5 up</source>
        <translation>%1; monitors %2/%3 in quorum, OSDs %4/%5 up</translation>
    </message>
    <message>
        <source>not run (optional)</source>
        <translation>not run (optional)</translation>
    </message>
    <message>
        <source>the VM was not seen restarting</source>
        <translation>the VM was not seen restarting</translation>
    </message>
    <message>
        <source>VM %1 restarted on %2 after %3 s (goal: %4 s)</source>
        <translation>VM %1 restarted on %2 after %3 s (goal: %4 s)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s), %2</source>
        <translation>
            <numerusform>%1: %n node, %2</numerusform>
            <numerusform>%1: %n nodes, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Edge firewall</source>
        <translation>Edge firewall</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Crash test</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>What the report is written from: every run, the last validation, firewall, health and crash test.</source>
        <translation>What the report is written from: every run, the last validation, firewall, health and crash test.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>What was done, as the journal recorded it. Keep a record of it: the HTML report gathers the spec, the checks, the deployment, the firewall, the health and the crash test in one self-contained file.</source>
        <translation>What was done, as the journal recorded it. Keep a record of it: the HTML report gathers the spec, the checks, the deployment, the firewall, the health and the crash test in one self-contained file.</translation>
    </message>
    <message>
        <source>The report is written in the language of the window, can be printed, and never contains a password or an API key.</source>
        <translation>The report is written in the language of the window, can be printed, and never contains a password or an API key.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Open it</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>not applied: the demo has no OVHcloud account</source>
        <translation>not applied: the demo has no OVHcloud account</translation>
    </message>
    <message>
        <source>not applied by the tool yet: use the &quot;Apply the firewall&quot; page or &quot;firewall --apply&quot;</source>
        <translation>not applied by the tool yet: use the &quot;Apply the firewall&quot; page or &quot;firewall --apply&quot;</translation>
    </message>
    <message numerus="yes">
        <source>the spec changed since the last read or apply (%n node(s)): read the rules again</source>
        <translation>
            <numerusform>the spec changed since the last read or apply (%n node): read the rules again</numerusform>
            <numerusform>the spec changed since the last read or apply (%n nodes): read the rules again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last apply did not finish on %n node(s)</source>
        <translation>
            <numerusform>the last apply did not finish on %n node</numerusform>
            <numerusform>the last apply did not finish on %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be read on %n node(s)</source>
        <translation>
            <numerusform>could not be read on %n node</numerusform>
            <numerusform>could not be read on %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pveha::FirewallApplyPage</name>
    <message>
        <source>• %1 (%2): the difference is read first, then applied</source>
        <translation>• %1 (%2): the difference is read first, then applied</translation>
    </message>
    <message numerus="yes">
        <source>delete %n rule(s)</source>
        <translation>
            <numerusform>delete %n rule</numerusform>
            <numerusform>delete %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create %n rule(s)</source>
        <translation>
            <numerusform>create %n rule</numerusform>
            <numerusform>create %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>enable the firewall</source>
        <translation>enable the firewall</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2): %3</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nothing to change</translation>
    </message>
    <message numerus="yes">
        <source>The Edge Network Firewall of %n node(s) will be changed through the OVHcloud API:</source>
        <translation>
            <numerusform>The Edge Network Firewall of %n node will be changed through the OVHcloud API:</numerusform>
            <numerusform>The Edge Network Firewall of %n nodes will be changed through the OVHcloud API:</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the current rules first to see each change.</source>
        <translation>Read the current rules first to see each change.</translation>
    </message>
    <message>
        <source>Apply the Edge firewall rules</source>
        <translation>Apply the Edge firewall rules</translation>
    </message>
    <message numerus="yes">
        <source>Apply the rules on %n node(s)</source>
        <translation>
            <numerusform>Apply the rules on %n node</numerusform>
            <numerusform>Apply the rules on %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>A consumer key is requested with the application key: fill in the application key first (create it at the OVHcloud API page of your endpoint).</source>
        <translation>A consumer key is requested with the application key: fill in the application key first (create it at the OVHcloud API page of your endpoint).</translation>
    </message>
    <message>
        <source>The API endpoint &quot;%1&quot; is not an OVHcloud endpoint: choose ovh-eu, ovh-ca or ovh-us on the Firewall page.</source>
        <translation>The API endpoint &quot;%1&quot; is not an OVHcloud endpoint: choose ovh-eu, ovh-ca or ovh-us on the Firewall page.</translation>
    </message>
    <message>
        <source>— Requesting a consumer key limited to the Edge firewall calls</source>
        <translation>— Requesting a consumer key limited to the Edge firewall calls</translation>
    </message>
    <message>
        <source>The OVHcloud API answered without a consumer key or a validation address.</source>
        <translation>The OVHcloud API answered without a consumer key or a validation address.</translation>
    </message>
    <message>
        <source>Validation address: %1</source>
        <translation>Validation address: %1</translation>
    </message>
    <message>
        <source>Validate the consumer key</source>
        <translation>Validate the consumer key</translation>
    </message>
    <message>
        <source>OVHcloud created a consumer key that may only read and change the Edge firewall of your addresses. It works once you validate it: open the address below, log in with the account that owns the servers, and confirm. Then read the current rules.</source>
        <translation>OVHcloud created a consumer key that may only read and change the Edge firewall of your addresses. It works once you validate it: open the address below, log in with the account that owns the servers, and confirm. Then read the current rules.</translation>
    </message>
    <message>
        <source>&amp;Open the validation page</source>
        <translation>&amp;Open the validation page</translation>
    </message>
    <message>
        <source>%1 (not an OVHcloud endpoint)</source>
        <translation>%1 (not an OVHcloud endpoint)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The spec leaves the Edge Network Firewall alone (provider &quot;none&quot; on the Firewall page): there is nothing to apply. Go on with Next.</source>
        <translation>The spec leaves the Edge Network Firewall alone (provider &quot;none&quot; on the Firewall page): there is nothing to apply. Go on with Next.</translation>
    </message>
    <message>
        <source>Demo: there is no OVHcloud account behind the demo, so the OVHcloud API is not called. Above are the rules each node&apos;s Edge firewall would get. Go on with Next.</source>
        <translation>Demo: there is no OVHcloud account behind the demo, so the OVHcloud API is not called. Above are the rules each node&apos;s Edge firewall would get. Go on with Next.</translation>
    </message>
    <message>
        <source>These rules would lock you out, so Apply is disabled: %1 Fix the sources on the Firewall page.</source>
        <translation>These rules would lock you out, so Apply is disabled: %1 Fix the sources on the Firewall page.</translation>
    </message>
    <message>
        <source>Talking to the OVHcloud API, one node after the other…</source>
        <translation>Talking to the OVHcloud API, one node after the other…</translation>
    </message>
    <message>
        <source>The Edge firewall rules are applied and enabled on every node.</source>
        <translation>The Edge firewall rules are applied and enabled on every node.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) differ from the wanted rules: Apply brings them in line. You may also go on and apply later.</source>
        <translation>
            <numerusform>%n node differs from the wanted rules: Apply brings it in line. You may also go on and apply later.</numerusform>
            <numerusform>%n nodes differ from the wanted rules: Apply brings them in line. You may also go on and apply later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every node&apos;s Edge firewall already holds the wanted rules and is enabled.</source>
        <translation>Every node&apos;s Edge firewall already holds the wanted rules and is enabled.</translation>
    </message>
    <message>
        <source>Nothing read yet. Read the current rules to compare them, or go on with Next and apply the firewall later.</source>
        <translation>Nothing read yet. Read the current rules to compare them, or go on with Next and apply the firewall later.</translation>
    </message>
    <message>
        <source>Apply the firewall</source>
        <translation>Apply the firewall</translation>
    </message>
    <message>
        <source>Read the current rules first: nothing is changed until you press Apply and confirm.</source>
        <translation>Read the current rules first: nothing is changed until you press Apply and confirm.</translation>
    </message>
    <message>
        <source>OVHcloud API keys</source>
        <translation>OVHcloud API keys</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>Application &amp;key:</translation>
    </message>
    <message>
        <source>Application &amp;secret:</source>
        <translation>Application &amp;secret:</translation>
    </message>
    <message>
        <source>&amp;Consumer key:</source>
        <translation>&amp;Consumer key:</translation>
    </message>
    <message>
        <source>Re&amp;quest a consumer key…</source>
        <translation>Re&amp;quest a consumer key…</translation>
    </message>
    <message>
        <source>Asks OVHcloud for a consumer key limited to the Edge firewall calls (needs the application key); you then validate it in your browser.</source>
        <translation>Asks OVHcloud for a consumer key limited to the Edge firewall calls (needs the application key); you then validate it in your browser.</translation>
    </message>
    <message>
        <source>The application key of the API application you created at OVHcloud (OVH_APPLICATION_KEY).</source>
        <translation>The application key of the API application you created at OVHcloud (OVH_APPLICATION_KEY).</translation>
    </message>
    <message>
        <source>The application secret that goes with it (OVH_APPLICATION_SECRET). Kept in memory only.</source>
        <translation>The application secret that goes with it (OVH_APPLICATION_SECRET). Kept in memory only.</translation>
    </message>
    <message>
        <source>A validated consumer key allowed to call the /ip firewall API (OVH_CONSUMER_KEY). Kept in memory only.</source>
        <translation>A validated consumer key allowed to call the /ip firewall API (OVH_CONSUMER_KEY). Kept in memory only.</translation>
    </message>
    <message>
        <source>The keys stay in this window&apos;s memory: they are never written to the spec, the logs or the report. OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY fill them when set.</source>
        <translation>The keys stay in this window&apos;s memory: they are never written to the spec, the logs or the report. OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY fill them when set.</translation>
    </message>
    <message>
        <source>&amp;Read the current rules</source>
        <translation>&amp;Read the current rules</translation>
    </message>
    <message>
        <source>&amp;Apply the rules…</source>
        <translation>&amp;Apply the rules…</translation>
    </message>
    <message>
        <source>application key</source>
        <translation>application key</translation>
    </message>
    <message>
        <source>application secret</source>
        <translation>application secret</translation>
    </message>
    <message>
        <source>consumer key</source>
        <translation>consumer key</translation>
    </message>
    <message>
        <source>The OVHcloud API keys are incomplete (missing: %1). Fill them in above, or request a consumer key.</source>
        <translation>The OVHcloud API keys are incomplete (missing: %1). Fill them in above, or request a consumer key.</translation>
    </message>
    <message>
        <source>Nothing was applied: these rules would lock you out. %1 Fix the sources on the Firewall page.</source>
        <translation>Nothing was applied: these rules would lock you out. %1 Fix the sources on the Firewall page.</translation>
    </message>
    <message>
        <source>— Applying the Edge firewall rules through %1</source>
        <translation>— Applying the Edge firewall rules through %1</translation>
    </message>
    <message>
        <source>— Reading the Edge firewall rules through %1</source>
        <translation>— Reading the Edge firewall rules through %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The result could not be kept for the report: %1</source>
        <translation>The result could not be kept for the report: %1</translation>
    </message>
    <message>
        <source>Apply finished.</source>
        <translation>Apply finished.</translation>
    </message>
    <message>
        <source>Reading finished.</source>
        <translation>Reading finished.</translation>
    </message>
    <message numerus="yes">
        <source>The apply failed on %n node(s): the Result column says why and what was not applied. Fix the cause and apply again: what is in place is kept.</source>
        <translation>
            <numerusform>The apply failed on %n node: the Result column says why and what was not applied. Fix the cause and apply again: what is in place is kept.</numerusform>
            <numerusform>The apply failed on %n nodes: the Result column says why and what was not applied. Fix the cause and apply again: what is in place is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) after it were not touched.</source>
        <translation>
            <numerusform>%n node after it was not touched.</numerusform>
            <numerusform>%n nodes after it were not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The firewall of %n node(s) could not be read: %1</source>
        <translation>
            <numerusform>The firewall of %n node could not be read: %1</numerusform>
            <numerusform>The firewalls of %n nodes could not be read: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each node&apos;s public address gets the Edge Network Firewall rules of the Firewall page, through the OVHcloud API. Recommended before deploying: the nodes sit on the public internet. You may also skip this page and run &quot;pve-ha-installer firewall --spec FILE --apply&quot; later.</source>
        <translation>Each node&apos;s public address gets the Edge Network Firewall rules of the Firewall page, through the OVHcloud API. Recommended before deploying: the nodes sit on the public internet. You may also skip this page and run &quot;pve-ha-installer firewall --spec FILE --apply&quot; later.</translation>
    </message>
    <message>
        <source>Applying, one node after the other…</source>
        <translation>Applying, one node after the other…</translation>
    </message>
    <message>
        <source>Reading, one node after the other…</source>
        <translation>Reading, one node after the other…</translation>
    </message>
    <message>
        <source>Nothing was kept for the report: the API gave no answer about the firewalls.</source>
        <translation>Nothing was kept for the report: the API gave no answer about the firewalls.</translation>
    </message>
    <message>
        <source>Rules cannot be edited in place: a rule that differs is deleted, then created again, one at a time, and the firewall is enabled last. When rules move to other priorities, each SSH and GUI permit is created at its new priority before its old one is deleted wherever that priority is free, so the admin and GUI sources listed before and after normally keep their access throughout. Other rules may be absent for a moment: keep the OVHcloud console (KVM/IPMI) at hand if your access depends on one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pveha::FirewallCommand</name>
    <message>
        <source>wanted:</source>
        <translation>wanted:</translation>
    </message>
    <message>
        <source>Would be refused by --apply: %1</source>
        <translation>Would be refused by --apply: %1</translation>
    </message>
    <message>
        <source>firewall.provider is &quot;none&quot;: there is no Edge firewall to manage, so there is nothing to do.</source>
        <translation>firewall.provider is &quot;none&quot;: there is no Edge firewall to manage, so there is nothing to do.</translation>
    </message>
    <message>
        <source>Demo: there is no OVHcloud account behind --demo, so the OVHcloud API is not called. These are the rules each node&apos;s Edge firewall would get; the current rules cannot be read.</source>
        <translation>Demo: there is no OVHcloud account behind --demo, so the OVHcloud API is not called. These are the rules each node&apos;s Edge firewall would get; the current rules cannot be read.</translation>
    </message>
    <message>
        <source>Nothing was applied: --apply has no effect with --demo.</source>
        <translation>Nothing was applied: --apply has no effect with --demo.</translation>
    </message>
    <message>
        <source>--apply needs the OVHcloud API keys in the environment variables OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (missing: %1). Nothing was changed.</source>
        <translation>--apply needs the OVHcloud API keys in the environment variables OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (missing: %1). Nothing was changed.</translation>
    </message>
    <message>
        <source>The current rules cannot be read without the OVHcloud API keys (set OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY; missing: %1). These are the rules each node&apos;s Edge firewall should get.</source>
        <translation>The current rules cannot be read without the OVHcloud API keys (set OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY; missing: %1). These are the rules each node&apos;s Edge firewall should get.</translation>
    </message>
    <message>
        <source>firewall.apiEndpoint: &quot;%1&quot; is not an OVHcloud API endpoint (expected ovh-eu, ovh-ca, ovh-us or a base URL).</source>
        <translation>firewall.apiEndpoint: &quot;%1&quot; is not an OVHcloud API endpoint (expected ovh-eu, ovh-ca, ovh-us or a base URL).</translation>
    </message>
    <message>
        <source>The Edge firewall rules were not applied because they would lock you out:</source>
        <translation>The Edge firewall rules were not applied because they would lock you out:</translation>
    </message>
    <message>
        <source>current: unknown</source>
        <translation>current: unknown</translation>
    </message>
    <message>
        <source>current: %1 is not on the Edge firewall yet</source>
        <translation>current: %1 is not on the Edge firewall yet</translation>
    </message>
    <message>
        <source>current (firewall enabled):</source>
        <translation>current (firewall enabled):</translation>
    </message>
    <message>
        <source>current (firewall disabled):</source>
        <translation>current (firewall disabled):</translation>
    </message>
    <message>
        <source>difference: %1 to delete, %2 to create, %3 unchanged</source>
        <translation>difference: %1 to delete, %2 to create, %3 unchanged</translation>
    </message>
    <message>
        <source>+ enable the firewall (last)</source>
        <translation>+ enable the firewall (last)</translation>
    </message>
    <message>
        <source>applied: %1</source>
        <translation>applied: %1</translation>
    </message>
    <message>
        <source>NOT applied: %1</source>
        <translation>NOT applied: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Run again with --apply to apply the difference.</source>
        <translation>Dry run: nothing was changed. Run again with --apply to apply the difference.</translation>
    </message>
    <message>
        <source>Summary: rules created: %1, deleted: %2, unchanged: %3; nodes that failed: %4.</source>
        <translation>Summary: rules created: %1, deleted: %2, unchanged: %3; nodes that failed: %4.</translation>
    </message>
</context>
<context>
    <name>pveha::FirewallPage</name>
    <message>
        <source>The Edge firewall is stateless: without this rule the replies to the nodes&apos; own connections are dropped, so they cannot download packages and the deployment fails. Turn it off only if another rule lets those replies in.</source>
        <translation>The Edge firewall is stateless: without this rule the replies to the nodes&apos; own connections are dropped, so they cannot download packages and the deployment fails. Turn it off only if another rule lets those replies in.</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Firewall rules</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s Edge Network Firewall filters the public traffic before it reaches the nodes. Choose who may reach them; the rules are applied on a later page.</source>
        <translation>OVHcloud&apos;s Edge Network Firewall filters the public traffic before it reaches the nodes. Choose who may reach them; the rules are applied on a later page.</translation>
    </message>
    <message>
        <source>Who may reach the nodes</source>
        <translation>Who may reach the nodes</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>OVHcloud Edge Network Firewall</source>
        <translation>OVHcloud Edge Network Firewall</translation>
    </message>
    <message>
        <source>None (I protect the nodes myself)</source>
        <translation>None (I protect the nodes myself)</translation>
    </message>
    <message>
        <source>The firewall the assistant configures; the example uses the OVHcloud Edge Network Firewall.</source>
        <translation>The firewall the assistant configures; the example uses the OVHcloud Edge Network Firewall.</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API &amp;endpoint:</translation>
    </message>
    <message>
        <source>The OVHcloud API that holds your account: ovh-eu (Europe, the example), ovh-ca (Canada), ovh-us (USA), or a base URL such as https://eu.api.ovh.com/1.0.</source>
        <translation>The OVHcloud API that holds your account: ovh-eu (Europe, the example), ovh-ca (Canada), ovh-us (USA), or a base URL such as https://eu.api.ovh.com/1.0.</translation>
    </message>
    <message>
        <source>&amp;GUI sources (port 8006):</source>
        <translation>&amp;GUI sources (port 8006):</translation>
    </message>
    <message>
        <source>Who may open the Proxmox web interface, as IPv4 CIDRs separated by commas; the example allows everyone: 0.0.0.0/0. Each entry takes one rule.</source>
        <translation>Who may open the Proxmox web interface, as IPv4 CIDRs separated by commas; the example allows everyone: 0.0.0.0/0. Each entry takes one rule.</translation>
    </message>
    <message>
        <source>&amp;Admin sources (SSH):</source>
        <translation>&amp;Admin sources (SSH):</translation>
    </message>
    <message>
        <source>Who may reach SSH, as IPv4 CIDRs separated by commas, for example 198.51.100.7/32. Include your own address, or the firewall locks you out. Each entry takes one rule.</source>
        <translation>Who may reach SSH, as IPv4 CIDRs separated by commas, for example 198.51.100.7/32. Include your own address, or the firewall locks you out. Each entry takes one rule.</translation>
    </message>
    <message>
        <source>Allow all IPv4 traffic between the nodes&apos; public addresses (&amp;inter-node)</source>
        <translation>Allow all IPv4 traffic between the nodes&apos; public addresses (&amp;inter-node)</translation>
    </message>
    <message>
        <source>One rule per other node; on in the example.</source>
        <translation>One rule per other node; on in the example.</translation>
    </message>
    <message>
        <source>Allow the replies to the nodes&apos; own connections (&amp;TCP established)</source>
        <translation>Allow the replies to the nodes&apos; own connections (&amp;TCP established)</translation>
    </message>
    <message>
        <source>One rule that lets in TCP packets of connections the nodes opened, such as package downloads; on in the example.</source>
        <translation>One rule that lets in TCP packets of connections the nodes opened, such as package downloads; on in the example.</translation>
    </message>
    <message>
        <source>Extra rules (optional):</source>
        <translation>Extra rules (optional):</translation>
    </message>
    <message>
        <source>Each node&apos;s rules, as they will be sent</source>
        <translation>Each node&apos;s rules, as they will be sent</translation>
    </message>
    <message>
        <source>No Edge firewall will be configured: the nodes&apos; public ports stay as open as they are now.</source>
        <translation>No Edge firewall will be configured: the nodes&apos; public ports stay as open as they are now.</translation>
    </message>
</context>
<context>
    <name>pveha::FirewallValidator</name>
    <message>
        <source>No address may reach SSH, so the Edge firewall would lock you out of every node (add your own public IPv4 address, such as 198.51.100.7/32).</source>
        <translation>No address may reach SSH, so the Edge firewall would lock you out of every node (add your own public IPv4 address, such as 198.51.100.7/32).</translation>
    </message>
    <message>
        <source>%1 is listed twice (each entry takes one of the 20 firewall rules).</source>
        <translation>%1 is listed twice (each entry takes one of the 20 firewall rules).</translation>
    </message>
    <message>
        <source>%1 is not a usable rule sequence (expected a whole number from 0 to 18; 19 holds the final rule that drops everything else).</source>
        <translation>%1 is not a usable rule sequence (expected a whole number from 0 to 18; 19 holds the final rule that drops everything else).</translation>
    </message>
    <message>
        <source>Sequence %1 is already used by firewall.extraRules[%2] (each rule needs its own sequence).</source>
        <translation>Sequence %1 is already used by firewall.extraRules[%2] (each rule needs its own sequence).</translation>
    </message>
    <message>
        <source>%1 is not a firewall action (expected permit or deny).</source>
        <translation>%1 is not a firewall action (expected permit or deny).</translation>
    </message>
    <message>
        <source>%1 is not a protocol the Edge firewall knows (expected ah, esp, gre, icmp, ipv4, tcp or udp).</source>
        <translation>%1 is not a protocol the Edge firewall knows (expected ah, esp, gre, icmp, ipv4, tcp or udp).</translation>
    </message>
    <message>
        <source>%1 is not a valid port (expected a whole number from 0 to 65535).</source>
        <translation>%1 is not a valid port (expected a whole number from 0 to 65535).</translation>
    </message>
    <message>
        <source>A port only applies to tcp or udp, but this rule&apos;s protocol is %1 (remove the port or change the protocol).</source>
        <translation>A port only applies to tcp or udp, but this rule&apos;s protocol is %1 (remove the port or change the protocol).</translation>
    </message>
    <message>
        <source>%1 contains a control character such as a newline (expected one line of text).</source>
        <translation>%1 contains a control character such as a newline (expected one line of text).</translation>
    </message>
    <message>
        <source>Node %1 would need %2 Edge firewall rules, but OVHcloud allows %3 per address (sequences 0 to 19): list fewer guiSources, adminSources or extraRules, or use wider CIDRs.</source>
        <translation>Node %1 would need %2 Edge firewall rules, but OVHcloud allows %3 per address (sequences 0 to 19): list fewer guiSources, adminSources or extraRules, or use wider CIDRs.</translation>
    </message>
    <message>
        <source>%1 is not an OVHcloud API endpoint (expected ovh-eu, ovh-ca, ovh-us, or a base URL such as https://eu.api.ovh.com/1.0; plain http only towards this machine).</source>
        <translation>%1 is not an OVHcloud API endpoint (expected ovh-eu, ovh-ca, ovh-us, or a base URL such as https://eu.api.ovh.com/1.0; plain http only towards this machine).</translation>
    </message>
</context>
<context>
    <name>pveha::HaStatus</name>
    <message>
        <source>The line &quot;%1&quot; of ha-manager status could not be read.</source>
        <translation>The line &quot;%1&quot; of ha-manager status could not be read.</translation>
    </message>
    <message>
        <source>The output of ha-manager status is empty.</source>
        <translation>The output of ha-manager status is empty.</translation>
    </message>
    <message>
        <source>The output of ha-manager status has no quorum line.</source>
        <translation>The output of ha-manager status has no quorum line.</translation>
    </message>
</context>
<context>
    <name>pveha::HealthBanner</name>
    <message>
        <source>Not read yet</source>
        <translation>Not read yet</translation>
    </message>
    <message>
        <source>The state of the cluster is being read from every node.</source>
        <translation>The state of the cluster is being read from every node.</translation>
    </message>
    <message>
        <source>Ceph reports %1 (read on %2).</source>
        <translation>Ceph reports %1 (read on %2).</translation>
    </message>
    <message>
        <source>Ceph&apos;s status could not be read on any node.</source>
        <translation>Ceph&apos;s status could not be read on any node.</translation>
    </message>
    <message>
        <source>Ceph, the RAID arrays, HA and the storages are all fine.</source>
        <translation>Ceph, the RAID arrays, HA and the storages are all fine.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) need attention; each one says what to do.</source>
        <translation>
            <numerusform>%n point needs attention; it says what to do.</numerusform>
            <numerusform>%n points need attention; each one says what to do.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
</context>
<context>
    <name>pveha::HealthCharts</name>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message>
        <source>Used (%1 %):&lt;br&gt;%2</source>
        <translation>Used (%1 %):&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Available:&lt;br&gt;%1</source>
        <translation>Available:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source> (rounded)</source>
        <translation> (rounded)</translation>
    </message>
    <message>
        <source>Ceph capacity: %1 raw%2</source>
        <translation>Ceph capacity: %1 raw%2</translation>
    </message>
    <message>
        <source>Ceph capacity: not known</source>
        <translation>Ceph capacity: not known</translation>
    </message>
    <message numerus="yes">
        <source>Placement groups: %n in total</source>
        <translation>
            <numerusform>Placement groups: %n in total</numerusform>
            <numerusform>Placement groups: %n in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement groups: not known</source>
        <translation>Placement groups: not known</translation>
    </message>
    <message>
        <source>OSDs up</source>
        <translation>OSDs up</translation>
    </message>
    <message>
        <source>OSDs in</source>
        <translation>OSDs in</translation>
    </message>
    <message>
        <source>Monitors in quorum</source>
        <translation>Monitors in quorum</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Down, out or out of quorum</source>
        <translation>Down, out or out of quorum</translation>
    </message>
    <message>
        <source>OSDs (%1) and monitors (%2)</source>
        <translation>OSDs (%1) and monitors (%2)</translation>
    </message>
    <message>
        <source>OSDs and monitors: not known</source>
        <translation>OSDs and monitors: not known</translation>
    </message>
</context>
<context>
    <name>pveha::HealthCommand</name>
    <message>
        <source>Overall: %1</source>
        <translation>Overall: %1</translation>
    </message>
    <message>
        <source>Ceph: %1, monitors %2/%3 in quorum, OSDs %4 up / %5 in / %6, %7 PGs</source>
        <translation>Ceph: %1, monitors %2/%3 in quorum, OSDs %4 up / %5 in / %6, %7 PGs</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>unreachable: %1</translation>
    </message>
    <message>
        <source>(not collected)</source>
        <translation>(not collected)</translation>
    </message>
</context>
<context>
    <name>pveha::HealthEvaluator</name>
    <message>
        <source>No node was examined, so the cluster&apos;s health is unknown.</source>
        <translation>No node was examined, so the cluster&apos;s health is unknown.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 could not be reached: %2</translation>
    </message>
    <message>
        <source>Check that %1 is powered on and that SSH answers on it.</source>
        <translation>Check that %1 is powered on and that SSH answers on it.</translation>
    </message>
    <message>
        <source>The output of %1 on %2 could not be read: the command was not run.</source>
        <translation>The output of %1 on %2 could not be read: the command was not run.</translation>
    </message>
    <message>
        <source>The output of %1 on %2 could not be read: the command failed with exit code %3 (%4).</source>
        <translation>The output of %1 on %2 could not be read: the command failed with exit code %3 (%4).</translation>
    </message>
    <message>
        <source>The output of %1 on %2 could not be read: %3</source>
        <translation>The output of %1 on %2 could not be read: %3</translation>
    </message>
    <message>
        <source>Run pvecm status and corosync-cfgtool -s on each node to see which corosync links are down.</source>
        <translation>Run pvecm status and corosync-cfgtool -s on each node to see which corosync links are down.</translation>
    </message>
    <message>
        <source>The Proxmox cluster has no quorum: its configuration is read-only and HA cannot recover anything.</source>
        <translation>The Proxmox cluster has no quorum: its configuration is read-only and HA cannot recover anything.</translation>
    </message>
    <message>
        <source>%1 has lost the cluster&apos;s quorum; if it runs HA resources, its watchdog will restart it.</source>
        <translation>%1 has lost the cluster&apos;s quorum; if it runs HA resources, its watchdog will restart it.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 expected cluster votes are present: a node is missing.</source>
        <translation>Only %1 of the %2 expected cluster votes are present: a node is missing.</translation>
    </message>
    <message>
        <source>The output of ha-manager status could not be read on any node.</source>
        <translation>The output of ha-manager status could not be read on any node.</translation>
    </message>
    <message>
        <source>Run ha-manager status on a node and check that pve-ha-crm and pve-ha-lrm run: systemctl status pve-ha-crm pve-ha-lrm.</source>
        <translation>Run ha-manager status on a node and check that pve-ha-crm and pve-ha-lrm run: systemctl status pve-ha-crm pve-ha-lrm.</translation>
    </message>
    <message>
        <source>The HA master %1 has not updated its status for a while.</source>
        <translation>The HA master %1 has not updated its status for a while.</translation>
    </message>
    <message>
        <source>Check that %1 is up and that pve-ha-crm runs on it: systemctl status pve-ha-crm.</source>
        <translation>Check that %1 is up and that pve-ha-crm runs on it: systemctl status pve-ha-crm.</translation>
    </message>
    <message>
        <source>No HA master is elected although HA resources are configured.</source>
        <translation>No HA master is elected although HA resources are configured.</translation>
    </message>
    <message>
        <source>Check that pve-ha-crm runs on every node: systemctl status pve-ha-crm.</source>
        <translation>Check that pve-ha-crm runs on every node: systemctl status pve-ha-crm.</translation>
    </message>
    <message>
        <source>Check that %1 is up and that pve-ha-lrm runs on it: systemctl status pve-ha-lrm.</source>
        <translation>Check that %1 is up and that pve-ha-lrm runs on it: systemctl status pve-ha-lrm.</translation>
    </message>
    <message>
        <source>The HA resource manager of %1 has not reported for more than 30 seconds: is the node down?</source>
        <translation>The HA resource manager of %1 has not reported for more than 30 seconds: is the node down?</translation>
    </message>
    <message>
        <source>HA detected a time drift on %1: its clock is ahead of the others.</source>
        <translation>HA detected a time drift on %1: its clock is ahead of the others.</translation>
    </message>
    <message>
        <source>Check that chrony (or another NTP client) runs and is synchronised on every node: chronyc tracking.</source>
        <translation>Check that chrony (or another NTP client) runs and is synchronised on every node: chronyc tracking.</translation>
    </message>
    <message>
        <source>The status of the HA resource manager of %1 could not be read.</source>
        <translation>The status of the HA resource manager of %1 could not be read.</translation>
    </message>
    <message>
        <source>%1 is in HA maintenance mode: its HA resources have moved away.</source>
        <translation>%1 is in HA maintenance mode: its HA resources have moved away.</translation>
    </message>
    <message>
        <source>When the maintenance is over, run ha-manager node-maintenance disable %1.</source>
        <translation>When the maintenance is over, run ha-manager node-maintenance disable %1.</translation>
    </message>
    <message>
        <source>The HA resource manager of %1 lost its lock: the node may be fenced.</source>
        <translation>The HA resource manager of %1 lost its lock: the node may be fenced.</translation>
    </message>
    <message>
        <source>The HA resource %1 is in the error state on %2.</source>
        <translation>The HA resource %1 is in the error state on %2.</translation>
    </message>
    <message>
        <source>Find the cause with journalctl -u pve-ha-lrm on %2, then run ha-manager set %1 --state disabled and ha-manager set %1 --state started.</source>
        <translation>Find the cause with journalctl -u pve-ha-lrm on %2, then run ha-manager set %1 --state disabled and ha-manager set %1 --state started.</translation>
    </message>
    <message>
        <source>The HA resource %1 waits for its node %2 to be fenced.</source>
        <translation>The HA resource %1 waits for its node %2 to be fenced.</translation>
    </message>
    <message>
        <source>The node is being isolated by its watchdog; the resource restarts on another node once the node&apos;s lock expires (about 2 minutes).</source>
        <translation>The node is being isolated by its watchdog; the resource restarts on another node once the node&apos;s lock expires (about 2 minutes).</translation>
    </message>
    <message>
        <source>The HA resource %1 is being recovered from the failed node %2.</source>
        <translation>The HA resource %1 is being recovered from the failed node %2.</translation>
    </message>
    <message>
        <source>If it stays in recovery, check that another node allowed for it is online and reaches its storage.</source>
        <translation>If it stays in recovery, check that another node allowed for it is online and reaches its storage.</translation>
    </message>
    <message>
        <source>The HA resource %1 is frozen on %2 while its node shuts down or restarts.</source>
        <translation>The HA resource %1 is frozen on %2 while its node shuts down or restarts.</translation>
    </message>
    <message>
        <source>The storage %1 (%2) is inactive on %3.</source>
        <translation>The storage %1 (%2) is inactive on %3.</translation>
    </message>
    <message>
        <source>The storage %1 (%2) is in an unknown state on %3.</source>
        <translation>The storage %1 (%2) is in an unknown state on %3.</translation>
    </message>
    <message>
        <source>Run pvesm status on %1 and check the storage&apos;s backend (for rbd: ceph -s; for nfs: the server and the network).</source>
        <translation>Run pvesm status on %1 and check the storage&apos;s backend (for rbd: ceph -s; for nfs: the server and the network).</translation>
    </message>
    <message>
        <source>Find the down OSD with ceph osd tree, then on its node look at systemctl status ceph-osd@N (N is the OSD&apos;s number) and at the disk under it (cat /proc/mdstat).</source>
        <translation>Find the down OSD with ceph osd tree, then on its node look at systemctl status ceph-osd@N (N is the OSD&apos;s number) and at the disk under it (cat /proc/mdstat).</translation>
    </message>
    <message>
        <source>Let Ceph finish its recovery (ceph -s shows the progress); if it does not move, check that every OSD is up with ceph osd tree.</source>
        <translation>Let Ceph finish its recovery (ceph -s shows the progress); if it does not move, check that every OSD is up with ceph osd tree.</translation>
    </message>
    <message>
        <source>On the node of the missing monitor, look at systemctl status ceph-mon@NODE (NODE is the node&apos;s name).</source>
        <translation>On the node of the missing monitor, look at systemctl status ceph-mon@NODE (NODE is the node&apos;s name).</translation>
    </message>
    <message>
        <source>Create the OSDs: pve-ha-installer deploy --only osd.</source>
        <translation>Create the OSDs: pve-ha-installer deploy --only osd.</translation>
    </message>
    <message>
        <source>Tag the pool with its use: ceph osd pool application enable POOL rbd.</source>
        <translation>Tag the pool with its use: ceph osd pool application enable POOL rbd.</translation>
    </message>
    <message>
        <source>Free space (delete unused disks and snapshots) or add capacity before Ceph stops writes.</source>
        <translation>Free space (delete unused disks and snapshots) or add capacity before Ceph stops writes.</translation>
    </message>
    <message>
        <source>Read the crash reports with ceph crash ls, then acknowledge them with ceph crash archive-all.</source>
        <translation>Read the crash reports with ceph crash ls, then acknowledge them with ceph crash archive-all.</translation>
    </message>
    <message>
        <source>osd.%1 is %2 and belongs to no host.</source>
        <translation>osd.%1 is %2 and belongs to no host.</translation>
    </message>
    <message>
        <source>On %1, look at systemctl status ceph-osd@%2 and at the RAID array under it (cat /proc/mdstat).</source>
        <translation>On %1, look at systemctl status ceph-osd@%2 and at the RAID array under it (cat /proc/mdstat).</translation>
    </message>
    <message>
        <source>The state of Ceph could not be read on any node.</source>
        <translation>The state of Ceph could not be read on any node.</translation>
    </message>
    <message>
        <source>The state of Ceph could not be read on any node: %1</source>
        <translation>The state of Ceph could not be read on any node: %1</translation>
    </message>
    <message>
        <source>Run ceph -s on a node: if it hangs, the monitors have lost their quorum; check systemctl status ceph-mon@NODE on each node.</source>
        <translation>Run ceph -s on a node: if it hangs, the monitors have lost their quorum; check systemctl status ceph-mon@NODE on each node.</translation>
    </message>
    <message>
        <source>Ceph reports %1: %2</source>
        <translation>Ceph reports %1: %2</translation>
    </message>
    <message>
        <source>Ceph reports HEALTH_ERR.</source>
        <translation>Ceph reports HEALTH_ERR.</translation>
    </message>
    <message>
        <source>Run ceph health detail on a node to see why.</source>
        <translation>Run ceph health detail on a node to see why.</translation>
    </message>
    <message>
        <source>Ceph reports HEALTH_WARN.</source>
        <translation>Ceph reports HEALTH_WARN.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 Ceph monitors are in quorum, fewer than the majority Ceph needs to serve data.</source>
        <translation>Only %1 of the %2 Ceph monitors are in quorum, fewer than the majority Ceph needs to serve data.</translation>
    </message>
    <message>
        <source>%1 of the %2 Ceph monitors are in quorum; the majority is kept.</source>
        <translation>%1 of the %2 Ceph monitors are in quorum; the majority is kept.</translation>
    </message>
    <message>
        <source>%1 of the %2 Ceph monitors are in quorum; the majority is kept. Out of quorum: %3.</source>
        <translation>%1 of the %2 Ceph monitors are in quorum; the majority is kept. Out of quorum: %3.</translation>
    </message>
    <message>
        <source>Ceph has no OSD yet, so it cannot store anything.</source>
        <translation>Ceph has no OSD yet, so it cannot store anything.</translation>
    </message>
    <message>
        <source>Once the OSD works again, bring it back with ceph osd in N (N is the OSD&apos;s number).</source>
        <translation>Once the OSD works again, bring it back with ceph osd in N (N is the OSD&apos;s number).</translation>
    </message>
    <message>
        <source>Run mdadm --detail /dev/%1 on %2 to find the failed disk, replace it, then add the new one with mdadm --manage /dev/%1 --add /dev/sdX.</source>
        <translation>Run mdadm --detail /dev/%1 on %2 to find the failed disk, replace it, then add the new one with mdadm --manage /dev/%1 --add /dev/sdX.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is inactive: its data is not available.</source>
        <translation>The RAID array %1 on %2 is inactive: its data is not available.</translation>
    </message>
    <message>
        <source>Look at mdadm --detail /dev/%1 and at the kernel log (dmesg) on %2; mdadm --assemble --scan starts the arrays listed in /etc/mdadm/mdadm.conf.</source>
        <translation>Look at mdadm --detail /dev/%1 and at the kernel log (dmesg) on %2; mdadm --assemble --scan starts the arrays listed in /etc/mdadm/mdadm.conf.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 (%3) has lost %4 of its %5 disks, more than it can survive: its data is not available.</source>
        <translation>The RAID array %1 on %2 (%3) has lost %4 of its %5 disks, more than it can survive: its data is not available.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is rebuilding onto a disk: %3% done, about %4 minutes left. It has no redundancy until then.</source>
        <translation>The RAID array %1 on %2 is rebuilding onto a disk: %3% done, about %4 minutes left. It has no redundancy until then.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is rebuilding onto a disk: %3% done. It has no redundancy until then.</source>
        <translation>The RAID array %1 on %2 is rebuilding onto a disk: %3% done. It has no redundancy until then.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 waits to rebuild onto a disk (%3). It has no redundancy until then.</source>
        <translation>The RAID array %1 on %2 waits to rebuild onto a disk (%3). It has no redundancy until then.</translation>
    </message>
    <message>
        <source>Nothing to do but wait: the array works meanwhile; cat /proc/mdstat shows the progress.</source>
        <translation>Nothing to do but wait: the array works meanwhile; cat /proc/mdstat shows the progress.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is being reshaped: %3% done.</source>
        <translation>The RAID array %1 on %2 is being reshaped: %3% done.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is resynchronising its disks: %3% done.</source>
        <translation>The RAID array %1 on %2 is resynchronising its disks: %3% done.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 waits to resynchronise its disks (%3).</source>
        <translation>The RAID array %1 on %2 waits to resynchronise its disks (%3).</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is degraded: %3 of its %4 disks work.</source>
        <translation>The RAID array %1 on %2 is degraded: %3 of its %4 disks work.</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 is degraded: %3 of its %4 disks work [%5].</source>
        <translation>The RAID array %1 on %2 is degraded: %3 of its %4 disks work [%5].</translation>
    </message>
    <message>
        <source>The RAID array %1 on %2 still lists failed disks: %3.</source>
        <translation>The RAID array %1 on %2 still lists failed disks: %3.</translation>
    </message>
    <message>
        <source>Remove them with mdadm --manage /dev/%1 --remove failed on %2, then replace the disks.</source>
        <translation>Remove them with mdadm --manage /dev/%1 --remove failed on %2, then replace the disks.</translation>
    </message>
    <message>
        <source>Ceph OSDs down: %1 of %2.</source>
        <translation>Ceph OSDs down: %1 of %2.</translation>
    </message>
    <message>
        <source>Ceph OSDs out of the cluster: %1 of %2; Ceph moves their data to the others.</source>
        <translation>Ceph OSDs out of the cluster: %1 of %2; Ceph moves their data to the others.</translation>
    </message>
    <message>
        <source>Data on these placement groups can be neither read nor written: bring the down OSDs back first (ceph osd tree shows them; systemctl start ceph-osd@N on their node).</source>
        <translation>Data on these placement groups can be neither read nor written: bring the down OSDs back first (ceph osd tree shows them; systemctl start ceph-osd@N on their node).</translation>
    </message>
</context>
<context>
    <name>pveha::HealthPage</name>
    <message>
        <source>Read at %1.</source>
        <translation>Read at %1.</translation>
    </message>
    <message>
        <source>No cluster to watch yet: deploy it first.</source>
        <translation>No cluster to watch yet: deploy it first.</translation>
    </message>
    <message>
        <source>Reading the state of every node…</source>
        <translation>Reading the state of every node…</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Not read yet.</translation>
    </message>
    <message>
        <source>Last refresh at %1; paused.</source>
        <translation>Last refresh at %1; paused.</translation>
    </message>
    <message numerus="yes">
        <source>Last refresh at %1; next in %n second(s).</source>
        <translation>
            <numerusform>Last refresh at %1; next in %n second.</numerusform>
            <numerusform>Last refresh at %1; next in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>What the cluster became: Ceph, the RAID arrays, HA and the storages, read from every node and refreshed on their own.</source>
        <translation>What the cluster became: Ceph, the RAID arrays, HA and the storages, read from every node and refreshed on their own.</translation>
    </message>
    <message>
        <source>Refresh &amp;every</source>
        <translation>Refresh &amp;every</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often every node is asked for its state, in seconds (for example 10). Each refresh runs a few read-only commands.</source>
        <translation>How often every node is asked for its state, in seconds (for example 10). Each refresh runs a few read-only commands.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Refresh again at the interval.</source>
        <translation>Refresh again at the interval.</translation>
    </message>
    <message>
        <source>Stop refreshing; what is shown stays.</source>
        <translation>Stop refreshing; what is shown stays.</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Refresh &amp;now</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>HA and storage</source>
        <translation>HA and storage</translation>
    </message>
    <message>
        <source>Raw outputs</source>
        <translation>Raw outputs</translation>
    </message>
</context>
<context>
    <name>pveha::HealthTables</name>
    <message>
        <source>HA services</source>
        <translation>HA services</translation>
    </message>
    <message>
        <source>Local resource managers (one per node)</source>
        <translation>Local resource managers (one per node)</translation>
    </message>
    <message>
        <source>Proxmox storages (pvesm status on each node)</source>
        <translation>Proxmox storages (pvesm status on each node)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Used / total</source>
        <translation>Used / total</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Not read yet.</translation>
    </message>
    <message>
        <source>The HA status could not be read on any node.</source>
        <translation>The HA status could not be read on any node.</translation>
    </message>
    <message>
        <source>Quorum: %1. HA master: %2 (%3), as read on %4.</source>
        <translation>Quorum: %1. HA master: %2 (%3), as read on %4.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Quorum: %1. No HA master yet (no resource is managed), as read on %2.</source>
        <translation>Quorum: %1. No HA master yet (no resource is managed), as read on %2.</translation>
    </message>
    <message>
        <source>%1 — dead (no update for over 30 s)</source>
        <translation>%1 — dead (no update for over 30 s)</translation>
    </message>
    <message>
        <source>%1 — time drift detected</source>
        <translation>%1 — time drift detected</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>not mounted or disabled</source>
        <translation>not mounted or disabled</translation>
    </message>
</context>
<context>
    <name>pveha::Html</name>
    <message>
        <source>(empty output)</source>
        <translation>(empty output)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>skipped (already done)</source>
        <translation>skipped (already done)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
</context>
<context>
    <name>pveha::I18n</name>
    <message>
        <source>; </source>
        <comment>between the clauses of one sentence</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>pveha::InlineMessage</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A status word and a message, e.g. &quot;Problem: &quot;10.0.0&quot; is not an IPv4 address&quot;.</extracomment>
        <translation>%1: %2</translation>
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
    <message>
        <source>Open a cluster spec</source>
        <translation>Open a cluster spec</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened. The current spec is unchanged.</source>
        <translation>%1 could not be opened. The current spec is unchanged.</translation>
    </message>
    <message>
        <source>%1 was opened, but some values must be fixed on the pages before going on (%2):</source>
        <translation>%1 was opened, but some values must be fixed on the pages before going on (%2):</translation>
    </message>
    <message>
        <source>%1 was opened. Some fields are unknown and were ignored; check their spelling:</source>
        <translation>%1 was opened. Some fields are unknown and were ignored; check their spelling:</translation>
    </message>
    <message>
        <source>Replace the cluster spec</source>
        <translation>Replace the cluster spec</translation>
    </message>
    <message>
        <source>The current cluster spec has changes that are not saved. Replace it anyway?</source>
        <translation>The current cluster spec has changes that are not saved. Replace it anyway?</translation>
    </message>
    <message>
        <source>Quit the installer</source>
        <translation>Quit the installer</translation>
    </message>
    <message>
        <source>The cluster spec has changes that are not saved. Quit anyway and lose them?</source>
        <translation>The cluster spec has changes that are not saved. Quit anyway and lose them?</translation>
    </message>
    <message>
        <source>A deployment is running. Stop it and quit? What is done stays done; running the deployment again later resumes it.</source>
        <translation>A deployment is running. Stop it and quit? What is done stays done; running the deployment again later resumes it.</translation>
    </message>
    <message>
        <source>The nodes are being checked. Stop and quit?</source>
        <translation>The nodes are being checked. Stop and quit?</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xport report…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Open it</translation>
    </message>
    <message>
        <source>The Edge firewall is being read or changed through the OVHcloud API. Wait until it has finished (it stops by itself): quitting in the middle could leave a node&apos;s firewall half-applied.</source>
        <translation>The Edge firewall is being read or changed through the OVHcloud API. Wait until it has finished (it stops by itself): quitting in the middle could leave a node&apos;s firewall half-applied.</translation>
    </message>
</context>
<context>
    <name>pveha::KnownHosts</name>
    <message>
        <source>Node %1 (%2 port %3) sent no usable host key.</source>
        <translation>Node %1 (%2 port %3) sent no usable host key.</translation>
    </message>
    <message>
        <source>(not readable from %1)</source>
        <translation>(not readable from %1)</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) has CHANGED. Someone may be intercepting the connection, or the server was reinstalled.
Known key:   %4
Offered key: %5 (%6)
Nothing was sent to the node. If the change is expected, remove the old key with `ssh-keygen -R &quot;%7&quot; -f %8` and connect again.</source>
        <translation>The host key of node %1 (%2 port %3) has CHANGED. Someone may be intercepting the connection, or the server was reinstalled.
Known key:   %4
Offered key: %5 (%6)
Nothing was sent to the node. If the change is expected, remove the old key with `ssh-keygen -R &quot;%7&quot; -f %8` and connect again.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) offered a %4 host key (%5), but %6 holds a key of another type for it. This tool refuses it, as ssh would. If the node&apos;s keys changed on purpose, remove the old entry with `ssh-keygen -R &quot;%7&quot; -f %6`.</source>
        <translation>Node %1 (%2 port %3) offered a %4 host key (%5), but %6 holds a key of another type for it. This tool refuses it, as ssh would. If the node&apos;s keys changed on purpose, remove the old entry with `ssh-keygen -R &quot;%7&quot; -f %6`.</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) was not trusted (%4 %5).</source>
        <translation>The host key of node %1 (%2 port %3) was not trusted (%4 %5).</translation>
    </message>
    <message>
        <source>The host key of node %1 (%2 port %3) is not known: %4 %5.
The host key policy &quot;%6&quot; accepts only keys already in %7. Check the fingerprint on the node (`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`), then add the key with `ssh-keyscan -p %3 %2 &gt;&gt; %7`, or run once with the policy accept-new.</source>
        <translation>The host key of node %1 (%2 port %3) is not known: %4 %5.
The host key policy &quot;%6&quot; accepts only keys already in %7. Check the fingerprint on the node (`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`), then add the key with `ssh-keyscan -p %3 %2 &gt;&gt; %7`, or run once with the policy accept-new.</translation>
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
    <name>pveha::LocalShellTransport</name>
    <message>
        <source>Node %1: the local shell could not be started: %2</source>
        <translation>Node %1: the local shell could not be started: %2</translation>
    </message>
    <message>
        <source>The command on node %1 was cancelled.</source>
        <translation>The command on node %1 was cancelled.</translation>
    </message>
    <message>
        <source>The command on node %1 did not finish within %2 s and was stopped.</source>
        <translation>The command on node %1 did not finish within %2 s and was stopped.</translation>
    </message>
    <message>
        <source>The command on node %1 was killed by signal %2.</source>
        <translation>The command on node %1 was killed by signal %2.</translation>
    </message>
</context>
<context>
    <name>pveha::LogView</name>
    <message numerus="yes">
        <source>[… %n line(s) came too fast to show here; the full log file has them …]</source>
        <translation>
            <numerusform>[… %n line came too fast to show here; the full log file has it …]</numerusform>
            <numerusform>[… %n lines came too fast to show here; the full log file has them …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pveha::MdStat</name>
    <message>
        <source>The line &quot;%1&quot; follows the end of /proc/mdstat.</source>
        <translation>The line &quot;%1&quot; follows the end of /proc/mdstat.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; of /proc/mdstat could not be read.</source>
        <translation>The line &quot;%1&quot; of /proc/mdstat could not be read.</translation>
    </message>
    <message>
        <source>/proc/mdstat is empty.</source>
        <translation>/proc/mdstat is empty.</translation>
    </message>
    <message>
        <source>/proc/mdstat lacks its Personalities line or its closing &quot;unused devices&quot; line: the output is cut or is not /proc/mdstat.</source>
        <translation>/proc/mdstat lacks its Personalities line or its closing &quot;unused devices&quot; line: the output is cut or is not /proc/mdstat.</translation>
    </message>
    <message>
        <source>The array %1 has no size line in /proc/mdstat.</source>
        <translation>The array %1 has no size line in /proc/mdstat.</translation>
    </message>
</context>
<context>
    <name>pveha::MeshMatrix</name>
    <message>
        <source>%1 → %2, MTU %3: %4</source>
        <translation>%1 → %2, MTU %3: %4</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <source>The checks were stopped before this path was tested.</source>
        <translation>The checks were stopped before this path was tested.</translation>
    </message>
    <message>
        <source>Rows: the node that sends; columns: the node that answers.</source>
        <translation>Rows: the node that sends; columns: the node that answers.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>pveha::NetInterfaces</name>
    <message>
        <source>ip -j printed something that is not a JSON list</source>
        <translation>ip -j printed something that is not a JSON list</translation>
    </message>
    <message>
        <source>an interface in ip&apos;s JSON has no name or no MTU</source>
        <translation>an interface in ip&apos;s JSON has no name or no MTU</translation>
    </message>
</context>
<context>
    <name>pveha::NetworkPage</name>
    <message>
        <source>Node %1</source>
        <translation>Node %1</translation>
    </message>
    <message>
        <source>Private network (vRack)</source>
        <translation>Private network (vRack)</translation>
    </message>
    <message>
        <source>The vRack carries Corosync and Ceph between the nodes. Each node gets a bridge on its vRack network card, with jumbo frames.</source>
        <translation>The vRack carries Corosync and Ceph between the nodes. Each node gets a bridge on its vRack network card, with jumbo frames.</translation>
    </message>
    <message>
        <source>vRack network &amp;card:</source>
        <translation>vRack network &amp;card:</translation>
    </message>
    <message>
        <source>The name of the network card plugged into the vRack, the same on every node, for example enp1s0f1 (see `ip link` on a node): 1 to 15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</source>
        <translation>The name of the network card plugged into the vRack, the same on every node, for example enp1s0f1 (see `ip link` on a node): 1 to 15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>B&amp;ridge:</source>
        <translation>B&amp;ridge:</translation>
    </message>
    <message>
        <source>The Linux bridge created on that card, for example vmbr1. It must differ from the card and from vmbr0, which Proxmox uses for the public network.</source>
        <translation>The Linux bridge created on that card, for example vmbr1. It must differ from the card and from vmbr0, which Proxmox uses for the public network.</translation>
    </message>
    <message>
        <source>Private &amp;network (CIDR):</source>
        <translation>Private &amp;network (CIDR):</translation>
    </message>
    <message>
        <source>The vRack network in CIDR notation, for example 10.0.0.0/24. Every node&apos;s private address must lie inside it.</source>
        <translation>The vRack network in CIDR notation, for example 10.0.0.0/24. Every node&apos;s private address must lie inside it.</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>&amp;MTU:</translation>
    </message>
    <message>
        <source>The MTU of the card and the bridge, from 1280 to 9216; the example uses 9000 (jumbo frames), which the vRack supports.</source>
        <translation>The MTU of the card and the bridge, from 1280 to 9216; the example uses 9000 (jumbo frames), which the vRack supports.</translation>
    </message>
    <message>
        <source>9000 (jumbo frames) speeds up Ceph; the Validation page checks that such packets really pass between the nodes.</source>
        <translation>9000 (jumbo frames) speeds up Ceph; the Validation page checks that such packets really pass between the nodes.</translation>
    </message>
    <message>
        <source>Pre&amp;view of /etc/network/interfaces on:</source>
        <translation>Pre&amp;view of /etc/network/interfaces on:</translation>
    </message>
    <message>
        <source>Choose the node whose configuration is shown.</source>
        <translation>Choose the node whose configuration is shown.</translation>
    </message>
    <message>
        <source>Added to /etc/network/interfaces between the two marker lines (the rest of the file is kept):</source>
        <translation>Added to /etc/network/interfaces between the two marker lines (the rest of the file is kept):</translation>
    </message>
</context>
<context>
    <name>pveha::NodeEvaluator</name>
    <message>
        <source>The output of %1 could not be read (%2).</source>
        <translation>The output of %1 could not be read (%2).</translation>
    </message>
    <message>
        <source>Proxmox VE is not installed on this node (pveversion was not found). Install Proxmox VE 8 or 9 from OVHcloud&apos;s templates first.</source>
        <translation>Proxmox VE is not installed on this node (pveversion was not found). Install Proxmox VE 8 or 9 from OVHcloud&apos;s templates first.</translation>
    </message>
    <message>
        <source>Proxmox VE could not be detected: pveversion did not print a pve-manager version.</source>
        <translation>Proxmox VE could not be detected: pveversion did not print a pve-manager version.</translation>
    </message>
    <message>
        <source>Proxmox VE %1.</source>
        <translation>Proxmox VE %1.</translation>
    </message>
    <message>
        <source>Proxmox VE %1 is not a version this tool was made for (8 or 9): the commands may differ. Upgrade the node or proceed with care.</source>
        <translation>Proxmox VE %1 is not a version this tool was made for (8 or 9): the commands may differ. Upgrade the node or proceed with care.</translation>
    </message>
    <message>
        <source>%1 does not exist on this node.</source>
        <translation>%1 does not exist on this node.</translation>
    </message>
    <message>
        <source>No disk holds the root filesystem in lsblk&apos;s output, so the OS disk cannot be confirmed.</source>
        <translation>No disk holds the root filesystem in lsblk&apos;s output, so the OS disk cannot be confirmed.</translation>
    </message>
    <message>
        <source>The root filesystem is on %1, not on %2: correct storage.osDisk before anything is erased.</source>
        <translation>The root filesystem is on %1, not on %2: correct storage.osDisk before anything is erased.</translation>
    </message>
    <message>
        <source>%1 holds the root filesystem; it will not be touched.</source>
        <translation>%1 holds the root filesystem; it will not be touched.</translation>
    </message>
    <message>
        <source>%1 is not an NVMe device (transport: %2): the DB/WAL belongs on a fast NVMe.</source>
        <translation>%1 is not an NVMe device (transport: %2): the DB/WAL belongs on a fast NVMe.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 is not empty: %2. It would be erased; wipe it yourself if its data is not needed.</source>
        <translation>%1 is not empty: %2. It would be erased; wipe it yourself if its data is not needed.</translation>
    </message>
    <message>
        <source>%1 is an empty NVMe device.</source>
        <translation>%1 is an empty NVMe device.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>not empty (would be erased): %1</source>
        <translation>not empty (would be erased): %1</translation>
    </message>
    <message>
        <source>%1 of %2 RAID disks are present and empty; %3.</source>
        <translation>%1 of %2 RAID disks are present and empty; %3.</translation>
    </message>
    <message>
        <source>the disks differ in size (%1 to %2): the array uses the smallest on every disk</source>
        <translation>the disks differ in size (%1 to %2): the array uses the smallest on every disk</translation>
    </message>
    <message>
        <source>%1 are not rotational disks, which this design expects</source>
        <translation>%1 are not rotational disks, which this design expects</translation>
    </message>
    <message numerus="yes">
        <source>%n empty HDD(s) of %1</source>
        <translation>
            <numerusform>%n empty HDD of %1</numerusform>
            <numerusform>%n empty HDDs of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The interface %1 does not exist on this node (it has: %2). Correct network.privateInterface.</source>
        <translation>The interface %1 does not exist on this node (it has: %2). Correct network.privateInterface.</translation>
    </message>
    <message>
        <source>%1 exists but has no link (no carrier): check that the server is in the vRack and the port is enabled.</source>
        <translation>%1 exists but has no link (no carrier): check that the server is in the vRack and the port is enabled.</translation>
    </message>
    <message>
        <source>%1 is up with MTU %2.</source>
        <translation>%1 is up with MTU %2.</translation>
    </message>
    <message>
        <source>%1 is up with MTU %2 now; the network phase sets %3.</source>
        <translation>%1 is up with MTU %2 now; the network phase sets %3.</translation>
    </message>
    <message>
        <source>The hostname is %1.</source>
        <translation>The hostname is %1.</translation>
    </message>
    <message>
        <source>The node calls itself &quot;%1&quot;, not &quot;%2&quot;: Proxmox names the node after its hostname, which cannot change once it is in a cluster. Fix the spec or the hostname first.</source>
        <translation>The node calls itself &quot;%1&quot;, not &quot;%2&quot;: Proxmox names the node after its hostname, which cannot change once it is in a cluster. Fix the spec or the hostname first.</translation>
    </message>
    <message>
        <source>Whether the clock is synchronised could not be read; Ceph needs the clocks in step.</source>
        <translation>Whether the clock is synchronised could not be read; Ceph needs the clocks in step.</translation>
    </message>
    <message>
        <source>The clock is synchronised (%1).</source>
        <translation>The clock is synchronised (%1).</translation>
    </message>
    <message>
        <source>The clock is not synchronised (%1): Ceph reports clock skew beyond 0.05 s. Enable chrony or systemd-timesyncd.</source>
        <translation>The clock is not synchronised (%1): Ceph reports clock skew beyond 0.05 s. Enable chrony or systemd-timesyncd.</translation>
    </message>
    <message>
        <source>The free space on / could not be read.</source>
        <translation>The free space on / could not be read.</translation>
    </message>
    <message>
        <source>Only %1 free on /: the Ceph packages need at least 1 GiB.</source>
        <translation>Only %1 free on /: the Ceph packages need at least 1 GiB.</translation>
    </message>
    <message>
        <source>%1 free on /: tight for the Ceph packages and logs (4 GiB or more is comfortable).</source>
        <translation>%1 free on /: tight for the Ceph packages and logs (4 GiB or more is comfortable).</translation>
    </message>
    <message>
        <source>%1 free on /.</source>
        <translation>%1 free on /.</translation>
    </message>
    <message>
        <source>The node is not in a cluster yet.</source>
        <translation>The node is not in a cluster yet.</translation>
    </message>
    <message>
        <source>The node is already in the cluster %1: a deployment is being resumed.</source>
        <translation>The node is already in the cluster %1: a deployment is being resumed.</translation>
    </message>
    <message>
        <source>The node already belongs to another cluster, %1: it cannot join %2. Remove it from that cluster first.</source>
        <translation>The node already belongs to another cluster, %1: it cannot join %2. Remove it from that cluster first.</translation>
    </message>
    <message>
        <source>/etc/hosts maps every other node to its private address.</source>
        <translation>/etc/hosts maps every other node to its private address.</translation>
    </message>
    <message>
        <source>/etc/hosts does not map %1 to the private addresses yet: the network phase writes these entries.</source>
        <translation>/etc/hosts does not map %1 to the private addresses yet: the network phase writes these entries.</translation>
    </message>
    <message>
        <source>%1 bytes pass without fragmentation (%2 ms).</source>
        <translation>%1 bytes pass without fragmentation (%2 ms).</translation>
    </message>
    <message>
        <source>%1 bytes pass, but %2 of %3 probes were lost: the link is lossy.</source>
        <translation>%1 bytes pass, but %2 of %3 probes were lost: the link is lossy.</translation>
    </message>
    <message>
        <source>Local MTU too small: %1 cannot send %2-byte packets (its interface MTU is %3).</source>
        <translation>Local MTU too small: %1 cannot send %2-byte packets (its interface MTU is %3).</translation>
    </message>
    <message>
        <source>Fragmentation needed: a hop between %1 and %2 only carries %3 bytes.</source>
        <translation>Fragmentation needed: a hop between %1 and %2 only carries %3 bytes.</translation>
    </message>
    <message>
        <source>Silent loss: no %1-byte packet came back from %2 and nothing said why; a switch or the peer&apos;s interface drops jumbo frames (or the peer is down).</source>
        <translation>Silent loss: no %1-byte packet came back from %2 and nothing said why; a switch or the peer&apos;s interface drops jumbo frames (or the peer is down).</translation>
    </message>
    <message>
        <source>%1 is unreachable from %2 on the private network.</source>
        <translation>%1 is unreachable from %2 on the private network.</translation>
    </message>
    <message>
        <source>The ping from %1 to %2 printed something that could not be read.</source>
        <translation>The ping from %1 to %2 printed something that could not be read.</translation>
    </message>
    <message>
        <source>The package repositories answer (sources checked: %1).</source>
        <translation>The package repositories answer (sources checked: %1).</translation>
    </message>
    <message>
        <source>No package repository could be reached, so Ceph could not be installed: check the node&apos;s DNS and outgoing HTTP (the Edge firewall needs its rule for TCP established).</source>
        <translation>No package repository could be reached, so Ceph could not be installed: check the node&apos;s DNS and outgoing HTTP (the Edge firewall needs its rule for TCP established).</translation>
    </message>
    <message>
        <source>The Proxmox enterprise repository refuses this node (no subscription key). Ceph comes from the no-subscription repository; disable the enterprise entries in /etc/apt/sources.list.d/ to keep apt quiet.</source>
        <translation>The Proxmox enterprise repository refuses this node (no subscription key). Ceph comes from the no-subscription repository; disable the enterprise entries in /etc/apt/sources.list.d/ to keep apt quiet.</translation>
    </message>
    <message>
        <source>Some package repositories did not answer: %1</source>
        <translation>Some package repositories did not answer: %1</translation>
    </message>
</context>
<context>
    <name>pveha::NodeWorker</name>
    <message>
        <source>The command on node %1 was cancelled.</source>
        <translation>The command on node %1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>pveha::NodesPage</name>
    <message>
        <source>Choose the SSH private key</source>
        <translation>Choose the SSH private key</translation>
    </message>
    <message>
        <source>Choose the known_hosts file</source>
        <translation>Choose the known_hosts file</translation>
    </message>
    <message>
        <source>The first time a node is reached, the assistant shows its SHA-256 fingerprint and asks you to confirm it. A changed key is always refused.</source>
        <translation>The first time a node is reached, the assistant shows its SHA-256 fingerprint and asks you to confirm it. A changed key is always refused.</translation>
    </message>
    <message>
        <source>A node seen for the first time is trusted and its key is stored; a key that changed later is refused.</source>
        <translation>A node seen for the first time is trusted and its key is stored; a key that changed later is refused.</translation>
    </message>
    <message>
        <source>Every node&apos;s key must already be in the known hosts file; an unknown or changed key is refused.</source>
        <translation>Every node&apos;s key must already be in the known hosts file; an unknown or changed key is refused.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Name the cluster and list its servers (at least three). Nothing is contacted yet: the Validation page connects to the nodes later.</source>
        <translation>Name the cluster and list its servers (at least three). Nothing is contacted yet: the Validation page connects to the nodes later.</translation>
    </message>
    <message>
        <source>C&amp;luster name:</source>
        <translation>C&amp;luster name:</translation>
    </message>
    <message>
        <source>The Proxmox cluster&apos;s name, for example cluster-pve-ha: 1 to 15 letters, digits or hyphens (Corosync&apos;s limit).</source>
        <translation>The Proxmox cluster&apos;s name, for example cluster-pve-ha: 1 to 15 letters, digits or hyphens (Corosync&apos;s limit).</translation>
    </message>
    <message>
        <source>No&amp;des (double-click or start typing in a cell to edit it):</source>
        <translation>No&amp;des (double-click or start typing in a cell to edit it):</translation>
    </message>
    <message>
        <source>SSH access</source>
        <translation>SSH access</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH &amp;user:</translation>
    </message>
    <message>
        <source>The login used on every node, for example root: a lowercase letter or &apos;_&apos;, then letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>The login used on every node, for example root: a lowercase letter or &apos;_&apos;, then letters, digits, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Private &amp;key file:</translation>
    </message>
    <message>
        <source>The SSH private key that logs into the nodes, for example ~/.ssh/id_ed25519. Optional: the SSH agent is tried first, and a password is asked for when no key works. ~ means your home folder.</source>
        <translation>The SSH private key that logs into the nodes, for example ~/.ssh/id_ed25519. Optional: the SSH agent is tried first, and a password is asked for when no key works. ~ means your home folder.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Choose the private key file.</translation>
    </message>
    <message>
        <source>Known &amp;hosts file:</source>
        <translation>Known &amp;hosts file:</translation>
    </message>
    <message>
        <source>Where the nodes&apos; host keys are checked and stored, for example ~/.ssh/known_hosts.</source>
        <translation>Where the nodes&apos; host keys are checked and stored, for example ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Brow&amp;se…</translation>
    </message>
    <message>
        <source>Choose the known hosts file.</source>
        <translation>Choose the known hosts file.</translation>
    </message>
    <message>
        <source>Host-key &amp;policy:</source>
        <translation>Host-key &amp;policy:</translation>
    </message>
    <message>
        <source>Ask me (show the fingerprint)</source>
        <translation>Ask me (show the fingerprint)</translation>
    </message>
    <message>
        <source>Accept new keys (trust on first use)</source>
        <translation>Accept new keys (trust on first use)</translation>
    </message>
    <message>
        <source>Strict (keys must already be known)</source>
        <translation>Strict (keys must already be known)</translation>
    </message>
    <message>
        <source>How a node&apos;s SSH host key is trusted; the example uses &quot;Ask me&quot;. A changed key is refused by every policy.</source>
        <translation>How a node&apos;s SSH host key is trusted; the example uses &quot;Ask me&quot;. A changed key is refused by every policy.</translation>
    </message>
</context>
<context>
    <name>pveha::NodesTable</name>
    <message>
        <source>A highly available cluster needs at least %1 nodes, so this node stays. Add another node first if you want to replace it.</source>
        <translation>A highly available cluster needs at least %1 nodes, so this node stays. Add another node first if you want to replace it.</translation>
    </message>
    <message>
        <source>The node&apos;s hostname, as Proxmox knows it (for example node-01). Letters, digits and hyphens, each name used once.</source>
        <translation>The node&apos;s hostname, as Proxmox knows it (for example node-01). Letters, digits and hyphens, each name used once.</translation>
    </message>
    <message>
        <source>Where SSH reaches the node: its public IPv4 address (for example 203.0.113.11) or a hostname. The Edge firewall needs an IPv4 address.</source>
        <translation>Where SSH reaches the node: its public IPv4 address (for example 203.0.113.11) or a hostname. The Edge firewall needs an IPv4 address.</translation>
    </message>
    <message>
        <source>The node&apos;s SSH port, from 1 to 65535 (usually 22).</source>
        <translation>The node&apos;s SSH port, from 1 to 65535 (usually 22).</translation>
    </message>
    <message>
        <source>The node&apos;s address on the vRack, used by Corosync and Ceph (for example 10.0.0.1). It must lie inside the private network of the next page.</source>
        <translation>The node&apos;s address on the vRack, used by Corosync and Ceph (for example 10.0.0.1). It must lie inside the private network of the next page.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH port</translation>
    </message>
    <message>
        <source>Private address (vRack)</source>
        <translation>Private address (vRack)</translation>
    </message>
    <message>
        <source>&amp;Add a node</source>
        <translation>&amp;Add a node</translation>
    </message>
    <message>
        <source>Adds an empty row for one more server.</source>
        <translation>Adds an empty row for one more server.</translation>
    </message>
    <message>
        <source>&amp;Remove the node</source>
        <translation>&amp;Remove the node</translation>
    </message>
    <message>
        <source>Removes the selected row (a cluster keeps at least %1 nodes).</source>
        <translation>Removes the selected row (a cluster keeps at least %1 nodes).</translation>
    </message>
</context>
<context>
    <name>pveha::OvhErrors</name>
    <message>
        <source>Rule %1 does not exist on the Edge firewall of %2 (%3 answered 404).</source>
        <translation>Rule %1 does not exist on the Edge firewall of %2 (%3 answered 404).</translation>
    </message>
    <message>
        <source>%1 is not on the Edge firewall yet (%2 answered 404).</source>
        <translation>%1 is not on the Edge firewall yet (%2 answered 404).</translation>
    </message>
    <message>
        <source>The IP block %1 is not on this OVHcloud account, or the consumer key cannot see it (%2 answered 404). Check the node&apos;s public address and that the keys belong to the account that owns the server.</source>
        <translation>The IP block %1 is not on this OVHcloud account, or the consumer key cannot see it (%2 answered 404). Check the node&apos;s public address and that the keys belong to the account that owns the server.</translation>
    </message>
    <message>
        <source>%1 was not found (404): %2</source>
        <translation>%1 was not found (404): %2</translation>
    </message>
    <message>
        <source>The consumer key is not allowed to call %1 (%2: %3). Create a consumer key whose access rules include %4 %5.</source>
        <translation>The consumer key is not allowed to call %1 (%2: %3). Create a consumer key whose access rules include %4 %5.</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>no explanation given</translation>
    </message>
    <message numerus="yes">
        <source>The OVHcloud API did not answer %1 in time (%n attempt(s)); it may be slow or unreachable from here.</source>
        <translation>
            <numerusform>The OVHcloud API did not answer %1 in time (%n attempt); it may be slow or unreachable from here.</numerusform>
            <numerusform>The OVHcloud API did not answer %1 in time (%n attempts); it may be slow or unreachable from here.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OVHcloud API could not be reached for %1: %2</source>
        <translation>The OVHcloud API could not be reached for %1: %2</translation>
    </message>
    <message>
        <source>The OVHcloud API answered %1 with something that is not JSON.</source>
        <translation>The OVHcloud API answered %1 with something that is not JSON.</translation>
    </message>
    <message>
        <source>The OVHcloud API rejected the request&apos;s timestamp (%1: %2); the clock offset will be measured again on the next run.</source>
        <translation>The OVHcloud API rejected the request&apos;s timestamp (%1: %2); the clock offset will be measured again on the next run.</translation>
    </message>
    <message>
        <source>The OVHcloud API refused %1 as invalid (400): %2</source>
        <translation>The OVHcloud API refused %1 as invalid (400): %2</translation>
    </message>
    <message>
        <source>%1 conflicts with the current state (409): %2. The object already exists or an operation on it is still pending; run the command again in a minute.</source>
        <translation>%1 conflicts with the current state (409): %2. The object already exists or an operation on it is still pending; run the command again in a minute.</translation>
    </message>
    <message numerus="yes">
        <source>The OVHcloud API refused %1 because of too many requests and asks to wait %2 seconds (429, %n attempt(s)); run the command again after that.</source>
        <translation>
            <numerusform>The OVHcloud API refused %1 because of too many requests and asks to wait %2 seconds (429, %n attempt); run the command again after that.</numerusform>
            <numerusform>The OVHcloud API refused %1 because of too many requests and asks to wait %2 seconds (429, %n attempts); run the command again after that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The OVHcloud API kept refusing %1 because of too many requests (429, %n attempt(s)); wait a few minutes and run the command again.</source>
        <translation>
            <numerusform>The OVHcloud API kept refusing %1 because of too many requests (429, %n attempt); wait a few minutes and run the command again.</numerusform>
            <numerusform>The OVHcloud API kept refusing %1 because of too many requests (429, %n attempts); wait a few minutes and run the command again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The OVHcloud API failed on %1 with HTTP %2 (%n attempt(s)): %3</source>
        <translation>
            <numerusform>The OVHcloud API failed on %1 with HTTP %2 (%n attempt): %3</numerusform>
            <numerusform>The OVHcloud API failed on %1 with HTTP %2 (%n attempts): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The OVHcloud API answered %1 with HTTP %2: %3</source>
        <translation>The OVHcloud API answered %1 with HTTP %2: %3</translation>
    </message>
    <message>
        <source>The OVHcloud API does not know the application key (%1 answered %2: %3). Check the application key (OVH_APPLICATION_KEY on the command line) and that it was created on the same endpoint (ovh-eu, ovh-ca or ovh-us).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVHcloud API refused the consumer key (%1 answered %2: %3). It may have expired, been revoked or never been validated: request a new one (&quot;Request a consumer key…&quot; in the wizard, OVH_CONSUMER_KEY on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVHcloud API did not accept the credentials for %1 (401: %2). Check the application key and secret (OVH_APPLICATION_KEY and OVH_APPLICATION_SECRET on the command line), and that the consumer key (OVH_CONSUMER_KEY) is valid and not expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pveha::PasswordDialog</name>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>pveha::Plan</name>
    <message>
        <source> (DESTRUCTIVE)</source>
        <translation> (DESTRUCTIVE)</translation>
    </message>
    <message>
        <source>  check (exit 0 = already done):</source>
        <translation>  check (exit 0 = already done):</translation>
    </message>
    <message>
        <source>  run:</source>
        <translation>  run:</translation>
    </message>
</context>
<context>
    <name>pveha::PlanBuilder</name>
    <message>
        <source>Private network (vRack)</source>
        <translation>Private network (vRack)</translation>
    </message>
    <message>
        <source>Name the other nodes on their private addresses in /etc/hosts</source>
        <translation>Name the other nodes on their private addresses in /etc/hosts</translation>
    </message>
    <message>
        <source>Write the vRack NIC %1 and bridge %2 (MTU %3) into /etc/network/interfaces, keeping a backup</source>
        <translation>Write the vRack NIC %1 and bridge %2 (MTU %3) into /etc/network/interfaces, keeping a backup</translation>
    </message>
    <message>
        <source>Apply the network configuration (ifreload), with an automatic rollback after %1 s</source>
        <translation>Apply the network configuration (ifreload), with an automatic rollback after %1 s</translation>
    </message>
    <message>
        <source>Prove MTU %1 between every pair of nodes (don&apos;t-fragment ping of %2 bytes)</source>
        <translation>Prove MTU %1 between every pair of nodes (don&apos;t-fragment ping of %2 bytes)</translation>
    </message>
    <message>
        <source>Keep the new network configuration (cancel the rollback)</source>
        <translation>Keep the new network configuration (cancel the rollback)</translation>
    </message>
    <message>
        <source>Proxmox cluster (Corosync on the vRack)</source>
        <translation>Proxmox cluster (Corosync on the vRack)</translation>
    </message>
    <message>
        <source>Create the cluster %1 with link0 on %2</source>
        <translation>Create the cluster %1 with link0 on %2</translation>
    </message>
    <message>
        <source>Join the cluster through %1 with link0 on %2</source>
        <translation>Join the cluster through %1 with link0 on %2</translation>
    </message>
    <message numerus="yes">
        <source>Wait until the cluster is quorate with %n node(s)</source>
        <translation>
            <numerusform>Wait until the cluster is quorate with %n node</numerusform>
            <numerusform>Wait until the cluster is quorate with %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Ceph packages, monitors and managers</source>
        <translation>Ceph packages, monitors and managers</translation>
    </message>
    <message>
        <source>Install Ceph (%1 repository)</source>
        <translation>Install Ceph (%1 repository)</translation>
    </message>
    <message>
        <source>Write the Ceph configuration (public %1, cluster %2)</source>
        <translation>Write the Ceph configuration (public %1, cluster %2)</translation>
    </message>
    <message>
        <source>Create the Ceph monitor on %1</source>
        <translation>Create the Ceph monitor on %1</translation>
    </message>
    <message>
        <source>Create the Ceph manager on %1</source>
        <translation>Create the Ceph manager on %1</translation>
    </message>
    <message>
        <source>Software RAID (mdadm)</source>
        <translation>Software RAID (mdadm)</translation>
    </message>
    <message>
        <source>Install mdadm</source>
        <translation>Install mdadm</translation>
    </message>
    <message>
        <source>Erase %1 and create the RAID %2 array %3</source>
        <translation>Erase %1 and create the RAID %2 array %3</translation>
    </message>
    <message>
        <source>Record the array in mdadm.conf and update the initramfs</source>
        <translation>Record the array in mdadm.conf and update the initramfs</translation>
    </message>
    <message>
        <source>Ceph OSD on the RAID, DB/WAL on the NVMe</source>
        <translation>Ceph OSD on the RAID, DB/WAL on the NVMe</translation>
    </message>
    <message>
        <source>Fetch the bootstrap-osd keyring</source>
        <translation>Fetch the bootstrap-osd keyring</translation>
    </message>
    <message>
        <source>Create the LVM volume %1/%2 on %3</source>
        <translation>Create the LVM volume %1/%2 on %3</translation>
    </message>
    <message>
        <source>Replicated pool and Proxmox storage</source>
        <translation>Replicated pool and Proxmox storage</translation>
    </message>
    <message>
        <source>Create the pool %1 (size %2, min_size %3)</source>
        <translation>Create the pool %1 (size %2, min_size %3)</translation>
    </message>
    <message>
        <source>Add %1 as Proxmox storage</source>
        <translation>Add %1 as Proxmox storage</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>High availability</translation>
    </message>
    <message>
        <source>Create the HA group %1 on %2</source>
        <translation>Create the HA group %1 on %2</translation>
    </message>
    <message>
        <source>Protect the guest %1 with HA</source>
        <translation>Protect the guest %1 with HA</translation>
    </message>
    <message>
        <source>Create the node-affinity rule %1 on %2</source>
        <translation>Create the node-affinity rule %1 on %2</translation>
    </message>
    <message>
        <source>Erase %1 and create the OSD on %2/%3, with its DB/WAL on %1</source>
        <translation>Erase %1 and create the OSD on %2/%3, with its DB/WAL on %1</translation>
    </message>
</context>
<context>
    <name>pveha::PlanPage</name>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Script of %1</source>
        <translation>Script of %1</translation>
    </message>
    <message>
        <source>The whole plan, as text</source>
        <translation>The whole plan, as text</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source># ── %1. [%2] %3: %4</source>
        <translation># ── %1. [%2] %3: %4</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destructive</translation>
    </message>
    <message>
        <source>Erases disks</source>
        <translation>Erases disks</translation>
    </message>
    <message>
        <source>Erases: %1</source>
        <translation>Erases: %1</translation>
    </message>
    <message>
        <source># DESTRUCTIVE: confirmed before it runs</source>
        <translation># DESTRUCTIVE: confirmed before it runs</translation>
    </message>
    <message>
        <source># DESTRUCTIVE: erases %1; confirmed before it runs</source>
        <translation># DESTRUCTIVE: erases %1; confirmed before it runs</translation>
    </message>
    <message>
        <source># check (exit 0 = already done, the step is skipped):</source>
        <translation># check (exit 0 = already done, the step is skipped):</translation>
    </message>
    <message>
        <source># run:</source>
        <translation># run:</translation>
    </message>
    <message>
        <source># No step matches these filters.</source>
        <translation># No step matches these filters.</translation>
    </message>
    <message>
        <source>The whole plan is in the clipboard.</source>
        <translation>The whole plan is in the clipboard.</translation>
    </message>
    <message>
        <source>The script of %1 is in the clipboard.</source>
        <translation>The script of %1 is in the clipboard.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Every command the deployment will run, node by node, in order. Each step first runs its check: when the check passes, the step is already done and is skipped, so the deployment can be stopped and resumed.</source>
        <translation>Every command the deployment will run, node by node, in order. Each step first runs its check: when the check passes, the step is already done and is skipped, so the deployment can be stopped and resumed.</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>Copy as &amp;script</source>
        <translation>Copy as &amp;script</translation>
    </message>
    <message>
        <source>Copies the selected node&apos;s steps as a shell script, or the whole plan as text when all nodes are shown. The menu offers the others.</source>
        <translation>Copies the selected node&apos;s steps as a shell script, or the whole plan as text when all nodes are shown. The menu offers the others.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Erases data</source>
        <translation>Erases data</translation>
    </message>
    <message>
        <source>%1 steps in %2 phases on %3 nodes. %4 of them erase disks (%5 disks in all): they are marked in red, and the deployment lists every disk and asks you to confirm before it starts.</source>
        <translation>%1 steps in %2 phases on %3 nodes. %4 of them erase disks (%5 disks in all): they are marked in red, and the deployment lists every disk and asks you to confirm before it starts.</translation>
    </message>
</context>
<context>
    <name>pveha::Preflight</name>
    <message>
        <source>Not checked: the node could not be reached.</source>
        <translation>Not checked: the node could not be reached.</translation>
    </message>
    <message>
        <source>Reached as %1@%2 (port %3).</source>
        <translation>Reached as %1@%2 (port %3).</translation>
    </message>
    <message>
        <source>Not checked: %1 could not be reached.</source>
        <translation>Not checked: %1 could not be reached.</translation>
    </message>
    <message>
        <source>Not checked yet: the private network is not configured on %1; the deployment&apos;s network phase configures it and then runs this check.</source>
        <translation>Not checked yet: the private network is not configured on %1; the deployment&apos;s network phase configures it and then runs this check.</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>Not checked: cancelled.</translation>
    </message>
</context>
<context>
    <name>pveha::PreflightTable</name>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <source>Not checked: the checks were stopped.</source>
        <translation>Not checked: the checks were stopped.</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 of %2 checks done</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The counts of one node&apos;s checks, e.g. &quot;1 problem, 10 passed&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Node and check</source>
        <translation>Node and check</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
</context>
<context>
    <name>pveha::ProblemList</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: every value on this page is valid.</source>
        <translation>%1: every value on this page is valid.</translation>
    </message>
    <message>
        <source>To fix before going on (%1):</source>
        <translation>To fix before going on (%1):</translation>
    </message>
    <message>
        <source>Nothing blocks this page, but these values must still agree with a later page (%1):</source>
        <translation>Nothing blocks this page, but these values must still agree with a later page (%1):</translation>
    </message>
</context>
<context>
    <name>pveha::PromptBridge</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unknown host key</translation>
    </message>
    <message>
        <source>%1 (%2, port %3) presented a host key that is not in %4 yet.</source>
        <translation>%1 (%2, port %3) presented a host key that is not in %4 yet.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server shows on its console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it:

%1 %2

The key is stored only if you trust it.</source>
        <translation>Compare this fingerprint with the one the server shows on its console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it:

%1 %2

The key is stored only if you trust it.</translation>
    </message>
    <message>
        <source>Trust this key and connect</source>
        <translation>Trust this key and connect</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation>SSH key passphrase</translation>
    </message>
    <message>
        <source>The SSH key %1 is protected by a passphrase. It is needed to log in to %2 as %3, and is kept in memory only.</source>
        <translation>The SSH key %1 is protected by a passphrase. It is needed to log in to %2 as %3, and is kept in memory only.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH password</translation>
    </message>
    <message>
        <source>%1 (%2) asks for the password of %3. It is kept in memory only.</source>
        <translation>%1 (%2) asks for the password of %3. It is kept in memory only.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>pveha::PveStorage</name>
    <message>
        <source>The output of pvesm status does not start with its column titles.</source>
        <translation>The output of pvesm status does not start with its column titles.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; of pvesm status could not be read.</source>
        <translation>The line &quot;%1&quot; of pvesm status could not be read.</translation>
    </message>
    <message>
        <source>The output of pvesm status is empty.</source>
        <translation>The output of pvesm status is empty.</translation>
    </message>
</context>
<context>
    <name>pveha::PvecmStatus</name>
    <message>
        <source>The line &quot;%1&quot; of pvecm status could not be read.</source>
        <translation>The line &quot;%1&quot; of pvecm status could not be read.</translation>
    </message>
    <message>
        <source>The output of pvecm status is empty.</source>
        <translation>The output of pvecm status is empty.</translation>
    </message>
    <message>
        <source>The output of pvecm status lacks its quorum, vote or membership lines, or lists fewer members than it announces.</source>
        <translation>The output of pvecm status lacks its quorum, vote or membership lines, or lists fewer members than it announces.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; of pvecm nodes could not be read.</source>
        <translation>The line &quot;%1&quot; of pvecm nodes could not be read.</translation>
    </message>
    <message>
        <source>The output of pvecm nodes has no membership table.</source>
        <translation>The output of pvecm nodes has no membership table.</translation>
    </message>
</context>
<context>
    <name>pveha::RaidPanel</name>
    <message>
        <source>RAID arrays (/proc/mdstat)</source>
        <translation>RAID arrays (/proc/mdstat)</translation>
    </message>
    <message>
        <source>The node could not be reached.</source>
        <translation>The node could not be reached.</translation>
    </message>
    <message>
        <source>/proc/mdstat could not be read: %1</source>
        <translation>/proc/mdstat could not be read: %1</translation>
    </message>
    <message>
        <source>No RAID array.</source>
        <translation>No RAID array.</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Not read yet.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % synced</source>
        <translation>%1 % synced</translation>
    </message>
    <message>
        <source>%1: %2, about %3 min left %4</source>
        <translation>%1: %2, about %3 min left %4</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>in sync</translation>
    </message>
    <message>
        <source>not syncing</source>
        <translation>not syncing</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <translation>%1: %2 %3, %4 %5</translation>
    </message>
</context>
<context>
    <name>pveha::RawOutputs</name>
    <message>
        <source>The node could not be reached: %1</source>
        <translation>The node could not be reached: %1</translation>
    </message>
    <message>
        <source>(not collected)</source>
        <translation>(not collected)</translation>
    </message>
    <message>
        <source>
(exit status %1)</source>
        <translation>
(exit status %1)</translation>
    </message>
</context>
<context>
    <name>pveha::ReportCommand</name>
    <message>
        <source>report needs --out FILE.html: where to write the report.</source>
        <translation>report needs --out FILE.html: where to write the report.</translation>
    </message>
    <message>
        <source>Nothing is recorded for cluster %1 yet (in %2): run &quot;pve-ha-installer validate %3&quot; first, then deploy, health and crash-test, and write the report again.</source>
        <translation>Nothing is recorded for cluster %1 yet (in %2): run &quot;pve-ha-installer validate %3&quot; first, then deploy, health and crash-test, and write the report again.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>The report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
</context>
<context>
    <name>pveha::ReportExport</name>
    <message>
        <source>Nothing is recorded for cluster %1 yet (in %2): run the validation first.</source>
        <translation>Nothing is recorded for cluster %1 yet (in %2): run the validation first.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>The report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML report (*.html)</translation>
    </message>
</context>
<context>
    <name>pveha::ReportSections</name>
    <message>
        <source>%1 crashes</source>
        <translation>%1 crashes</translation>
    </message>
    <message>
        <source>%1 stops answering</source>
        <translation>%1 stops answering</translation>
    </message>
    <message>
        <source>%1 fenced</source>
        <translation>%1 fenced</translation>
    </message>
    <message>
        <source>vm:%1 being recovered</source>
        <translation>vm:%1 being recovered</translation>
    </message>
    <message>
        <source>vm:%1 started on %2</source>
        <translation>vm:%1 started on %2</translation>
    </message>
    <message>
        <source>Health snapshot</source>
        <translation>Health snapshot</translation>
    </message>
    <message>
        <source>No health snapshot was recorded for this cluster.</source>
        <translation>No health snapshot was recorded for this cluster.</translation>
    </message>
    <message>
        <source>The cluster was healthy on %1: Ceph %2, RAID arrays clean, HA quorate.</source>
        <translation>The cluster was healthy on %1: Ceph %2, RAID arrays clean, HA quorate.</translation>
    </message>
    <message>
        <source>The cluster needed attention on %1 (Ceph %2): see the reasons below.</source>
        <translation>The cluster needed attention on %1 (Ceph %2): see the reasons below.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Ceph</source>
        <translation>Ceph</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Monitors in quorum</source>
        <translation>Monitors in quorum</translation>
    </message>
    <message>
        <source>OSDs up / in / total</source>
        <translation>OSDs up / in / total</translation>
    </message>
    <message>
        <source>Placement groups</source>
        <translation>Placement groups</translation>
    </message>
    <message>
        <source>Raw capacity</source>
        <translation>Raw capacity</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation>%1 used of %2</translation>
    </message>
    <message>
        <source>Ceph raw capacity used</source>
        <translation>Ceph raw capacity used</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>%1 PGs</source>
        <translation>%1 PGs</translation>
    </message>
    <message>
        <source>Placement groups by state</source>
        <translation>Placement groups by state</translation>
    </message>
    <message>
        <source>RAID arrays</source>
        <translation>RAID arrays</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Members up</source>
        <translation>Members up</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Rebuild</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>High availability</translation>
    </message>
    <message>
        <source>quorate</source>
        <translation>quorate</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <source>HA manager master: %1.</source>
        <translation>HA manager master: %1.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Proxmox storages</source>
        <translation>Proxmox storages</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Raw outputs</source>
        <translation>Raw outputs</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Crash test</translation>
    </message>
    <message>
        <source>No crash test was recorded for this cluster.</source>
        <translation>No crash test was recorded for this cluster.</translation>
    </message>
    <message>
        <source>not recovered</source>
        <translation>not recovered</translation>
    </message>
    <message>
        <source>vm:%1 did not restart elsewhere after %2 crashed.</source>
        <translation>vm:%1 did not restart elsewhere after %2 crashed.</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>goal met</translation>
    </message>
    <message>
        <source>goal missed</source>
        <translation>goal missed</translation>
    </message>
    <message>
        <source>vm:%1 restarted on %2 %3 after %4 crashed (goal: under %5).</source>
        <translation>vm:%1 restarted on %2 %3 after %4 crashed (goal: under %5).</translation>
    </message>
    <message>
        <source>Crashed node</source>
        <translation>Crashed node</translation>
    </message>
    <message>
        <source>%1 (kernel panic: echo c &gt; /proc/sysrq-trigger)</source>
        <translation>%1 (kernel panic: echo c &gt; /proc/sysrq-trigger)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Ran on before / after</source>
        <translation>Ran on before / after</translation>
    </message>
    <message>
        <source>Failover time</source>
        <translation>Failover time</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <source>Tested on</source>
        <translation>Tested on</translation>
    </message>
    <message>
        <source>Simulated nodes: time ran %1 times faster; the times are simulated seconds.</source>
        <translation>Simulated nodes: time ran %1 times faster; the times are simulated seconds.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Failover timeline, seconds after the crash</source>
        <translation>Failover timeline, seconds after the crash</translation>
    </message>
    <message>
        <source>goal: %1</source>
        <translation>goal: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Deployment plan and steps</source>
        <translation>Deployment plan and steps</translation>
    </message>
    <message>
        <source>No deployment was recorded: the plan below has not run yet.</source>
        <translation>No deployment was recorded: the plan below has not run yet.</translation>
    </message>
    <message>
        <source>Full log: %1</source>
        <translation>Full log: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Time spent per phase (steps done, all nodes added up)</source>
        <translation>Time spent per phase (steps done, all nodes added up)</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>Failing step</translation>
    </message>
    <message>
        <source>No deployment was recorded.</source>
        <translation>No deployment was recorded.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Step %1 failed with exit code %2 after %3: %4</source>
        <translation>Step %1 failed with exit code %2 after %3: %4</translation>
    </message>
    <message>
        <source>Last lines of its output:</source>
        <translation>Last lines of its output:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No step failed in the last deployment run.</source>
        <translation>No step failed in the last deployment run.</translation>
    </message>
    <message>
        <source>Edge firewall rules</source>
        <translation>Edge firewall rules</translation>
    </message>
    <message>
        <source>not managed</source>
        <translation>not managed</translation>
    </message>
    <message>
        <source>The spec leaves the Edge Network Firewall alone (provider: none). Below is what the tool would set with provider ovh-edge.</source>
        <translation>The spec leaves the Edge Network Firewall alone (provider: none). Below is what the tool would set with provider ovh-edge.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Destination port</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>(established)</source>
        <translation>(established)</translation>
    </message>
    <message>
        <source>permit</source>
        <translation>permit</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>deny</translation>
    </message>
    <message>
        <source>Proxmox VE system</source>
        <translation>Proxmox VE system</translation>
    </message>
    <message>
        <source>Ceph DB/WAL cache</source>
        <translation>Ceph DB/WAL cache</translation>
    </message>
    <message>
        <source>RAID %1 member (%2)</source>
        <translation>RAID %1 member (%2)</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>Cluster summary</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Private network</translation>
    </message>
    <message>
        <source>%1 on %2 (bridge %3), MTU %4</source>
        <translation>%1 on %2 (bridge %3), MTU %4</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH user</translation>
    </message>
    <message>
        <source>Ceph pool</source>
        <translation>Ceph pool</translation>
    </message>
    <message>
        <source>%1: size %2, min size %3, autoscale %4</source>
        <translation>%1: size %2, min size %3, autoscale %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>System disk</source>
        <translation>System disk</translation>
    </message>
    <message>
        <source>Ceph DB/WAL device</source>
        <translation>Ceph DB/WAL device</translation>
    </message>
    <message>
        <source>RAID</source>
        <translation>RAID</translation>
    </message>
    <message>
        <source>RAID %1 of %2 → %3 → LVM %4/%5 → one OSD per node</source>
        <translation>RAID %1 of %2 → %3 → LVM %4/%5 → one OSD per node</translation>
    </message>
    <message>
        <source>HA group</source>
        <translation>HA group</translation>
    </message>
    <message>
        <source>%1 (%2), protects %3</source>
        <translation>%1 (%2), protects %3</translation>
    </message>
    <message>
        <source>no guest yet</source>
        <translation>no guest yet</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH port</translation>
    </message>
    <message>
        <source>Private address (vRack)</source>
        <translation>Private address (vRack)</translation>
    </message>
    <message>
        <source>Proxmox VE</source>
        <translation>Proxmox VE</translation>
    </message>
    <message>
        <source>creates the cluster, OSD, monitor</source>
        <translation>creates the cluster, OSD, monitor</translation>
    </message>
    <message>
        <source>joins the cluster, OSD, monitor</source>
        <translation>joins the cluster, OSD, monitor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <source>The disks are listed by the preflight, which has not run.</source>
        <translation>The disks are listed by the preflight, which has not run.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>The capacity needs the size of the RAID disks, which the preflight measures.</source>
        <translation>The capacity needs the size of the RAID disks, which the preflight measures.</translation>
    </message>
    <message>
        <source>Disks (all nodes)</source>
        <translation>Disks (all nodes)</translation>
    </message>
    <message>
        <source>%1 × %2 disks of %3: %4</source>
        <translation>%1 × %2 disks of %3: %4</translation>
    </message>
    <message>
        <source>Raw (Ceph, after RAID %1)</source>
        <translation>Raw (Ceph, after RAID %1)</translation>
    </message>
    <message>
        <source>Usable (replication ×%1)</source>
        <translation>Usable (replication ×%1)</translation>
    </message>
    <message>
        <source>Capacity: what the disks hold, what the RAID arrays give Ceph, what the VMs can use</source>
        <translation>Capacity: what the disks hold, what the RAID arrays give Ceph, what the VMs can use</translation>
    </message>
    <message>
        <source>Raw (after RAID)</source>
        <translation>Raw (after RAID)</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Preflight checks</translation>
    </message>
    <message>
        <source>No preflight was recorded for this cluster.</source>
        <translation>No preflight was recorded for this cluster.</translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 skipped (preflight of %5).</source>
        <translation>%1 passed, %2 warnings, %3 failed, %4 skipped (preflight of %5).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Raw outputs of %1</source>
        <translation>Raw outputs of %1</translation>
    </message>
    <message>
        <source>Private network mesh (MTU)</source>
        <translation>Private network mesh (MTU)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>not available yet</translation>
    </message>
    <message>
        <source>Run this first, then write the report again:</source>
        <translation>Run this first, then write the report again:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 MiB (%2 MB)</source>
        <translation>%1 MiB (%2 MB)</translation>
    </message>
    <message>
        <source>%1 KiB (%2 kB)</source>
        <translation>%1 KiB (%2 kB)</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Not applied: %1.</translation>
    </message>
    <message>
        <source>address added to the firewall</source>
        <translation>address added to the firewall</translation>
    </message>
    <message>
        <source>firewall enabled</source>
        <translation>firewall enabled</translation>
    </message>
    <message>
        <source>nothing had to change</source>
        <translation>nothing had to change</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>The firewall holds these rules and is enabled (%1).</source>
        <translation>The firewall holds these rules and is enabled (%1).</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>in place</translation>
    </message>
    <message>
        <source>The firewall held exactly these rules and was enabled.</source>
        <translation>The firewall held exactly these rules and was enabled.</translation>
    </message>
    <message>
        <source>the address is not on the Edge firewall</source>
        <translation>the address is not on the Edge firewall</translation>
    </message>
    <message>
        <source>the firewall is disabled</source>
        <translation>the firewall is disabled</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation>not in place</translation>
    </message>
    <message>
        <source>When it was read, the firewall differed from these rules: %1.</source>
        <translation>When it was read, the firewall differed from these rules: %1.</translation>
    </message>
    <message>
        <source>Set on each node&apos;s public address by &quot;pve-ha-installer firewall --apply&quot; or the wizard&apos;s firewall page (OVHcloud Edge Network Firewall, endpoint %1): public access only to the GUI and to SSH from the admins, the other nodes allowed, everything else dropped.</source>
        <translation>Set on each node&apos;s public address by &quot;pve-ha-installer firewall --apply&quot; or the wizard&apos;s firewall page (OVHcloud Edge Network Firewall, endpoint %1): public access only to the GUI and to SSH from the admins, the other nodes allowed, everything else dropped.</translation>
    </message>
    <message>
        <source>The tool has not read these firewalls through the OVHcloud API yet, so whether the rules are in place is not known.</source>
        <translation>The tool has not read these firewalls through the OVHcloud API yet, so whether the rules are in place is not known.</translation>
    </message>
    <message>
        <source>Last applied through the OVHcloud API on %1.</source>
        <translation>Last applied through the OVHcloud API on %1.</translation>
    </message>
    <message>
        <source>Last read through the OVHcloud API on %1 (nothing changed).</source>
        <translation>Last read through the OVHcloud API on %1 (nothing changed).</translation>
    </message>
    <message>
        <source>This node was not part of that run.</source>
        <translation>This node was not part of that run.</translation>
    </message>
    <message numerus="yes">
        <source>Last deployment run: %1 to %2 (%n run(s) recorded): %4 steps done, %5 skipped because already done, %6 failed.</source>
        <translation>
            <numerusform>Last deployment run: %1 to %2 (%n run recorded): %4 steps done, %5 skipped because already done, %6 failed.</numerusform>
            <numerusform>Last deployment run: %1 to %2 (%n runs recorded): %4 steps done, %5 skipped because already done, %6 failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>not attempted</translation>
    </message>
    <message>
        <source>Not touched: the run stopped at an earlier node&apos;s failure.</source>
        <translation>Not touched: the run stopped at an earlier node&apos;s failure.</translation>
    </message>
    <message numerus="yes">
        <source>deleted the rules at priorities %1</source>
        <translation>
            <numerusform>deleted the rule at priority %1</numerusform>
            <numerusform>deleted the rules at priorities %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created the rules at priorities %1</source>
        <translation>
            <numerusform>created the rule at priority %1</numerusform>
            <numerusform>created the rules at priorities %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete the rules at priorities %1</source>
        <translation>
            <numerusform>delete the rule at priority %1</numerusform>
            <numerusform>delete the rules at priorities %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>create the rules at priorities %1</source>
        <translation>
            <numerusform>create the rule at priority %1</numerusform>
            <numerusform>create the rules at priorities %1</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>changed since</translation>
    </message>
    <message>
        <source>The spec asks for other rules (or another address) than when the tool last talked to this firewall: what it found then no longer says whether the rules below are in place. Read them again.</source>
        <translation>The spec asks for other rules (or another address) than when the tool last talked to this firewall: what it found then no longer says whether the rules below are in place. Read them again.</translation>
    </message>
</context>
<context>
    <name>pveha::ReportWriter</name>
    <message>
        <source>Proxmox VE HA cluster report: %1</source>
        <translation>Proxmox VE HA cluster report: %1</translation>
    </message>
    <message>
        <source>Written on %1 by pve-ha-installer %2.</source>
        <translation>Written on %1 by pve-ha-installer %2.</translation>
    </message>
    <message>
        <source>Cluster summary</source>
        <translation>Cluster summary</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Preflight checks</translation>
    </message>
    <message>
        <source>Deployment plan and steps</source>
        <translation>Deployment plan and steps</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>Failing step</translation>
    </message>
    <message>
        <source>Edge firewall rules</source>
        <translation>Edge firewall rules</translation>
    </message>
    <message>
        <source>Health snapshot</source>
        <translation>Health snapshot</translation>
    </message>
    <message>
        <source>Crash test</source>
        <translation>Crash test</translation>
    </message>
    <message>
        <source>pve-ha-installer %1 — report written on %2 from the journal of cluster %3. Passwords, passphrases and API keys are never written here.</source>
        <translation>pve-ha-installer %1 — report written on %2 from the journal of cluster %3. Passwords, passphrases and API keys are never written here.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>pveha::SpecReader</name>
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
    <message>
        <source>The rule has no sequence (expected a whole number from 0 to 18; 19 holds the final deny rule).</source>
        <translation>The rule has no sequence (expected a whole number from 0 to 18; 19 holds the final deny rule).</translation>
    </message>
    <message>
        <source>The format version is missing (add &quot;version&quot;: 1 at the top of the file).</source>
        <translation>The format version is missing (add &quot;version&quot;: 1 at the top of the file).</translation>
    </message>
</context>
<context>
    <name>pveha::SpecSummary</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Cluster and SSH</source>
        <translation>Cluster and SSH</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Cluster name</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH user</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private key file</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>Known hosts file</translation>
    </message>
    <message>
        <source>Host-key policy</source>
        <translation>Host-key policy</translation>
    </message>
    <message>
        <source>Nodes (%1)</source>
        <translation>Nodes (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Public address</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH port</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>Private address</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>Private network</translation>
    </message>
    <message>
        <source>vRack network card</source>
        <translation>vRack network card</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>Disks (on each node)</source>
        <translation>Disks (on each node)</translation>
    </message>
    <message>
        <source>System disk (never touched)</source>
        <translation>System disk (never touched)</translation>
    </message>
    <message>
        <source>Ceph DB/WAL device (erased)</source>
        <translation>Ceph DB/WAL device (erased)</translation>
    </message>
    <message>
        <source>RAID %1 disks (erased)</source>
        <translation>RAID %1 disks (erased)</translation>
    </message>
    <message>
        <source>md device, volume group, logical volume</source>
        <translation>md device, volume group, logical volume</translation>
    </message>
    <message>
        <source>Estimated capacity</source>
        <translation>Estimated capacity</translation>
    </message>
    <message>
        <source>%1 after RAID, %2 usable with %3 copies</source>
        <translation>%1 after RAID, %2 usable with %3 copies</translation>
    </message>
    <message>
        <source>Ceph</source>
        <translation>Ceph</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Public and cluster networks</source>
        <translation>Public and cluster networks</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>%1, %2 copies (at least %3 to write), autoscale %4, Proxmox storage %5</source>
        <translation>%1, %2 copies (at least %3 to write), autoscale %4, Proxmox storage %5</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>High availability</translation>
    </message>
    <message>
        <source>HA group or rule</source>
        <translation>HA group or rule</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation>Protected VMs</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>API endpoint</source>
        <translation>API endpoint</translation>
    </message>
    <message>
        <source>GUI sources (port 8006)</source>
        <translation>GUI sources (port 8006)</translation>
    </message>
    <message>
        <source>Admin sources (SSH)</source>
        <translation>Admin sources (SSH)</translation>
    </message>
    <message>
        <source>Between the nodes</source>
        <translation>Between the nodes</translation>
    </message>
    <message>
        <source>TCP established</source>
        <translation>TCP established</translation>
    </message>
    <message>
        <source>Extra rules</source>
        <translation>Extra rules</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>Rules of %1</translation>
    </message>
</context>
<context>
    <name>pveha::SpecValidator</name>
    <message>
        <source>%1 is not an IPv4 network in CIDR notation (expected an address and a prefix length from 0 to 32, such as %2).</source>
        <translation>%1 is not an IPv4 network in CIDR notation (expected an address and a prefix length from 0 to 32, such as %2).</translation>
    </message>
    <message>
        <source>%1 has host bits set (expected the network address %2).</source>
        <translation>%1 has host bits set (expected the network address %2).</translation>
    </message>
    <message>
        <source>%1 is not a supported format version (expected 1).</source>
        <translation>%1 is not a supported format version (expected 1).</translation>
    </message>
    <message>
        <source>%1 is not a valid cluster name (expected 1 to 15 letters, digits or hyphens, such as cluster-pve-ha).</source>
        <translation>%1 is not a valid cluster name (expected 1 to 15 letters, digits or hyphens, such as cluster-pve-ha).</translation>
    </message>
    <message>
        <source>%1 is not a valid login name (expected up to 32 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;, such as root).</source>
        <translation>%1 is not a valid login name (expected up to 32 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;, such as root).</translation>
    </message>
    <message>
        <source>%1 contains a control character such as a newline (expected a file path on one line, such as ~/.ssh/id_ed25519).</source>
        <translation>%1 contains a control character such as a newline (expected a file path on one line, such as ~/.ssh/id_ed25519).</translation>
    </message>
    <message>
        <source>%1 is not a usable file path (expected a path on one line, such as ~/.ssh/known_hosts).</source>
        <translation>%1 is not a usable file path (expected a path on one line, such as ~/.ssh/known_hosts).</translation>
    </message>
    <message numerus="yes">
        <source>The spec lists %n node(s), but a highly available cluster needs at least 3 (add nodes).</source>
        <translation>
            <numerusform>The spec lists %n node, but a highly available cluster needs at least 3 (add nodes).</numerusform>
            <numerusform>The spec lists %n nodes, but a highly available cluster needs at least 3 (add nodes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid node name (expected the node&apos;s hostname: 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen, such as node-01).</source>
        <translation>%1 is not a valid node name (expected the node&apos;s hostname: 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen, such as node-01).</translation>
    </message>
    <message>
        <source>%1 is already the name of nodes[%2] (each node needs its own name).</source>
        <translation>%1 is already the name of nodes[%2] (each node needs its own name).</translation>
    </message>
    <message>
        <source>%1 is neither an IPv4 address nor a hostname (expected an address such as 203.0.113.11 or a name such as node-01.example.com).</source>
        <translation>%1 is neither an IPv4 address nor a hostname (expected an address such as 203.0.113.11 or a name such as node-01.example.com).</translation>
    </message>
    <message>
        <source>%1 is already the public address of nodes[%2] (each node needs its own address).</source>
        <translation>%1 is already the public address of nodes[%2] (each node needs its own address).</translation>
    </message>
    <message>
        <source>%1 is a hostname, but the OVHcloud Edge firewall works on IPv4 addresses (write the node&apos;s public IPv4 address, or set firewall.provider to none).</source>
        <translation>%1 is a hostname, but the OVHcloud Edge firewall works on IPv4 addresses (write the node&apos;s public IPv4 address, or set firewall.provider to none).</translation>
    </message>
    <message>
        <source>%1 is not a valid SSH port (expected a whole number from 1 to 65535; the default is 22).</source>
        <translation>%1 is not a valid SSH port (expected a whole number from 1 to 65535; the default is 22).</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address (expected four numbers 0–255 such as %2).</source>
        <translation>%1 is not an IPv4 address (expected four numbers 0–255 such as %2).</translation>
    </message>
    <message>
        <source>%1 is not inside the private network %2 (expected an address such as %3, or change network.cidr).</source>
        <translation>%1 is not inside the private network %2 (expected an address such as %3, or change network.cidr).</translation>
    </message>
    <message>
        <source>%1 is the network or broadcast address of %2, which no host can use (expected an address such as %3).</source>
        <translation>%1 is the network or broadcast address of %2, which no host can use (expected an address such as %3).</translation>
    </message>
    <message>
        <source>%1 is already the private address of nodes[%2] (each node needs its own address).</source>
        <translation>%1 is already the private address of nodes[%2] (each node needs its own address).</translation>
    </message>
    <message>
        <source>%1 is not a valid interface name (expected 1 to 15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; as `ip link` shows it, such as enp1s0f1).</source>
        <translation>%1 is not a valid interface name (expected 1 to 15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; as `ip link` shows it, such as enp1s0f1).</translation>
    </message>
    <message>
        <source>%1 is not a valid bridge name (expected 1 to 15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;; Proxmox names bridges vmbrN, such as vmbr1).</source>
        <translation>%1 is not a valid bridge name (expected 1 to 15 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;; Proxmox names bridges vmbrN, such as vmbr1).</translation>
    </message>
    <message>
        <source>%1 is also the private interface (expected a new bridge name, such as vmbr1).</source>
        <translation>%1 is also the private interface (expected a new bridge name, such as vmbr1).</translation>
    </message>
    <message>
        <source>%1 is not a usable MTU (expected a whole number from 1280 to 9216; 9000 enables jumbo frames on the vRack).</source>
        <translation>%1 is not a usable MTU (expected a whole number from 1280 to 9216; 9000 enables jumbo frames on the vRack).</translation>
    </message>
    <message>
        <source>%1 is not a valid device path (expected /dev/ followed by letters, digits, &apos;/&apos;, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, such as %2).</source>
        <translation>%1 is not a valid device path (expected /dev/ followed by letters, digits, &apos;/&apos;, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, such as %2).</translation>
    </message>
    <message>
        <source>%1 is not an md device path (expected /dev/md followed by a number, such as /dev/md0).</source>
        <translation>%1 is not an md device path (expected /dev/md followed by a number, such as /dev/md0).</translation>
    </message>
    <message>
        <source>%1 is already used as %2 (each device may have only one role; the OS disk is never touched).</source>
        <translation>%1 is already used as %2 (each device may have only one role; the OS disk is never touched).</translation>
    </message>
    <message>
        <source>%1 is not a supported RAID level (expected 1, 5, 6 or 10; the procedure uses 5).</source>
        <translation>%1 is not a supported RAID level (expected 1, 5, 6 or 10; the procedure uses 5).</translation>
    </message>
    <message>
        <source>RAID %1 needs at least %2 disks, but %3 are listed (add disks or choose another RAID level).</source>
        <translation>RAID %1 needs at least %2 disks, but %3 are listed (add disks or choose another RAID level).</translation>
    </message>
    <message>
        <source>RAID 10 needs an even number of disks, but %1 are listed (add or remove one disk).</source>
        <translation>RAID 10 needs an even number of disks, but %1 are listed (add or remove one disk).</translation>
    </message>
    <message>
        <source>letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; or &apos;-&apos;, not starting with &apos;-&apos;</source>
        <translation>letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; or &apos;-&apos;, not starting with &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 is not a valid LVM volume group name (expected %2, such as ceph-raid).</source>
        <translation>%1 is not a valid LVM volume group name (expected %2, such as ceph-raid).</translation>
    </message>
    <message>
        <source>%1 is not a valid LVM logical volume name (expected %2, and none of the names LVM reserves such as snapshot* or *_rimage; for example osd).</source>
        <translation>%1 is not a valid LVM logical volume name (expected %2, and none of the names LVM reserves such as snapshot* or *_rimage; for example osd).</translation>
    </message>
    <message>
        <source>%1 does not contain the private address %2 of node %3, so Ceph could not use it (expected the private network, such as %4).</source>
        <translation>%1 does not contain the private address %2 of node %3, so Ceph could not use it (expected the private network, such as %4).</translation>
    </message>
    <message>
        <source>%1 is not a valid Proxmox storage id (expected a letter, then letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, ending with a letter or digit, such as Stockage-HA).</source>
        <translation>%1 is not a valid Proxmox storage id (expected a letter, then letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, ending with a letter or digit, such as Stockage-HA).</translation>
    </message>
    <message>
        <source>%1 is not a valid replica count (expected 1 to the number of nodes, usually 3).</source>
        <translation>%1 is not a valid replica count (expected 1 to the number of nodes, usually 3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 replicas need as many nodes, but the spec lists %n node(s) (expected a size of at most the number of nodes).</source>
        <translation>
            <numerusform>%1 replicas need as many nodes, but the spec lists %n node (expected a size of at most the number of nodes).</numerusform>
            <numerusform>%1 replicas need as many nodes, but the spec lists %n nodes (expected a size of at most the number of nodes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a valid minimum replica count (expected 1 to ceph.pool.size, usually 2).</source>
        <translation>%1 is not a valid minimum replica count (expected 1 to ceph.pool.size, usually 2).</translation>
    </message>
    <message>
        <source>%1 is larger than ceph.pool.size %2 (expected a minimum size no larger than the size, such as size 3 and minSize 2).</source>
        <translation>%1 is larger than ceph.pool.size %2 (expected a minimum size no larger than the size, such as size 3 and minSize 2).</translation>
    </message>
    <message>
        <source>%1 is not a valid Proxmox HA group id (expected a letter followed by at least one letter, digit, &apos;_&apos; or &apos;-&apos;, such as Cluster-Prod).</source>
        <translation>%1 is not a valid Proxmox HA group id (expected a letter followed by at least one letter, digit, &apos;_&apos; or &apos;-&apos;, such as Cluster-Prod).</translation>
    </message>
    <message>
        <source>%1 is not the name of a node in nodes (expected one of: %2).</source>
        <translation>%1 is not the name of a node in nodes (expected one of: %2).</translation>
    </message>
    <message>
        <source>%1 is listed twice (list each node once).</source>
        <translation>%1 is listed twice (list each node once).</translation>
    </message>
    <message>
        <source>The HA group protects guests but has no node to run them on (list node names from nodes, such as %1).</source>
        <translation>The HA group protects guests but has no node to run them on (list node names from nodes, such as %1).</translation>
    </message>
    <message>
        <source>%1 is not a valid guest id (expected a whole number from 100 to 999999999, such as 100).</source>
        <translation>%1 is not a valid guest id (expected a whole number from 100 to 999999999, such as 100).</translation>
    </message>
    <message>
        <source>Guest %1 is already listed in ha.resources[%2] (list each guest once).</source>
        <translation>Guest %1 is already listed in ha.resources[%2] (list each guest once).</translation>
    </message>
</context>
<context>
    <name>pveha::SshAuth</name>
    <message>
        <source>The connection to node %1 (%2 port %3) dropped during authentication.</source>
        <translation>The connection to node %1 (%2 port %3) dropped during authentication.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 could not be unlocked (wrong passphrase?)</source>
        <translation>%1 could not be unlocked (wrong passphrase?)</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 could not be read</translation>
    </message>
    <message>
        <source>nothing we could offer</source>
        <translation>nothing we could offer</translation>
    </message>
    <message>
        <source>Authentication as %1 on node %2 (%3 port %4) was refused. The server offers: %5. Tried: %6.</source>
        <translation>Authentication as %1 on node %2 (%3 port %4) was refused. The server offers: %5. Tried: %6.</translation>
    </message>
    <message>
        <source>None of these methods is supported by this tool.</source>
        <translation>None of these methods is supported by this tool.</translation>
    </message>
</context>
<context>
    <name>pveha::SshExec</name>
    <message>
        <source>The connection to node %1 (%2 port %3) was lost; the command may not have finished. The next command reconnects.</source>
        <translation>The connection to node %1 (%2 port %3) was lost; the command may not have finished. The next command reconnects.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) refused to start the command: %4</source>
        <translation>Node %1 (%2 port %3) refused to start the command: %4</translation>
    </message>
    <message>
        <source>The command on node %1 was cancelled.</source>
        <translation>The command on node %1 was cancelled.</translation>
    </message>
    <message>
        <source>The command on node %1 did not finish within %2 s and was stopped.</source>
        <translation>The command on node %1 did not finish within %2 s and was stopped.</translation>
    </message>
    <message>
        <source>The command on node %1 was killed by signal %2.</source>
        <translation>The command on node %1 was killed by signal %2.</translation>
    </message>
    <message>
        <source>Node %1 closed the command&apos;s channel without an exit status.</source>
        <translation>Node %1 closed the command&apos;s channel without an exit status.</translation>
    </message>
</context>
<context>
    <name>pveha::SshTransport</name>
    <message>
        <source>Node %1: the name %2 could not be resolved (port %3).</source>
        <translation>Node %1: the name %2 could not be resolved (port %3).</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) is unreachable.</source>
        <translation>Node %1 (%2 port %3) is unreachable.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) refused the connection: is SSH listening on that port, and does a firewall allow it?</source>
        <translation>Node %1 (%2 port %3) refused the connection: is SSH listening on that port, and does a firewall allow it?</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) did not answer within %4 s.</source>
        <translation>Node %1 (%2 port %3) did not answer within %4 s.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3): the SSH handshake failed.</source>
        <translation>Node %1 (%2 port %3): the SSH handshake failed.</translation>
    </message>
    <message>
        <source>Node %1: invalid SSH setting %2 (%3).</source>
        <translation>Node %1: invalid SSH setting %2 (%3).</translation>
    </message>
    <message>
        <source>Connecting to node %1 was cancelled.</source>
        <translation>Connecting to node %1 was cancelled.</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3) accepted the connection but did not start an SSH session within %4 s: is it an SSH server?</source>
        <translation>Node %1 (%2 port %3) accepted the connection but did not start an SSH session within %4 s: is it an SSH server?</translation>
    </message>
    <message>
        <source>Node %1 (%2 port %3): the SSH handshake failed: %4</source>
        <translation>Node %1 (%2 port %3): the SSH handshake failed: %4</translation>
    </message>
</context>
<context>
    <name>pveha::StatusLook</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
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
    <message>
        <source>Not available in this version of the assistant yet.</source>
        <translation>Not available in this version of the assistant yet.</translation>
    </message>
</context>
<context>
    <name>pveha::SummaryPage</name>
    <message>
        <source>Save the cluster spec</source>
        <translation>Save the cluster spec</translation>
    </message>
    <message>
        <source>Cluster spec (*.json)</source>
        <translation>Cluster spec (*.json)</translation>
    </message>
    <message>
        <source>Unsaved cluster spec</source>
        <translation>Unsaved cluster spec</translation>
    </message>
    <message>
        <source>The spec is complete: every value is valid. Save it, then continue to check the servers.</source>
        <translation>The spec is complete: every value is valid. Save it, then continue to check the servers.</translation>
    </message>
    <message>
        <source>Problems remaining: %1, listed below. Go back to the page of each field to fix them; you can save the spec anyway and finish it later.</source>
        <translation>Problems remaining: %1, listed below. Go back to the page of each field to fix them; you can save the spec anyway and finish it later.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Everything the assistant will build, on one page. Save the spec to re-open it later or to use it with the command line.</source>
        <translation>Everything the assistant will build, on one page. Save the spec to re-open it later or to use it with the command line.</translation>
    </message>
    <message>
        <source>&amp;Save the spec…</source>
        <translation>&amp;Save the spec…</translation>
    </message>
    <message>
        <source>Writes the spec as JSON, readable only by you (mode 0600). It holds no password or key.</source>
        <translation>Writes the spec as JSON, readable only by you (mode 0600). It holds no password or key.</translation>
    </message>
    <message>
        <source>The spec could not be saved: %1</source>
        <translation>The spec could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved to %1, but changed since: save again to keep the changes.</source>
        <translation>Saved to %1, but changed since: save again to keep the changes.</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <translation>Saved to %1 (readable only by you).</translation>
    </message>
    <message>
        <source>The cluster spec has changes that are not saved. Save it before checking the servers?</source>
        <translation>The cluster spec has changes that are not saved. Save it before checking the servers?</translation>
    </message>
</context>
<context>
    <name>pveha::ValidateCommand</name>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>SKIP</translation>
    </message>
    <message>
        <source>MTU mesh (don&apos;t-fragment ping between private addresses)</source>
        <translation>MTU mesh (don&apos;t-fragment ping between private addresses)</translation>
    </message>
    <message>
        <source>Summary: %1 passed, %2 warnings, %3 failed, %4 skipped.</source>
        <translation>Summary: %1 passed, %2 warnings, %3 failed, %4 skipped.</translation>
    </message>
</context>
<context>
    <name>pveha::ValidationPage</name>
    <message>
        <source>Command and output</source>
        <translation>Command and output</translation>
    </message>
    <message>
        <source># Select a check to see its command and output.</source>
        <translation># Select a check to see its command and output.</translation>
    </message>
    <message>
        <source># This check ran no command of its own.</source>
        <translation># This check ran no command of its own.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>&amp;Run the checks again</translation>
    </message>
    <message>
        <source>S&amp;top the checks</source>
        <translation>S&amp;top the checks</translation>
    </message>
    <message>
        <source>Jumbo frames between the nodes (rows send, columns answer):</source>
        <translation>Jumbo frames between the nodes (rows send, columns answer):</translation>
    </message>
    <message>
        <source>I have read the warnings and want to continue anyway.</source>
        <translation>I have read the warnings and want to continue anyway.</translation>
    </message>
    <message>
        <source>Some disks are in use: checking whether this deployment&apos;s own steps put them to use…</source>
        <translation>Some disks are in use: checking whether this deployment&apos;s own steps put them to use…</translation>
    </message>
    <message>
        <source>In use by this deployment: its step %1 has already run on %2, so these disks will not be erased again; the deployment resumes after it.</source>
        <translation>In use by this deployment: its step %1 has already run on %2, so these disks will not be erased again; the deployment resumes after it.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n node(s) in parallel: %1 of %2 checks done, then %3 of %4 network paths.</source>
        <translation>
            <numerusform>Checking %n node in parallel: %1 of %2 checks done, then %3 of %4 network paths.</numerusform>
            <numerusform>Checking %n nodes in parallel: %1 of %2 checks done, then %3 of %4 network paths.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Checked at %1.</translation>
    </message>
    <message>
        <source>The checks could not start: %1</source>
        <translation>The checks could not start: %1</translation>
    </message>
    <message>
        <source>The checks were stopped before the end. Run them again: the deployment needs a complete check of every node.</source>
        <translation>The checks were stopped before the end. Run them again: the deployment needs a complete check of every node.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed. Fix the nodes or the spec (Back), then run the checks again: nothing is deployed until every check passes.</source>
        <translation>
            <numerusform>%n check failed. Fix the nodes or the spec (Back), then run the checks again: nothing is deployed until every check passes.</numerusform>
            <numerusform>%n checks failed. Fix the nodes or the spec (Back), then run the checks again: nothing is deployed until every check passes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed, but %n warning(s) need your attention: read them in the table before going on.</source>
        <translation>
            <numerusform>No check failed, but %n warning needs your attention: read it in the table before going on.</numerusform>
            <numerusform>No check failed, but %n warnings need your attention: read them in the table before going on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every check passed on the %n node(s): the servers fit the spec.</source>
        <translation>
            <numerusform>Every check passed on the %n node: the server fits the spec.</numerusform>
            <numerusform>Every check passed on the %n nodes: the servers fit the spec.</numerusform>
        </translation>
    </message>
    <message>
        <source>The servers are checked against the spec: reachable, Proxmox VE installed, the disks present and empty, the private network able to carry its MTU. Nothing is changed on them (apt only refreshes its package lists, to test the repositories).</source>
        <translation>The servers are checked against the spec: reachable, Proxmox VE installed, the disks present and empty, the private network able to carry its MTU. Nothing is changed on them (apt only refreshes its package lists, to test the repositories).</translation>
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
    <message>
        <source>Open a saved cluster spec</source>
        <translation>Open a saved cluster spec</translation>
    </message>
    <message>
        <source>Cluster spec (*.json);;All files (*)</source>
        <translation>Cluster spec (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Continue from a spec saved earlier by this assistant, or written by hand following the documented format.</source>
        <translation>Continue from a spec saved earlier by this assistant, or written by hand following the documented format.</translation>
    </message>
    <message>
        <source>Path of the spec file, for example ~/cluster-pve-ha.json</source>
        <translation>Path of the spec file, for example ~/cluster-pve-ha.json</translation>
    </message>
    <message>
        <source>The JSON spec file to open. Next opens it; problems in it are listed and can be fixed on the following pages.</source>
        <translation>The JSON spec file to open. Next opens it; problems in it are listed and can be fixed on the following pages.</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>C&amp;hoose a file…</translation>
    </message>
    <message>
        <source>Pick the spec file; this also selects &quot;Open a saved cluster spec&quot;.</source>
        <translation>Pick the spec file; this also selects &quot;Open a saved cluster spec&quot;.</translation>
    </message>
    <message>
        <source>Skips the input, validation and deployment pages and opens the cluster&apos;s health, then the crash test and the report. Back returns here.</source>
        <translation>Skips the input, validation and deployment pages and opens the cluster&apos;s health, then the crash test and the report. Back returns here.</translation>
    </message>
    <message>
        <source>This cluster is already deployed: &amp;go straight to its health</source>
        <translation>This cluster is already deployed: &amp;go straight to its health</translation>
    </message>
</context>
</TS>
