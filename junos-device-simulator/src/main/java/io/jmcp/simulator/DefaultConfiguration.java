package io.jmcp.simulator;

import java.util.List;

/**
 * The configuration a device boots with when its spec gives none: what a lab router would have
 * (host-name, logins, NETCONF over SSH, a few addressed interfaces, a static default, an iBGP
 * group, OSPF on the uplink, LLDP), so that every show command has something to show. Addresses vary with the device name.
 */
final class DefaultConfiguration {
    private static final int UNITS_PER_INTERFACE = 1000;

    private DefaultConfiguration() {
    }

    /** {@code count} VLAN units with a /31 each, 1,000 to an aggregated interface (ae0, ae1, ...). */
    private static String vlanUnits(int count) {
        StringBuilder units = new StringBuilder(count * 140);
        for (int unit = 0; unit < count; unit++) {
            int vlan = unit % UNITS_PER_INTERFACE + 1;
            if (vlan == 1) {
                units.append("    ae").append(unit / UNITS_PER_INTERFACE).append(" {\n        vlan-tagging;\n");
            }
            long address = 0x6440_0000L + 2L * unit;
            units.append("        unit ").append(vlan).append(" {\n            vlan-id ").append(vlan)
                    .append(";\n            family inet {\n                address ")
                    .append(address >> 24).append('.').append(address >> 16 & 255).append('.')
                    .append(address >> 8 & 255).append('.').append(address & 255)
                    .append("/31;\n            }\n        }\n");
            if (vlan == UNITS_PER_INTERFACE || unit == count - 1) {
                units.append("    }\n");
            }
        }
        return units.toString();
    }

    static String render(String hostname, Platform platform, List<UserAccount> users, String seed, int extraUnits) {
        int octet = Math.floorMod(seed.hashCode(), 250) + 1;
        StringBuilder logins = new StringBuilder();
        int uid = 2000;
        for (UserAccount user : users) {
            logins.append("""
                            user %s {
                                uid %d;
                                class super-user;
                            }
                    """.formatted(user.name(), uid++));
        }
        String[] revenue = platform.revenueInterfaces().toArray(String[]::new);
        return """
                system {
                    host-name %1$s;
                    login {
                %2$s    }
                    services {
                        ssh;
                        netconf {
                            ssh;
                        }
                    }
                    syslog {
                        file messages {
                            any notice;
                        }
                    }
                }
                interfaces {
                    %3$s {
                        description "uplink to core";
                        unit 0 {
                            family inet {
                                address 10.1.%4$d.1/30;
                            }
                        }
                    }
                    %5$s {
                        unit 0 {
                            family inet {
                                address 10.2.%4$d.1/24;
                            }
                        }
                    }
                    %6$s {
                        unit 0 {
                            family inet {
                                address 192.168.255.%4$d/24;
                            }
                        }
                    }
                %7$s    lo0 {
                        unit 0 {
                            family inet {
                                address 10.255.0.%4$d/32;
                            }
                        }
                    }
                }
                routing-options {
                    static {
                        route 0.0.0.0/0 next-hop 192.168.255.254;
                    }
                    router-id 10.255.0.%4$d;
                    autonomous-system 64512;
                }
                protocols {
                    bgp {
                        group ibgp {
                            type internal;
                            local-address 10.255.0.%4$d;
                            neighbor 10.255.0.253;
                            neighbor 10.255.0.254;
                        }
                    }
                    ospf {
                        area 0.0.0.0 {
                            interface %3$s.0;
                            interface lo0.0 {
                                passive;
                            }
                        }
                    }
                    lldp {
                        interface all;
                    }
                }
                """.formatted(hostname, logins, revenue[0], octet, revenue[1], platform.managementInterface(),
                        vlanUnits(extraUnits));
    }
}
