"""Asks the device, through PyEZ's own display_xml_rpc and cli_to_rpc_string, for the RPC of each command on stdin (one a line)."""
import sys

from lxml import etree

from peer import arguments, emit, pyez_device

args = arguments()
commands = [line.strip() for line in sys.stdin if line.strip()]
dev = pyez_device(args, gather_facts=False)
dev.open()
try:
    rpcs = {}
    for command in commands:
        rpc = dev.display_xml_rpc(command)
        rpcs[command] = rpc if isinstance(rpc, str) else etree.tostring(rpc, encoding="unicode")
    emit({"rpcs": rpcs, "rpc_string": dev.cli_to_rpc_string("show interfaces terse ge-0/0/0")})
finally:
    dev.close()
