// SPDX-License-Identifier: GPL-3.0-or-later
// pve-nodesim: the multi-call program behind the shim symlinks (see README.md).
#include "NodeSim.h"

int main(int argc, char **argv)
{
    return pveha::sim::multiCallMain(argc, argv);
}
