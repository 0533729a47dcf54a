package io.jmcp.core.inventory;

import java.util.List;

/** The keys of one device in devices.json: the seed's, plus jmcp's secret sources and host-key checking. */
final class DeviceFields {
    static final String IP = "ip";
    static final String PORT = "port";
    static final String USERNAME = "username";
    static final String AUTH = "auth";
    /** The seed's deprecated top-level password, used when there is no {@code auth}. */
    static final String LEGACY_PASSWORD = "password";
    static final String SSH_CONFIG = "ssh_config";
    static final String HOST_KEY = "host_key";
    static final String KNOWN_HOSTS = "known_hosts";

    static final String AUTH_TYPE = "type";
    static final String AUTH_PASSWORD = "password";
    static final String AUTH_PASSWORD_ENV = "password_env";
    static final String AUTH_PASSWORD_FILE = "password_file";
    static final String AUTH_PRIVATE_KEY_PATH = "private_key_path";
    static final String AUTH_PASSPHRASE_ENV = "passphrase_env";

    /** Everything else at the top level of a device is the user's own and kept verbatim. */
    static final List<String> KNOWN = List.of(IP, PORT, USERNAME, AUTH, LEGACY_PASSWORD, SSH_CONFIG, HOST_KEY,
            KNOWN_HOSTS);
    static final List<String> AUTH_KNOWN = List.of(AUTH_TYPE, AUTH_PASSWORD, AUTH_PASSWORD_ENV, AUTH_PASSWORD_FILE,
            AUTH_PRIVATE_KEY_PATH, AUTH_PASSPHRASE_ENV);
    static final List<String> PASSWORD_SOURCES = List.of(AUTH_PASSWORD, AUTH_PASSWORD_ENV, AUTH_PASSWORD_FILE);
    static final List<String> KEY_ONLY = List.of(AUTH_PRIVATE_KEY_PATH, AUTH_PASSPHRASE_ENV);

    /** What get_router_list may not show: credentials, their sources, and local file layout. */
    static final List<String> PRIVATE = List.of(LEGACY_PASSWORD, SSH_CONFIG, KNOWN_HOSTS);

    private DeviceFields() {
    }

    static String auth(String key) {
        return AUTH + "." + key;
    }
}
