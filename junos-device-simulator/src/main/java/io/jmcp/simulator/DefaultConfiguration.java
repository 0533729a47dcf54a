package io.jmcp.simulator;

import java.util.List;

/**
 * The configuration a device boots with when its spec gives none: what a lab router would have
 * (host-name, logins, NETCONF over SSH, a few addressed interfaces, a static default, an iBGP
 * group, OSPF on the uplink, LLDP), so that every show command has something to show. Addresses vary with the device name.
 */
final class DefaultConfiguration {

    private DefaultConfiguration() {
    }

    static String render(String hostname, Platform platform, List<UserAccount> users, String seed) {
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
                    lo0 {
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
                """.formatted(hostname, logins, revenue[0], octet, revenue[1], platform.managementInterface());
    }
}
