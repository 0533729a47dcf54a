"""Reads the simulator's operational replies with PyEZ's own op tables and views (jnpr.junos.op)."""
from peer import arguments, emit, pyez_device

from jnpr.junos.op.arp import ArpTable
from jnpr.junos.op.bgp import bgpTable
from jnpr.junos.op.intopticdiag import PhyPortDiagTable
from jnpr.junos.op.lldp import LLDPNeighborTable
from jnpr.junos.op.ospf import OspfNeighborTable
from jnpr.junos.op.phyport import PhyPortErrorTable, PhyPortTable

args = arguments()
dev = pyez_device(args, gather_facts=False)
dev.open()
try:
    result = {
        "lldp": [dict(view.items()) for view in LLDPNeighborTable(dev).get()],
        "arp": [dict(view.items()) for view in ArpTable(dev).get()],
        "ospf": [dict(view.items()) for view in OspfNeighborTable(dev).get()],
        "bgp": [dict(view.items()) for view in bgpTable(dev).get()],
        "ports": [dict(view.items(), name=view.name) for view in PhyPortTable(dev).get()],
        "errors": [dict(view.items(), name=view.name) for view in PhyPortErrorTable(dev).get(interface_name="ge-0/0/0")],
        "optics": [dict(view.items(), name=view.name) for view in PhyPortDiagTable(dev).get(interface_name="ge-0/0/0")],
    }
    emit(result)
finally:
    dev.close()
