"""Opens a PyEZ session with facts gathering, then reads facts, show version and terse interfaces."""
from peer import arguments, emit, pyez_device

args = arguments()
dev = pyez_device(args)
dev.open()
try:
    facts = {key: dev.facts[key] for key in
             ("hostname", "model", "version", "serialnumber", "personality", "current_re", "master")}
    show_version = dev.cli("show version", warning=False)
    terse = dev.rpc.get_interface_information(terse=True)
    interfaces = [name.text.strip() for name in terse.findall(".//physical-interface/name")]
    emit({"facts": facts, "show_version": show_version, "interfaces": interfaces})
finally:
    dev.close()
