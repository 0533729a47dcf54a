"""Reads the simulator's operational replies with PyEZ's own op tables and views (jnpr.junos.op)."""
import os

import yaml
import jnpr.junos
from jnpr.junos.factory.factory_loader import FactoryLoader

from peer import arguments, emit, pyez_device


def op_tables(*names):
    """PyEZ's shipped op/*.yml definitions. Its own loader (jnpr.junos.op.arp and the like) calls
    yaml.load() without a Loader, which PyYAML 6 refuses, so the same files go through safe_load."""
    tables = {}
    for name in names:
        path = os.path.join(os.path.dirname(jnpr.junos.__file__), "op", name + ".yml")
        with open(path) as definitions:
            tables.update(FactoryLoader().load(yaml.safe_load(definitions)))
    return tables


globals().update(op_tables("arp", "bgp", "intopticdiag", "lldp", "ospf", "phyport"))

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
