"""What the seed project does for each execute_junos_command call, without its MCP layer:
open a PyEZ Device (SSH, NETCONF hello; facts are gathered lazily, so none here), run the
command with Device.cli(warning=False), close (close-session, disconnect).

usage: pyez_per_call.py HOST PORT USER PASSWORD COMMAND WARMUP CALLS
Prints the wall time of each measured call in nanoseconds, one per line.
"""
import sys
import time
import warnings

warnings.filterwarnings("ignore")  # PyEZ 2.1 on Python 3.11 prints SyntaxWarnings
try:
    from jnpr.junos import Device
except ImportError as missing:
    sys.exit("PyEZ (jnpr.junos) is not importable: %s" % missing)

host, port, user, password, command = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
warmup, calls = int(sys.argv[6]), int(sys.argv[7])
for call in range(warmup + calls):
    started = time.perf_counter_ns()
    with Device(host=host, port=port, user=user, passwd=password) as device:
        device.timeout = 360
        device.cli(command, warning=False)
    if call >= warmup:
        print(time.perf_counter_ns() - started, flush=True)
