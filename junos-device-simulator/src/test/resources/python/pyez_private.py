"""Changes a device in PyEZ's private mode (Config(dev, mode='private')), and leaves a second change
uncommitted for the exit of private mode to discard."""
from jnpr.junos.utils.config import Config

from peer import arguments, emit, pyez_device

args = arguments()
dev = pyez_device(args, gather_facts=False)
dev.open()
result = {}
try:
    with Config(dev, mode="private") as cu:
        cu.load("set system host-name pyez-private", format="set")
        result["diff"] = cu.diff()
        result["commit"] = cu.commit(comment="private by pyez")
    with Config(dev, mode="private") as cu:
        cu.load("set system host-name never-committed", format="set")
        result["diff_uncommitted"] = cu.diff()
    result["diff_after_exit"] = Config(dev).diff()
    emit(result)
finally:
    dev.close()
