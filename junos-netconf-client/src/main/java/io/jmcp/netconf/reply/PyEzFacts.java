package io.jmcp.netconf.reply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lays {@link Facts} out as PyEZ's facts dictionary. */
final class PyEzFacts {
    private static final String DEFAULT = "default";

    private PyEzFacts() {
    }

    static Map<String, Object> of(Facts facts) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("hostname", facts.hostname());
        map.put("model", facts.model());
        map.put("version", facts.version());
        map.put("serialnumber", facts.serialNumber());
        map.put("personality", facts.personality() == null ? null : facts.personality().pyEzName());
        map.put("virtual", facts.virtual());
        List<RoutingEngine> engines = facts.routingEngines();
        map.put("2RE", engines.size() > 1);
        map.put("master", masters(engines));
        map.put("RE0", firstNodeSlot(engines, 0));
        map.put("RE1", firstNodeSlot(engines, 1));
        map.put("re_info", engines.isEmpty() ? null : reInfo(engines));
        map.put("re_master", engines.isEmpty() ? null : reMaster(engines));
        map.put("up_time", facts.uptime() == null ? null : facts.uptime().toSeconds());
        if (facts.domain() != null) {
            map.put("domain", facts.domain());
        }
        facts.fqdn().ifPresent(fqdn -> map.put("fqdn", fqdn));
        return map;
    }

    /** One name when one routing engine is master, a list when several nodes each have one. */
    private static Object masters(List<RoutingEngine> engines) {
        List<String> masters = engines.stream().filter(RoutingEngine::isMaster).map(RoutingEngine::name).toList();
        if (masters.isEmpty()) {
            return null;
        }
        return masters.size() == 1 ? masters.get(0) : masters;
    }

    private static Map<String, Object> firstNodeSlot(List<RoutingEngine> engines, int slot) {
        return engines.stream()
                .filter(engine -> isFirstNode(engines, engine) && engine.slot() == slot)
                .findFirst()
                .map(engine -> {
                    Map<String, Object> info = describe(engine);
                    info.put("up_time", engine.uptimeText());
                    return info;
                })
                .orElse(null);
    }

    /** node -> slot -> details, with "default" naming the first node and its first slot. */
    private static Map<String, Map<String, Object>> reInfo(List<RoutingEngine> engines) {
        Map<String, Map<String, Object>> byNode = new LinkedHashMap<>();
        for (RoutingEngine engine : engines) {
            byNode.computeIfAbsent(nodeName(engine), node -> new LinkedHashMap<>())
                    .putIfAbsent(String.valueOf(engine.slot()), describe(engine));
        }
        RoutingEngine first = engines.get(0);
        Map<String, Object> firstNode = byNode.get(nodeName(first));
        firstNode.put(DEFAULT, firstNode.get(String.valueOf(first.slot())));
        byNode.putIfAbsent(DEFAULT, firstNode);
        return byNode;
    }

    /** node -> slot of its master routing engine, with "default" for the first node. */
    private static Map<String, String> reMaster(List<RoutingEngine> engines) {
        Map<String, String> byNode = new LinkedHashMap<>();
        for (RoutingEngine engine : engines) {
            if (engine.isMaster()) {
                byNode.putIfAbsent(nodeName(engine), String.valueOf(engine.slot()));
            }
        }
        String firstNodeMaster = byNode.get(nodeName(engines.get(0)));
        if (firstNodeMaster != null) {
            byNode.putIfAbsent(DEFAULT, firstNodeMaster);
        }
        return byNode;
    }

    private static Map<String, Object> describe(RoutingEngine engine) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("mastership_state", engine.mastershipState());
        info.put("status", engine.status());
        info.put("model", engine.model());
        info.put("last_reboot_reason", engine.lastRebootReason());
        return info;
    }

    private static boolean isFirstNode(List<RoutingEngine> engines, RoutingEngine engine) {
        return nodeName(engine).equals(nodeName(engines.get(0)));
    }

    private static String nodeName(RoutingEngine engine) {
        return engine.node() == null ? DEFAULT : engine.node();
    }
}
