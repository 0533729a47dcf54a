"""The PyEZ Config workflow: lock, load set lines, diff, commit check, commit, rollback 1, unlock."""
import sys

from jnpr.junos.utils.config import Config

from peer import arguments, emit, pyez_device

args = arguments()
dev = pyez_device(args, gather_facts=False)
dev.open()
steps = {}
try:
    config = Config(dev)
    steps["lock"] = config.lock()
    config.load(sys.stdin.read(), format="set")
    steps["diff"] = config.diff()
    steps["commit_check"] = config.commit_check()
    steps["commit"] = config.commit(comment="changed by pyez")
    steps["diff_after_commit"] = config.diff()
    steps["rollback"] = config.rollback(1)
    steps["diff_after_rollback"] = config.diff()
    steps["commit_rollback"] = config.commit(comment="rolled back by pyez")
    steps["unlock"] = config.unlock()
    emit(steps)
finally:
    dev.close()
