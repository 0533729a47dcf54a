package io.jmcp.benchmarks.config;

/** A generated provider-edge configuration of about the requested size, in Junos text form. */
final class SyntheticConfiguration {

    private SyntheticConfiguration() {
    }

    static String text(int targetBytes) {
        StringBuilder text = new StringBuilder(targetBytes + 4096);
        text.append("system {\n    host-name pe1;\n    services {\n        ssh;\n        netconf {\n            ssh;\n        }\n    }\n}\n");
        // Each block (interface, neighbour, prefix list, policy) is about 525 bytes of text.
        return build(text, Math.max(1, targetBytes / 525));
    }

    private static String build(StringBuilder text, int blocks) {
        text.append("interfaces {\n");
        for (int i = 0; i < blocks; i++) {
            text.append("    ge-").append(i / 4800).append('/').append(i / 48 % 100).append('/').append(i % 48).append(" {\n")
                    .append("        description \"customer ").append(i).append(" uplink\";\n")
                    .append("        unit 0 {\n            family inet {\n                address 10.")
                    .append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.').append(i & 255).append("/31;\n")
                    .append("            }\n        }\n    }\n");
        }
        text.append("}\nprotocols {\n    bgp {\n        group customers {\n            type external;\n");
        for (int i = 0; i < blocks; i++) {
            text.append("            neighbor 10.").append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.')
                    .append(i & 255).append(" {\n                peer-as ").append(64512 + i % 1000).append(";\n")
                    .append("                import CUST-").append(i).append(";\n            }\n");
        }
        text.append("        }\n    }\n}\npolicy-options {\n");
        for (int i = 0; i < blocks; i++) {
            text.append("    prefix-list CUST-").append(i).append(" {\n        192.").append(i >> 8 & 255).append('.')
                    .append(i & 255).append(".0/24;\n    }\n");
        }
        for (int i = 0; i < blocks; i++) {
            text.append("    policy-statement CUST-").append(i).append(" {\n        term accept {\n")
                    .append("            from prefix-list CUST-").append(i).append(";\n")
                    .append("            then accept;\n        }\n        term reject {\n            then reject;\n        }\n    }\n");
        }
        return text.append("}\n").toString();
    }
}
