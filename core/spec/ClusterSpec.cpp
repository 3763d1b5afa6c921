// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/ClusterSpec.h"

#include "common/Paths.h"
#include "spec/SpecJson.h"
#include "spec/SpecReader.h"
#include "spec/SpecValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace pveha {

namespace {

/// Spec files are a few kilobytes; anything past this is not one (and is not read into memory).
constexpr qint64 maxSpecFileSize = 1024 * 1024;

/// Orders problem paths as the file lists its fields: keys in SPEC.md's order, list items by
/// index, a list before its items; so problems read top to bottom like the file.
bool pathLess(const QString &a, const QString &b)
{
    static const QRegularExpression token(QStringLiteral("([A-Za-z0-9_]+)|\\[(\\d+)\\]"));
    const auto rankOf = [](const QRegularExpressionMatch &m) -> qsizetype {
        if (m.hasCaptured(2))
            return m.captured(2).toLongLong();
        const qsizetype r = SpecJson::keyOrder().indexOf(m.captured(1));
        return r < 0 ? SpecJson::keyOrder().size() : r;
    };
    auto ia = token.globalMatch(a);
    auto ib = token.globalMatch(b);
    while (ia.hasNext() && ib.hasNext()) {
        const qsizetype ra = rankOf(ia.next());
        const qsizetype rb = rankOf(ib.next());
        if (ra != rb)
            return ra < rb;
    }
    return !ia.hasNext() && ib.hasNext();
}

bool isUnder(const QString &path, const QString &parent)
{
    return path == parent || path.startsWith(parent + QLatin1Char('.')) ||
           path.startsWith(parent + QLatin1Char('['));
}

} // namespace

QList<SpecProblem> ClusterSpec::validate() const
{
    return SpecValidator(*this).validate();
}

SpecLoadResult ClusterSpec::loadFile(const QString &path)
{
    SpecLoadResult result;
    const QString expanded = Paths::expandHome(path);
    QFile file(expanded);
    if (QFileInfo(expanded).isDir()) {
        result.status = SpecLoadResult::Status::FileError;
        result.errorMessage =
            QCoreApplication::translate(
                "pveha::ClusterSpec", "Cannot read the spec file %1: it is a directory (expected a "
                                      "JSON file such as cluster.json).")
                .arg(expanded);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = SpecLoadResult::Status::FileError;
        result.errorMessage =
            QCoreApplication::translate("pveha::ClusterSpec",
                                        "Cannot read the spec file %1: %2 (check the path and the "
                                        "file's permissions).")
                .arg(expanded, file.errorString());
        return result;
    }
    if (file.size() > maxSpecFileSize) {
        result.status = SpecLoadResult::Status::FileError;
        result.errorMessage = QCoreApplication::translate(
                                  "pveha::ClusterSpec",
                                  "The file %1 is too large to be a spec (%2 bytes; a spec is a "
                                  "few kilobytes of JSON).")
                                  .arg(expanded)
                                  .arg(file.size());
        return result;
    }
    return loadJson(file.readAll());
}

SpecLoadResult ClusterSpec::loadJson(const QByteArray &json)
{
    SpecLoadResult result;
    if (json.trimmed().isEmpty()) {
        result.status = SpecLoadResult::Status::JsonError;
        result.line = 1;
        result.column = 1;
        result.errorMessage = QCoreApplication::translate(
            "pveha::ClusterSpec",
            "The spec is empty (expected a JSON object such as the one in cluster.example.json).");
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset points just past the character where parsing stopped: report that one.
        const QByteArray before = json.left(qMax(0, error.offset - 1));
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        result.status = SpecLoadResult::Status::JsonError;
        result.line = int(before.count('\n')) + 1;
        result.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        result.errorMessage = QCoreApplication::translate(
                                  "pveha::ClusterSpec",
                                  "The spec is not valid JSON: %1 at line %2, column %3 (look for "
                                  "a missing comma, quote or bracket just before).")
                                  .arg(error.errorString())
                                  .arg(result.line)
                                  .arg(result.column);
        return result;
    }
    if (!doc.isObject()) {
        result.status = SpecLoadResult::Status::Invalid;
        result.problems.append(
            {QString(), QCoreApplication::translate(
                            "pveha::ClusterSpec",
                            "The top level of the spec is not a JSON object (expected the whole "
                            "spec in braces { }, as in cluster.example.json).")});
        return result;
    }

    QList<SpecProblem> typeProblems;
    result.spec = SpecReader::read(doc.object(), &typeProblems, &result.notices);
    result.problems = typeProblems;
    // A field with a type problem keeps its default; the validator's view of it would repeat
    // or contradict the real problem, so the type problem alone is shown.
    const QList<SpecProblem> ruleProblems = result.spec.validate();
    for (const SpecProblem &p : ruleProblems) {
        const bool shadowed =
            std::any_of(typeProblems.cbegin(), typeProblems.cend(),
                        [&](const SpecProblem &t) { return isUnder(p.path, t.path); });
        if (!shadowed)
            result.problems.append(p);
    }
    std::stable_sort(
        result.problems.begin(), result.problems.end(),
        [](const SpecProblem &a, const SpecProblem &b) { return pathLess(a.path, b.path); });
    result.status =
        result.problems.isEmpty() ? SpecLoadResult::Status::Ok : SpecLoadResult::Status::Invalid;
    return result;
}

QByteArray ClusterSpec::toJson() const
{
    return SpecJson::toPrettyJson(SpecJson::write(*this));
}

bool ClusterSpec::saveFile(const QString &path, QString *error) const
{
    const QString expanded = Paths::expandHome(path);
    QSaveFile file(expanded);
    const auto fail = [&](const QString &reason) {
        if (error) {
            *error = QCoreApplication::translate("pveha::ClusterSpec",
                                                 "Cannot save the spec to %1: %2 (choose another "
                                                 "folder or check its permissions).")
                         .arg(expanded, reason);
        }
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // The spec holds no secret, but it maps the admin's infrastructure: owner-only, like every
    // file the tool writes. Set on the temporary file, so the final file is never wider.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(file.errorString());
    const QByteArray data = toJson();
    if (file.write(data) != data.size())
        return fail(file.errorString());
    if (!file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("pveha::ClusterSpec",
                                                 "Cannot save the spec to %1: %2 (choose another "
                                                 "folder or check its permissions).")
                         .arg(expanded, file.errorString());
        }
        return false;
    }
    return true;
}

ClusterSpec ClusterSpec::example()
{
    ClusterSpec s;
    s.version = 1;
    s.cluster.name = QStringLiteral("cluster-pve-ha");
    s.ssh.identityFile = QStringLiteral("~/.ssh/id_ed25519");
    for (int i = 1; i <= 3; ++i) {
        NodeSpec n;
        n.name = QStringLiteral("node-0%1").arg(i);
        n.publicAddress = QStringLiteral("203.0.113.1%1").arg(i);
        n.privateAddress = QStringLiteral("10.0.0.%1").arg(i);
        s.nodes.append(n);
    }
    s.network.privateInterface = QStringLiteral("enp1s0f1");
    s.network.cidr = QStringLiteral("10.0.0.0/24");
    s.storage.osDisk = QStringLiteral("/dev/nvme0n1");
    s.storage.dbDevice = QStringLiteral("/dev/nvme1n1");
    s.storage.raidDevices = QStringList{QStringLiteral("/dev/sda"), QStringLiteral("/dev/sdb"),
                                        QStringLiteral("/dev/sdc"), QStringLiteral("/dev/sdd")};
    s.ceph.publicNetwork = s.network.cidr;
    s.ceph.clusterNetwork = s.network.cidr;
    s.ceph.pool.name = QStringLiteral("Stockage-HA");
    s.ha.group = QStringLiteral("Cluster-Prod");
    s.ha.nodes = s.nodeNames();
    s.ha.resources = {HaResource{100}};
    s.firewall.provider = FirewallProvider::OvhEdge;
    s.firewall.apiEndpoint = QStringLiteral("ovh-eu");
    s.firewall.guiSources = QStringList{QStringLiteral("0.0.0.0/0")};
    s.firewall.adminSources =
        QStringList{QStringLiteral("198.51.100.7/32"), QStringLiteral("198.51.100.8/32")};
    return s;
}

int ClusterSpec::nodeIndex(const QString &name) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QStringList ClusterSpec::nodeNames() const
{
    QStringList names;
    for (const NodeSpec &n : nodes)
        names.append(n.name);
    return names;
}

QString SpecLoadResult::describe() const
{
    return errorMessage.isEmpty() ? formatProblems(problems) : errorMessage;
}

} // namespace pveha
