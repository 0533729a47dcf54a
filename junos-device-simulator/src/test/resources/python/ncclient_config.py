"""ncclient with the Junos device handler: get_config, lock, load_configuration, commit, discard."""
from ncclient import manager

from peer import arguments, emit



def ok(reply):
    """The Junos device handler returns replies as NCElement: look for <ok/> in them."""
    return reply.xpath("//ok") != []


args = arguments()
credentials = {"password": args.password} if args.password else {"key_filename": args.key}
with manager.connect(host="127.0.0.1", port=args.port, username=args.user, hostkey_verify=False,
                     device_params={"name": "junos"}, allow_agent=False, look_for_keys=False,
                     timeout=30, **credentials) as m:
    result = {"session_id": m.session_id}
    running = m.get_config(source="running")
    result["running_host_name"] = running.xpath("//configuration/system/host-name")[0].text
    result["lock"] = ok(m.lock(target="candidate"))
    loaded = m.load_configuration(action="set", config=["set system host-name nc-renamed",
                                                        "set interfaces ge-0/0/2 description ncclient"])
    result["load_ok"] = ok(loaded)
    result["commit"] = m.commit().xpath("//commit-success") != []
    result["committed_host_name"] = m.get_config(source="running").xpath(
        "//configuration/system/host-name")[0].text
    m.load_configuration(action="set", config=["set system host-name nc-discarded"])
    result["candidate_before_discard"] = m.get_config(source="candidate").xpath(
        "//configuration/system/host-name")[0].text
    result["discard"] = ok(m.discard_changes())
    result["candidate_after_discard"] = m.get_config(source="candidate").xpath(
        "//configuration/system/host-name")[0].text
    result["unlock"] = ok(m.unlock(target="candidate"))
    emit(result)
