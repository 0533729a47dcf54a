"""Tries to change a device whose configuration another session has locked."""
from jnpr.junos.exception import CommitError, LockError
from jnpr.junos.utils.config import Config

from peer import arguments, emit, pyez_device

args = arguments()
dev = pyez_device(args, gather_facts=False)
dev.open()
result = {}
try:
    config = Config(dev)
    try:
        config.lock()
        result["lock"] = "acquired"
    except LockError as e:
        result["lock"] = {"error": type(e).__name__, "message": e.rpc_error["message"]}
    try:
        config.commit(comment="should not happen")
        result["commit"] = "committed"
    except CommitError as e:
        result["commit"] = {"error": type(e).__name__, "message": e.rpc_error["message"]}
    emit(result)
finally:
    dev.close()
