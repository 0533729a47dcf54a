"""Tries to open a PyEZ session; reports whether the device admitted it and, if not, how PyEZ failed."""
from peer import arguments, emit, pyez_device

args = arguments()
dev = pyez_device(args, gather_facts=False)
try:
    dev.open(auto_probe=5)
    try:
        emit({"opened": True, "hostname": dev.rpc.get_software_information().findtext(".//host-name")})
    finally:
        dev.close()
except Exception as e:  # PyEZ's ConnectError family: what a refused session looks like to PyEZ users
    emit({"opened": False, "error": type(e).__name__})
