/**
 * The device inventory: {@code devices.json} in the format of Juniper's junos-mcp-server, and
 * the registry that holds, reloads and extends it at run time.
 *
 * <h2>devices.json</h2>
 * A JSON object mapping device names (1-50 characters, no whitespace or control characters) to
 * devices:
 * <pre>{@code
 * {
 *   "r1": {"ip": "10.0.0.1", "port": 22, "username": "netops",
 *          "auth": {"type": "password", "password_env": "R1_PASSWORD"}},
 *   "r2": {"ip": "r2.lab", "port": 830, "username": "netops",
 *          "auth": {"type": "ssh_key", "private_key_path": "keys/r2.pem", "passphrase_env": "R2_KEY_PASS"},
 *          "host_key": "accept-new", "site": "lab-east"}
 * }
 * }</pre>
 * <ul>
 *   <li>{@code ip} (address or host name), {@code port} (JSON integer 1-65535) and
 *       {@code username} are required.</li>
 *   <li>{@code auth.type} {@code "password"} takes exactly one of {@code password} (in the file),
 *       {@code password_env} (an environment variable) or {@code password_file} (a file; one
 *       trailing line break ignored). Environment and file secrets are read at each connection.</li>
 *   <li>{@code auth.type} {@code "ssh_key"} takes {@code private_key_path} and optionally
 *       {@code passphrase_env}.</li>
 *   <li>The seed's deprecated top-level {@code password} is accepted when there is no
 *       {@code auth}.</li>
 *   <li>{@code ssh_config}: an OpenSSH client configuration (ProxyJump and the like).</li>
 *   <li>{@code host_key}: {@code "strict"} (the default: the key must already be in known_hosts),
 *       {@code "accept-new"} (trust on first connection, refuse a changed key) or {@code "off"}
 *       (labs only); {@code known_hosts} names the file, by default {@code ~/.ssh/known_hosts}.
 *       The seed checked no host keys: devices moved from it fail their first connection with a
 *       message ({@link io.jmcp.core.inventory.DeviceEntry#hostKeyAdvice()}) saying how to add the
 *       key or switch the device to {@code accept-new}.</li>
 *   <li>Relative paths are relative to the directory of devices.json; {@code ~/} is the user's
 *       home directory.</li>
 *   <li>Any other key is the user's own: kept, shown by get_router_list, written back
 *       unchanged.</li>
 * </ul>
 * Files and environment variables named are checked when the file is loaded, and every problem
 * of every device is reported at once, each naming its device and field.
 */
package io.jmcp.core.inventory;
