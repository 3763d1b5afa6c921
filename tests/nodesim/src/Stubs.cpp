// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tools.h"
namespace pveha::sim {
#define STUB(n)                                                                                    \
    int n(Ctx &ctx)                                                                                \
    {                                                                                              \
        return ctx.fail(QStringLiteral("not yet"));                                                \
    }
STUB(toolAptGet)
STUB(toolPveversion) STUB(toolPvecm) STUB(toolPvesh) STUB(toolPvesm) STUB(toolQm) STUB(toolPveceph)
    STUB(toolCeph) STUB(toolCephVolume) STUB(toolMdadm) STUB(toolPvcreate) STUB(toolVgcreate)
        STUB(toolLvcreate) STUB(toolPvs) STUB(toolVgs) STUB(toolLvs) STUB(toolHaManager) QString
    renderMdstat(const Ctx &)
{
    return {};
}
QString renderStorageCfg(const Ctx &)
{
    return {};
}
QString renderCephConf(const ClusterState &)
{
    return {};
}
void materializeHa(ClusterState &, qint64) {}
} // namespace pveha::sim
