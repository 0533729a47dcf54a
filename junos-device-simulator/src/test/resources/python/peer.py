"""Shared by the peer scripts: command line and JSON output. PyEZ 2.1.7 is old and noisy."""
import argparse
import json
import sys
import warnings

warnings.filterwarnings("ignore")


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password")
    parser.add_argument("--key", help="private key file")
    return parser.parse_args()


def pyez_device(args, gather_facts=True):
    from jnpr.junos import Device
    credentials = {"passwd": args.password} if args.password else {"ssh_private_key_file": args.key}
    return Device(host="127.0.0.1", port=args.port, user=args.user, gather_facts=gather_facts,
                  **credentials)


def emit(result):
    json.dump(result, sys.stdout, default=str)
    sys.stdout.write("\n")
