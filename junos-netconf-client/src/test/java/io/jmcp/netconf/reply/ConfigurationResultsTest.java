package io.jmcp.netconf.reply;

import io.jmcp.netconf.JunosReplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jmcp.netconf.error.RpcError;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Bindings of the replies to load-configuration and commit-configuration. */
class ConfigurationResultsTest {

    @Test
    void commitCheckOfOneRoutingEngineSucceeds() {
        CommitResults results = commitResults("""
                <rpc-reply xmlns:junos="http://xml.juniper.net/junos/15.1X49/junos"><commit-results>
                <routing-engine junos:style="normal"><name>re0</name><commit-check-success/></routing-engine>
                </commit-results></rpc-reply>""");

        assertThat(results.succeeded()).isTrue();
        assertThat(results.routingEngines()).singleElement().satisfies(re -> {
            assertThat(re.name()).isEqualTo("re0");
            assertThat(re.checkSucceeded()).isTrue();
            assertThat(re.committed()).isFalse();
        });
    }

    @Test
    void commitSynchronizeReportsEachRoutingEngine() {
        CommitResults results = commitResults("""
                <rpc-reply><commit-results>
                <routing-engine><name>re0</name><commit-success/></routing-engine>
                <routing-engine><name>re1</name><commit-success/></routing-engine>
                </commit-results></rpc-reply>""");

        assertThat(results.succeeded()).isTrue();
        assertThat(results.routingEngines()).extracting(CommitResults.RoutingEngineResult::name).containsExactly("re0", "re1");
        assertThat(results.routingEngines()).allMatch(CommitResults.RoutingEngineResult::committed);
    }

    @Test
    void warningsOfACommitDoNotMakeItFail() {
        String reply = """
                <rpc-reply><commit-results>
                <rpc-error><error-severity>warning</error-severity><error-path>[edit protocols]</error-path>
                <error-message>mgd: requires 'bgp' license</error-message><error-info><bad-element>bgp</bad-element></error-info></rpc-error>
                <routing-engine><name>fpc0</name><commit-check-success/></routing-engine>
                </commit-results></rpc-reply>""";
        CommitResults results = commitResults(reply);

        assertThat(results.succeeded()).isTrue();
        assertThat(RpcErrors.parse(JunosReplies.xml(reply))).containsExactly(new RpcError(RpcError.Severity.WARNING, null, null,
                "[edit protocols]", "mgd: requires 'bgp' license", "bgp"));
    }

    @Test
    void errorOnOneRoutingEngineFailsTheCommit() {
        String reply = """
                <rpc-reply><commit-results>
                <routing-engine><name>re0</name><commit-check-success/></routing-engine>
                <routing-engine><name>re1</name><rpc-error><error-severity>error</error-severity>
                <error-message>commit check failed</error-message></rpc-error></routing-engine>
                </commit-results></rpc-reply>""";
        CommitResults results = commitResults(reply);

        assertThat(results.succeeded()).isFalse();
        assertThat(RpcErrors.parse(JunosReplies.xml(reply))).extracting(RpcError::message).containsExactly("commit check failed");
    }

    @Test
    void xnmErrorsOfARealFailedCommitAreRead() throws Exception {
        try (InputStream reply = JunosReplies.open("core/get-rpc-error.xml")) {
            CommitResults results = JunosXml.unmarshal(reply, CommitResults.class);
            assertThat(results.succeeded()).isFalse();
        }
        try (InputStream reply = JunosReplies.open("core/get-rpc-error.xml")) {
            assertThat(RpcErrors.parse(reply)).extracting(RpcError::message).containsExactly(
                    "Only unit 0 is valid for this encapsulation", "configuration check-out failed");
        }
    }

    @Test
    void loadSuccessIsBound() {
        LoadConfigurationResults results = JunosXml.unmarshal(JunosReplies.xml(
                "<rpc-reply><load-configuration-results><load-success/></load-configuration-results></rpc-reply>"),
                LoadConfigurationResults.class);

        assertThat(results.succeeded()).isTrue();
    }

    @Test
    void errorsOfARealFailedLoadAreRead() throws Exception {
        try (InputStream reply = JunosReplies.open("core/load-configuration-error.xml")) {
            LoadConfigurationResults results = JunosXml.unmarshal(reply, LoadConfigurationResults.class);
            assertThat(results.succeeded()).isFalse();
        }
        try (InputStream reply = JunosReplies.open("core/load-configuration-error.xml")) {
            assertThat(RpcErrors.parse(reply)).extracting(RpcError::message, RpcError::info).containsExactly(
                    tuple("syntax error", "system1"),
                    tuple("error recovery ignores input until this point", "}"));
        }
    }

    @Test
    void loadErrorCountAloneFailsTheLoad() {
        LoadConfigurationResults results = JunosXml.unmarshal(JunosReplies.xml(
                "<rpc-reply><load-configuration-results><load-error-count>2</load-error-count>"
                        + "</load-configuration-results></rpc-reply>"),
                LoadConfigurationResults.class);

        assertThat(results.loadErrorCount()).isEqualTo(2);
        assertThat(results.succeeded()).isFalse();
    }

    private static CommitResults commitResults(String reply) {
        return JunosXml.unmarshal(JunosReplies.xml(reply), CommitResults.class);
    }
}
