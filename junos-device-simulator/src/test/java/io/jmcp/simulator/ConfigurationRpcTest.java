package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The configuration RPCs on the wire: formats, filters, loads, commits and their Junos-shaped results. */
class ConfigurationRpcTest {
    private static final String BOOT = """
            system {
                host-name cfg-test;
                domain-name example.net;
                login {
                    user jmcp {
                        class super-user;
                    }
                }
                services {
                    netconf {
                        ssh;
                    }
                }
            }
            interfaces {
                ge-0/0/0 {
                    unit 0 {
                        family inet {
                            address 10.0.0.1/30;
                        }
                    }
                }
            }
            """;
    /** A fresh router for each test. */
    @RegisterExtension
    final SimulatedRouters routers = SimulatedRouters.of(DeviceSpec.builder("cfg")
            .initialConfiguration(BOOT, ConfigFormat.TEXT).timerMinute(Duration.ofMillis(200)).build());

    @Test
    void returnsTheCandidateAsXmlByDefault() {
        ReplyXml reply = rpc("<get-configuration/>");

        assertThat(reply.text("/rpc-reply/configuration/system/host-name")).isEqualTo("cfg-test");
        assertThat(reply.text("/rpc-reply/configuration/interfaces/interface/name")).isEqualTo("ge-0/0/0");
    }

    @Test
    void marksTheCommittedConfigurationWithItsCommit() {
        ReplyXml reply = rpc("<get-configuration database=\"committed\"/>");

        assertThat(reply.text("/rpc-reply/configuration/@*[name()='junos:commit-user']")).isEqualTo("root");
        assertThat(reply.text("/rpc-reply/configuration/@*[name()='junos:commit-localtime']"))
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC");
        assertThat(reply.text("/rpc-reply/configuration/@*[name()='junos:commit-seconds']")).matches("\\d+");
    }

    @Test
    void rendersTextSetAndJson() {
        assertThat(rpc("<get-configuration format=\"text\"/>").text("//configuration-text")).contains("host-name cfg-test;");
        assertThat(rpc("<get-configuration format=\"set\"/>").text("//configuration-set"))
                .contains("set system host-name cfg-test");
        JsonNode json = JsonMapper.builder().build().readTree(rpc("<get-configuration format=\"json\"/>").text("/rpc-reply"));
        assertThat(json.at("/configuration/system/host-name").asString()).isEqualTo("cfg-test");
    }

    @Test
    void appliesASubtreeFilter() {
        ReplyXml reply = rpc("<get-configuration database=\"committed\"><configuration><system><domain-name/>"
                + "</system></configuration></get-configuration>");

        assertThat(reply.text("//system/domain-name")).isEqualTo("example.net");
        assertThat(reply.has("//host-name")).isFalse();
        assertThat(reply.has("//interfaces")).isFalse();
    }

    @Test
    void selectsListEntriesByName() {
        load("set interfaces ge-0/0/1 description second");

        ReplyXml reply = rpc("<get-configuration><configuration><interfaces><interface><name>ge-0/0/1</name>"
                + "</interface></interfaces></configuration></get-configuration>");

        assertThat(reply.texts("//interface/name")).containsExactly("ge-0/0/1");
        assertThat(reply.text("//interface/description")).isEqualTo("second");
    }

    @Test
    void answersAFilterThatMatchesNothingWithAnEmptyConfiguration() {
        ReplyXml reply = rpc("<get-configuration><configuration><snmp/></configuration></get-configuration>");

        assertThat(reply.has("/rpc-reply/configuration")).isTrue();
        assertThat(reply.has("/rpc-reply/configuration/*")).isFalse();
    }

    @Test
    void comparesTheCandidateWithARollbackLikeShowCompare() {
        load("set system host-name renamed");

        String diff = rpc("<get-configuration compare=\"rollback\" rollback=\"0\" format=\"text\"/>")
                .text("//configuration-information/configuration-output");

        assertThat(diff).isEqualTo("[edit system]\n-   host-name cfg-test;\n+   host-name renamed;");
    }

    @Test
    void answersAnUnchangedCompareWithASingleNewline() {
        String reply = rpc("<get-configuration compare=\"rollback\" rollback=\"0\" format=\"text\"/>").toString();

        assertThat(reply).contains("<configuration-output>\n</configuration-output>");
    }

    @Test
    void loadsEveryPayloadFormat() {
        assertOk(rpc("<load-configuration format=\"text\"><configuration-text>system { location { building b1; } }"
                + "</configuration-text></load-configuration>"));
        assertOk(rpc("<load-configuration><configuration><system><location><floor>2</floor></location></system>"
                + "</configuration></load-configuration>"));
        assertOk(rpc("<load-configuration action=\"set\" format=\"text\"><configuration-set>"
                + "set system location rack r7</configuration-set></load-configuration>"));
        assertOk(rpc("<load-configuration format=\"json\"><configuration-json>"
                + "{\"configuration\":{\"system\":{\"location\":{\"country-code\":\"NL\"}}}}"
                + "</configuration-json></load-configuration>"));

        String candidate = rpc("<get-configuration format=\"set\"/>").text("//configuration-set");
        assertThat(candidate).contains("set system location building b1", "set system location floor 2",
                "set system location rack r7", "set system location country-code NL");
    }

    @Test
    void overrideReplacesTheWholeCandidate() {
        assertOk(rpc("<load-configuration action=\"override\" format=\"text\"><configuration-text>"
                + "system { host-name fresh; }</configuration-text></load-configuration>"));

        assertThat(rpc("<get-configuration format=\"set\"/>").text("//configuration-set"))
                .isEqualTo("set system host-name fresh");
    }

    @Test
    void replaceSwapsTheTaggedStatementOnly() {
        assertOk(rpc("<load-configuration action=\"replace\" format=\"text\"><configuration-text>"
                + "interfaces { replace: ge-0/0/0 { description replaced; } }</configuration-text></load-configuration>"));

        String candidate = rpc("<get-configuration format=\"set\"/>").text("//configuration-set");
        assertThat(candidate).contains("set interfaces ge-0/0/0 description replaced", "set system host-name cfg-test")
                .doesNotContain("10.0.0.1/30");
    }

    @Test
    void updateLeavesTheCandidateEqualToThePayload() {
        assertOk(rpc("<load-configuration action=\"update\" format=\"text\"><configuration-text>"
                + "system { host-name updated; }</configuration-text></load-configuration>"));

        assertThat(rpc("<get-configuration format=\"set\"/>").text("//configuration-set"))
                .isEqualTo("set system host-name updated");
    }

    @Test
    void reportsASyntaxErrorInsideTheLoadResultsAndLoadsNothing() {
        ReplyXml reply = rpc("<load-configuration format=\"text\"><configuration-text>system {\n  host-name ;\n}"
                + "</configuration-text></load-configuration>");

        assertThat(reply.text("//load-configuration-results/rpc-error/error-severity")).isEqualTo("error");
        assertThat(reply.text("//load-configuration-results/rpc-error/error-message")).contains("line 2");
        assertThat(reply.text("//load-configuration-results/rpc-error/error-info/bad-element")).isNotEmpty();
        assertThat(reply.has("//ok")).isFalse();
        assertThat(rpc("<get-configuration compare=\"rollback\" rollback=\"0\" format=\"text\"/>")
                .text("//configuration-output")).isEmpty();
    }

    @Test
    void warnsAboutDeletingWhatIsNotThere() {
        ReplyXml reply = rpc("<load-configuration action=\"set\" format=\"text\"><configuration-set>"
                + "delete system location</configuration-set></load-configuration>");

        assertThat(reply.text("//rpc-error/error-severity")).isEqualTo("warning");
        assertThat(reply.text("//rpc-error/error-message")).isEqualTo("statement not found");
        assertThat(reply.has("//load-configuration-results/ok")).isTrue();
    }

    @Test
    void loadsARollbackIntoTheCandidate() {
        load("set system host-name one");
        rpc("<commit-configuration/>");

        assertOk(rpc("<load-configuration rollback=\"1\"/>"));

        assertThat(rpc("<get-configuration/>").text("//system/host-name")).isEqualTo("cfg-test");
    }

    @Test
    void answersCommitCheckPerRoutingEngine() {
        ReplyXml reply = rpc("<commit-configuration><check/></commit-configuration>");

        assertThat(reply.text("//commit-results/routing-engine/name")).isEqualTo("re0");
        assertThat(reply.has("//commit-results/routing-engine/commit-check-success")).isTrue();
        assertThat(reply.text("//commit-results/routing-engine/@*[name()='junos:style']")).isEqualTo("normal");
    }

    @Test
    void commitsWithALogComment() {
        load("set system host-name committed");

        ReplyXml reply = rpc("<commit-configuration><log>rename the box</log></commit-configuration>");

        assertThat(reply.has("//commit-results/routing-engine/commit-success")).isTrue();
        assertThat(routers.device().rollbackHistory().get(0).comment()).isEqualTo("rename the box");
        assertThat(routers.device().hostname()).isEqualTo("committed");
    }

    @Test
    void aCommitCheckFaultFailsLikeAJunosCommitError() {
        routers.device().faults().failCommitCheck("interface-range 'axp' is not defined");

        ReplyXml reply = rpc("<commit-configuration/>");

        assertThat(reply.texts("//commit-results/rpc-error/error-message"))
                .containsExactly("interface-range 'axp' is not defined", "configuration check-out failed");
        assertThat(reply.text("//commit-results/rpc-error/error-tag")).isEqualTo("operation-failed");
        assertThat(routers.device().rollbackHistory()).hasSize(1);
    }

    @Test
    void anUnconfirmedCommitRollsBackByItself() {
        load("set system host-name temporary");

        rpc("<commit-configuration><confirmed/><confirm-timeout>1</confirm-timeout></commit-configuration>");
        assertThat(routers.device().hostname()).isEqualTo("temporary");

        Eventually.assertThat(() -> routers.device().hostname().equals("cfg-test"), "rolled back to the boot configuration");
        assertThat(routers.device().rollbackHistory().get(0).client()).isEqualTo("other");
    }

    @Test
    void privateModeWarnsThatChangesAreDiscardedOnExit() {
        ReplyXml reply = rpc("<open-configuration><private/></open-configuration>");

        assertThat(reply.text("//rpc-error/error-severity")).isEqualTo("warning");
        assertThat(reply.text("//rpc-error/error-message")).isEqualTo("uncommitted changes will be discarded on exit");
    }

    @Test
    void rejectsAnUnknownFormat() {
        ReplyXml reply = rpc("<get-configuration format=\"yaml\"/>");

        assertThat(reply.text("//rpc-error/error-tag")).isEqualTo("invalid-value");
        assertThat(reply.text("//rpc-error/error-message")).contains("yaml");
    }

    @Test
    void servesTheRfc6241Operations() {
        assertThat(rpc("<get-config><source><running/></source></get-config>").text("//data/configuration/system/host-name"))
                .isEqualTo("cfg-test");
        assertOk(rpc("<lock><target><candidate/></target></lock>"));
        assertOk(rpc("<edit-config><target><candidate/></target><config><configuration><system>"
                + "<host-name>edited</host-name></system></configuration></config></edit-config>"));
        assertOk(rpc("<validate><source><candidate/></source></validate>"));
        assertOk(rpc("<commit/>"));
        assertOk(rpc("<unlock><target><candidate/></target></unlock>"));

        assertThat(routers.device().hostname()).isEqualTo("edited");
        assertThat(rpc("<get-config><source><running/></source><filter type=\"subtree\"><configuration><system>"
                + "<domain-name/></system></configuration></filter></get-config>").has("//host-name")).isFalse();
    }

    private void load(String setLines) {
        assertOk(rpc("<load-configuration action=\"set\" format=\"text\"><configuration-set>" + setLines
                + "</configuration-set></load-configuration>"));
    }

    private ReplyXml rpc(String operation) {
        return ReplyXml.of(routers.session("cfg").rpc(operation));
    }

    private static void assertOk(ReplyXml reply) {
        assertThat(reply.has("//rpc-error[error-severity='error']")).as("errors in %s", reply).isFalse();
        assertThat(reply.has("//ok")).as("ok in %s", reply).isTrue();
    }
}
