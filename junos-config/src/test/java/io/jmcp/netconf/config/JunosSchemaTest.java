package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped schema answers as Juniper's YANG 23.4R1 says. */
class JunosSchemaTest {

    private static SchemaStatement at(String path) {
        SchemaStatement statement = JunosSchema.standard().root();
        for (String name : path.split(" ")) {
            statement = statement.child(name);
            assertThat(statement).as("schema statement %s of %s", name, path).isNotNull();
        }
        return statement;
    }

    @Test
    void localAsIsAOnelinerWhoseAsNumberHasNoKeyword() {
        SchemaStatement localAs = at("protocols bgp group neighbor local-as");
        assertThat(localAs.kind()).isEqualTo(StatementKind.CONTAINER);
        assertThat(localAs.cliFeatures()).containsExactly("oneliner");
        assertThat(localAs.children()).extracting(SchemaStatement::name)
                .containsExactly("as-number", "loops", "private", "alias", "no-prepend-global-as");
        SchemaStatement asNumber = localAs.child("as-number");
        assertThat(asNumber.hasCliFeature("nokeyword")).isTrue();
        assertThat(asNumber.valueType().patternMessage()).startsWith("Use format 'x' or 'x.y'");
        assertThat(localAs.child("private").valueType().isEmpty()).isTrue();
    }

    @Test
    void transmitRateChoicesExcludeEachOther() {
        SchemaStatement transmitRate = at("class-of-service schedulers transmit-rate");
        assertThat(transmitRate.cliFeatures()).containsExactly("oneliner-plus");
        assertThat(transmitRate.choiceOf("rate")).isEqualTo("transmit_rate_choice/case_1");
        assertThat(transmitRate.choiceOf("percent")).isEqualTo("transmit_rate_choice/case_2");
        assertThat(transmitRate.choiceOf("exact")).isEqualTo("rate_limit_choice/case_1");
        assertThat(transmitRate.choiceOf("apply-groups")).isNull();
        assertThat(transmitRate.child("percent").valueType().members())
                .extracting(ValueType::base).containsExactly("string", "uint32");
    }

    @Test
    void listsCarryTheirKeysAndUserOrder() {
        SchemaStatement policy = at("security policies policy");
        assertThat(policy.kind()).isEqualTo(StatementKind.LIST);
        assertThat(policy.keys()).containsExactly("from-zone-name", "to-zone-name");
        SchemaStatement term = at("policy-options policy-statement term");
        assertThat(term.orderedByUser()).isTrue();
        assertThat(at("policy-options policy-statement term then community").keys())
                .containsExactly("choice-ident", "choice-value", "community-name");
        assertThat(at("system services ssh").kind()).isEqualTo(StatementKind.PRESENCE_CONTAINER);
        assertThat(at("system name-server").kind()).isEqualTo(StatementKind.LIST);
    }

    @Test
    void statementsBelongToTheirPlatformFamilies() {
        SchemaStatement security = at("security");
        assertThat(security.child("policies", PlatformFamily.JUNOS_ES)).isNotNull();
        assertThat(security.child("policies", PlatformFamily.JUNOS)).isNull();
        assertThat(security.child("zones", PlatformFamily.JUNOS_EX)).isNull();
        assertThat(at("security policies").existsOn(PlatformFamily.JUNOS_ES)).isTrue();
        assertThat(at("interfaces").existsOn(PlatformFamily.JUNOS)).isTrue();
        assertThat(at("interfaces").existsOn(PlatformFamily.JUNOS_EX)).isTrue();
        assertThat(PlatformFamily.ofModel("vSRX")).isEqualTo(PlatformFamily.JUNOS_ES);
        assertThat(PlatformFamily.ofModel("ex4300-48t")).isEqualTo(PlatformFamily.JUNOS_EX);
        assertThat(PlatformFamily.ofModel("mx960")).isEqualTo(PlatformFamily.JUNOS);
    }

    @Test
    void systemTakesItsHintsFromTheFamiliesThatHaveThem() {
        // junos-conf-system is the plain variant: host-name's check comes from junos-es/junos-ex.
        SchemaStatement hostName = at("system host-name");
        assertThat(hostName.existsOn(PlatformFamily.JUNOS)).isTrue();
        assertThat(hostName.valueType().posixPatterns()).containsExactly("^[[:alnum:]._-]+$");
        assertThat(hostName.valueType().patternMessage())
                .isEqualTo("Must be a string of alphanumericals, dashes or underscores");
    }

    @Test
    void logicalSystemsTakeTheirHintsFromTheTopLevel() {
        SchemaStatement localAs = at("logical-systems protocols bgp group local-as");
        assertThat(localAs.cliFeatures()).containsExactly("oneliner");
        assertThat(localAs.child("as-number").hasCliFeature("nokeyword")).isTrue();
        assertThat(localAs.existsOn(PlatformFamily.JUNOS_ES)).isFalse();
    }

    @Test
    void unknownStatementsAreAbsent() {
        assertThat(at("interfaces interface").child("bogus-statement")).isNull();
        assertThat(JunosSchema.standard().root().child("no-such-hierarchy")).isNull();
    }
}
