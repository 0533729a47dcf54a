package io.jmcp.netconf.config;

/**
 * The Junos hierarchy knowledge the model needs, as data: which statements take identifiers, which
 * are lists whose element name text omits, which hold one value or several, how they map to XML.
 *
 * <p>One statement per line, two spaces of indentation per level:
 * <pre>
 *   keyword [leaf | leaves | entry | flag] [attributes]   container when no kind is given
 *   &lt;element&gt; [attributes]                      entries of an implicit list, whose text omits
 *                                             the element: interfaces { ge-0/0/0 { ... } }
 *   define name                               a fragment shared with like=name (like=/ is the root)
 * </pre>
 * Attributes: {@code xml=E} the XML element when it differs from the keyword; {@code key=A,word:B}
 * the identifier elements (default {@code name}) and the words before later identifiers
 * ({@code from-zone trust to-zone untrust}); {@code pos=E} a value printed right after the keyword
 * ({@code file messages}); {@code one} / {@code all} print one / all simple children on the
 * statement's line ({@code then accept;}); {@code ordered} user-ordered entries; {@code flat} the
 * container has no XML element of its own and its entries carry its keyword
 * ({@code system-services { ssh; }} is {@code <system-services><name>ssh</name>}); {@code choice}
 * entries nest by identifier ({@code family inet} is {@code <family><inet>}). A {@code flag} is a
 * presence statement that never has children, so words after it belong to its level
 * ({@code route-filter 10.0.0.0/8 exact accept;}).
 *
 * <p>Statements not listed still parse and round-trip: {@link Schema} infers their shape.
 */
final class JunosHierarchy {

    private JunosHierarchy() {
    }

    static final String TABLE = """
            define global
              apply-groups leaves
              apply-groups-except leaves

            version leaf
            groups flat
              <groups> like=/
            system
              host-name leaf
              domain-name leaf
              domain-search leaves
              time-zone leaf
              authentication-order leaves
              backup-router pos=address all
                destination leaves
              location
                country-code leaf
                building leaf
                floor leaf
                rack leaf
              root-authentication like=authentication
              name-server flat
                <name-server> all
                  routing-instance leaf
              static-host-mapping flat
                <static-host-mapping>
                  inet leaves
                  inet6 leaves
                  alias leaves
              login
                message leaf
                announcement leaf
                class entry
                  permissions leaves
                  idle-timeout leaf
                  allow-commands leaf
                  deny-commands leaf
                  allow-configuration leaf
                  deny-configuration leaf
                  allow-configuration-regexps leaves
                  deny-configuration-regexps leaves
                user entry
                  uid leaf
                  class leaf
                  full-name leaf
                  authentication like=authentication
                retry-options
                  tries-before-disconnect leaf
                  backoff-threshold leaf
                  backoff-factor leaf
                  lockout-period leaf
                password
                  minimum-length leaf
                  format leaf
              services
                ssh
                  root-login leaf
                  protocol-version leaves
                  ciphers leaves
                  macs leaves
                  key-exchange leaves
                  max-sessions-per-connection leaf
                  connection-limit leaf
                  rate-limit leaf
                  port leaf
                netconf
                  ssh
                    port leaf
                  traceoptions like=traceoptions
                telnet
                  connection-limit leaf
                  rate-limit leaf
                dhcp-local-server
                  group entry
                    interface entry
                web-management
                  http
                    interface leaves
                    port leaf
                  https
                    interface leaves
                    port leaf
                    local-certificate leaf
                  session
                    idle-timeout leaf
                rest
                  http
                    port leaf
                    addresses leaves
                  https
                    port leaf
                    addresses leaves
                    server-certificate leaf
                  control
                    allowed-sources leaves
                extension-service
                  request-response
                    grpc
                      clear-text
                        port leaf
                        address leaf
                      max-connections leaf
                  notification
                    allow-clients
                      address leaves
              syslog
                user entry
                  <contents> one
                  match leaf
                host entry
                  <contents> one
                  port leaf
                  source-address leaf
                  match leaf
                  match-strings leaves
                  facility-override leaf
                  log-prefix leaf
                  routing-instance leaf
                file entry
                  <contents> one
                  match leaf
                  match-strings leaves
                  archive all
                    size leaf
                    files leaf
                console
                  <contents> one
                archive all
                  size leaf
                  files leaf
                source-address leaf
                log-rotate-frequency leaf
              ntp
                server entry all
                  key leaf
                  version leaf
                  prefer flag
                  routing-instance leaf
                peer entry all
                  key leaf
                  version leaf
                  prefer flag
                boot-server leaf
                source-address entry all
                  routing-instance leaf
                authentication-key entry all
                  type leaf
                  value leaf
                trusted-key leaves
              tacplus-server flat
                <tacplus-server> like=aaa-server
              radius-server flat
                <radius-server> like=aaa-server
              accounting
                events leaves
                destination
                  tacplus
                    server flat
                      <server> like=aaa-server
                  radius
                    server flat
                      <server> like=aaa-server
              archival
                configuration
                  transfer-interval leaf
                  archive-sites flat
                    <archive-sites> all
                      password leaf
                  routing-instance leaf
              license
                autoupdate
                  url entry all
                    password leaf
              ports
                console
                  type leaf
                auxiliary
                  type leaf
              scripts
                op
                  file entry
                    description leaf
                commit
                  file entry
                language leaf
              max-configurations-on-flash leaf
              max-configuration-rollbacks leaf
              arp
                aging-timer leaf

            chassis
              aggregated-devices
                ethernet
                  device-count leaf
              fpc entry
                pic entry
                  port entry
                    speed leaf
                    number-of-sub-ports leaf
              cluster
                cluster-id leaf
                reth-count leaf
                redundancy-group entry
                  node entry one
                    priority leaf
                  interface-monitor entry one
                    weight leaf
              network-services leaf

            interfaces
              <interface> like=interface
              interface-range entry like=interface
                member entry
                member-range entry all
                  to leaf xml=end-range
              interface-set entry
                interface entry
              traceoptions like=traceoptions

            snmp
              location leaf
              contact leaf
              description leaf
              name leaf
              interface leaves
              community entry
                authorization leaf
                view leaf
                client-list-name leaf
                clients flat
                  <clients> all
                    restrict flag
              client-list entry
                <client-address-list> all
              trap-group entry
                version leaf
                destination-port leaf
                categories
                targets flat
                  <targets>
              trap-options
                source-address leaf
              view entry
                oid entry all

            forwarding-options
              sampling
                input
                  rate leaf
              dhcp-relay
                server-group
                  <server-group>
                    <address>
                active-server-group pos=active-server-group
                group entry
                  active-server-group pos=active-server-group
                  interface entry

            routing-options like=routing-options

            protocols like=protocols

            policy-options
              prefix-list entry
                <prefix-list-item>
                apply-path leaf
              policy-statement entry like=policy
                term entry ordered like=policy
              community entry one
                members leaves
              as-path entry pos=path
              as-path-group entry
                as-path entry pos=path

            class-of-service
              interfaces
                <interface>
                  scheduler-map leaf
                  shaping-rate leaf
                  unit entry
                    classifiers
                      dscp entry
                      ieee-802.1 entry
                    rewrite-rules
                      dscp entry
                      ieee-802.1 entry
                    forwarding-class leaf
              forwarding-classes
                class entry all
                  queue-num leaf
                  priority leaf
                queue entry pos=class-name
              schedulers
                <scheduler>
                  transmit-rate pos=rate all
                  buffer-size pos=percent all
                  priority leaf
              scheduler-maps
                <scheduler-map>
                  forwarding-class entry all
                    scheduler leaf
              drop-profiles
                <drop-profile>

            firewall
              family entry choice
                filter entry like=filter
              filter entry like=filter
              policer entry
                if-exceeding
                  bandwidth-limit leaf
                  bandwidth-percent leaf
                  burst-size-limit leaf
                then one
                  forwarding-class leaf
                  loss-priority leaf

            routing-instances
              <instance>
                instance-type leaf
                description leaf
                interface entry
                route-distinguisher pos=rd-type
                vrf-target pos=community
                  import leaf
                  export leaf
                vrf-import leaves
                vrf-export leaves
                vlan-id leaf
                routing-options like=routing-options
                protocols like=protocols

            security
              screen
                ids-option entry
                  icmp
                  ip
                  tcp
                    syn-flood
                  udp
              policies
                from-zone entry xml=policy key=from-zone-name,to-zone:to-zone-name
                  policy entry ordered like=security-policy
                global
                  policy entry ordered like=security-policy
                default-policy
                  permit-all flag
                  deny-all flag
              zones
                security-zone entry
                  description leaf
                  screen leaf
                  host-inbound-traffic like=host-inbound-traffic
                  interfaces flat
                    <interfaces>
                      host-inbound-traffic like=host-inbound-traffic
                  address-book like=address-book
                functional-zone
                  management
                    host-inbound-traffic like=host-inbound-traffic
                    interfaces flat
                      <interfaces>
                        host-inbound-traffic like=host-inbound-traffic
              address-book entry like=address-book
                attach
                  zone entry
              nat
                source
                  pool entry
                    address entry all
                    routing-instance pos=ri-name
                  rule-set entry like=nat-rule-set
                destination
                  pool entry
                    address pos=ipaddr all
                      port leaf
                    routing-instance pos=ri-name
                  rule-set entry like=nat-rule-set
                static
                  rule-set entry like=nat-rule-set

            applications
              application entry
                protocol leaf
                source-port leaf
                destination-port leaf
                inactivity-timeout leaf
                application-protocol leaf
                description leaf
              application-set entry
                application entry
                application-set entry
                description leaf

            vlans
              <vlan>
                vlan-id leaf
                vlan-id-list leaves
                description leaf
                l3-interface leaf
                interface entry
                vxlan
                  vni leaf
                filter
                  input leaf
                  output leaf

            switch-options
              vtep-source-interface leaf
              route-distinguisher pos=rd-type
              vrf-target pos=community
                import leaf
                export leaf
              vrf-import leaves
              vrf-export leaves

            virtual-chassis
              member entry
                role leaf
                serial-number leaf

            logical-systems flat
              <logical-systems> like=/

            define authentication
              encrypted-password leaf
              ssh-rsa entry all
                from leaves
              ssh-dsa entry all
                from leaves
              ssh-ecdsa entry all
                from leaves
              ssh-ed25519 entry all
                from leaves
              load-key-file leaf

            define aaa-server
              port leaf
              accounting-port leaf
              secret leaf
              timeout leaf
              retry leaf
              single-connection flag
              source-address leaf
              routing-instance leaf

            define traceoptions
              file pos=filename all
                size leaf
                files leaf
                match leaf
              flag entry all
              level leaf

            define interface
              description leaf
              mtu leaf
              speed leaf
              link-mode leaf
              mac leaf
              native-vlan-id leaf
              encapsulation leaf
              gigether-options
                802.3ad xml=ieee-802.3ad pos=bundle all like=lag-member
              ether-options
                802.3ad xml=ieee-802.3ad pos=bundle all like=lag-member
                link-mode leaf
              aggregated-ether-options
                lacp
                  periodic leaf
                  system-id leaf
                  admin-key leaf
                minimum-links leaf
                link-speed leaf
              unit entry
                description leaf
                vlan-id leaf
                vlan-id-list leaves
                encapsulation leaf
                peer-unit leaf
                family entry choice
                  address entry ordered
                    vrrp-group entry
                      virtual-address leaves
                      priority leaf
                  filter
                    input leaf
                    output leaf
                    input-list leaves
                    output-list leaves
                  mtu leaf
                  unnumbered-address pos=source all
                    preferred-source-address leaf
                  interface-mode leaf
                  port-mode leaf
                  vlan
                    members leaves
                  native-vlan-id leaf
                  policer
                    input leaf
                    output leaf

            define lag-member
              primary flag
              backup flag

            define routing-options
              router-id leaf
              autonomous-system pos=as-number all
                loops leaf
              static like=static
              aggregate
                route entry one
                  community leaves
                  policy leaves
              generate
                route entry one
                  policy leaves
              rib entry
                static like=static
                aggregate
                  route entry one
                generate
                  route entry one
              rib-groups entry
                import-rib leaves
                export-rib leaves
                import-policy leaves
              forwarding-table
                export leaves
              interface-routes
                rib-group
                  inet leaf
                  inet6 leaf
              instance-import leaves
              instance-export leaves
              route-distinguisher-id leaf

            define static
              route entry one
                next-hop leaves
                discard flag
                reject flag
                receive flag
                no-readvertise flag
                retain flag
                no-retain flag
                resolve flag
                install flag
                no-install flag
                active flag
                passive flag
                qualified-next-hop entry
                  preference leaf
                  metric leaf
                  interface leaf
                preference pos=metric-value
                metric pos=metric-value
                tag pos=tag-value
                community leaves
                next-table leaf
              rib-group leaf

            define protocols
              bgp like=bgp
                group entry like=bgp
                  neighbor entry ordered like=bgp
              ospf like=ospf
              ospf3 like=ospf
              isis
                interface entry
                  level entry one
                    metric leaf
                    hello-interval leaf
                    priority leaf
                  bfd-liveness-detection like=bfd
                level entry
                  authentication-key leaf
                  authentication-type leaf
                export leaves
                import leaves
                reference-bandwidth leaf
                traceoptions like=traceoptions
              mpls
                interface entry
                label-switched-path entry
                  to leaf
                  from leaf
                  primary entry
                  secondary entry
                  bandwidth leaf
                path entry
                  <path-list> one
                admin-groups entry one
              ldp
                interface entry
                traceoptions like=traceoptions
              rsvp
                interface entry
                  bandwidth leaf
              lldp
                interface entry
                port-id-subtype leaf
              lldp-med
                interface entry
              rstp like=stp
              mstp like=stp
              vstp like=stp
              igmp-snooping
                vlan entry
                  interface entry
              pim
                interface entry
                  mode leaf
                  version leaf
                rp
                  static
                    address entry
              router-advertisement
                interface entry
                  prefix entry
              l2circuit
                neighbor entry
                  interface entry
                    virtual-circuit-id leaf
                    description leaf
              evpn
                encapsulation leaf
                extended-vni-list leaves
              sflow
                collector entry
                  udp-port leaf
                interfaces entry
                sample-rate
                  ingress leaf
                  egress leaf

            define bgp
              type leaf
              description leaf
              local-address leaf
              peer-as leaf
              local-as pos=as-number all
                loops leaf
                private flag
                alias flag
                no-prepend-global-as flag
              local-preference leaf
              hold-time leaf
              import leaves
              export leaves
              cluster leaf
              authentication-key leaf
              authentication-algorithm leaf
              family entry choice
                unicast
                  prefix-limit
                    maximum leaf
                    teardown pos=limit-threshold all
                      idle-timeout leaf
              bfd-liveness-detection like=bfd
              multihop
                ttl leaf
              shutdown
                notify-message leaf
              traceoptions like=traceoptions

            define bfd
              minimum-interval leaf
              minimum-receive-interval leaf
              multiplier leaf

            define ospf
              area entry
                interface entry
                  metric leaf
                  interface-type leaf
                  hello-interval leaf
                  dead-interval leaf
                  priority leaf
                  bfd-liveness-detection like=bfd
                  authentication
                    md5 entry all
                      key leaf
                area-range entry
                  override-metric leaf
              export leaves
              import leaves
              reference-bandwidth leaf
              traceoptions like=traceoptions

            define stp
              bridge-priority leaf
              interface entry
                mode leaf
                cost leaf
                priority leaf

            define policy
              from one like=policy-match
              to one like=policy-match
              then one
                next leaf
                metric pos=metric one
                  add leaf
                  subtract leaf
                local-preference pos=local-preference one
                  add leaf
                  subtract leaf
                preference pos=preference one
                  add leaf
                  subtract leaf
                community one
                  add leaf
                  delete leaf
                  set leaf
                next-hop leaf
                as-path-prepend leaf
                origin leaf
                tag leaf
                load-balance one
                default-action leaf

            define policy-match
              protocol leaves
              route-filter entry key=address ordered all like=prefix-match
              prefix-list entry all
              prefix-list-filter entry key=list_name all like=prefix-match
              source-address-filter entry key=address all like=prefix-match
              community leaves
              as-path leaves
              as-path-group leaves
              neighbor leaves
              interface leaves
              next-hop leaves
              policy leaves
              condition leaves
              family leaf
              instance leaf
              rib leaf
              area leaf
              level leaves
              tag leaves
              metric leaf
              local-preference leaf
              route-type leaf

            define prefix-match
              exact flag
              longer flag
              orlonger flag
              upto leaf
              through leaf
              prefix-length-range leaf
              accept flag
              reject flag
              next leaf

            define filter
              term entry ordered
                from
                  source-address flat
                    <source-address> all
                      except flag
                  destination-address flat
                    <destination-address> all
                      except flag
                  address flat
                    <address> all
                      except flag
                  prefix-list flat
                    <prefix-list> all
                      except flag
                  source-prefix-list flat
                    <source-prefix-list> all
                      except flag
                  destination-prefix-list flat
                    <destination-prefix-list> all
                      except flag
                  protocol leaves
                  port leaves
                  source-port leaves
                  destination-port leaves
                  icmp-type leaves
                  icmp-code leaves
                  tcp-flags leaf
                  packet-length leaves
                  dscp leaves
                  precedence leaves
                  ttl leaves
                  next-header leaves
                  payload-protocol leaves
                  traffic-class leaves
                  ip-options leaves
                  interface leaves
                  forwarding-class leaves
                  loss-priority leaves
                  ether-type leaves
                  learn-vlan-id leaves
                then one
                  count leaf
                  policer leaf
                  next leaf
                  forwarding-class leaf
                  loss-priority leaf
                  routing-instance leaf
                  dscp leaf
                  reject one

            define security-policy
              description leaf
              scheduler-name leaf
              match
                source-address leaves
                destination-address leaves
                application leaves
                source-identity leaves
                from-zone leaves
                to-zone leaves
                dynamic-application leaves
              then
                log

            define host-inbound-traffic
              system-services flat
                <system-services>
              protocols flat
                <protocols>

            define address-book
              address entry pos=ip-prefix all
                description leaf
                dns-name leaf
              address-set entry
                address entry
                address-set entry
                description leaf

            define nat-rule-set
              from one
                zone leaves
                interface leaves
                routing-instance leaves
              to one
                zone leaves
                interface leaves
                routing-instance leaves
              rule entry ordered
                match
                  source-address leaves
                  destination-address leaves
                  source-address-name leaves
                  destination-address-name leaves
                  destination-port leaves
                  protocol leaves
                  application leaves
                then
                  source-nat
                    pool pos=pool-name
                  destination-nat
                    pool pos=pool-name
            """;
}
