package io.jmcp.netconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ScriptedJunosDevice.Exchange;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.reply.Facts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Junos facade over a scripted peer: the requests it sends and what it makes of real Junos replies. */
class JunosDeviceTest {
    @RegisterExtension
    final ScriptedJunosDevice junos = new ScriptedJunosDevice();

    @Nested
    class Commands {
        @Test
        void sendsTheCommandWithItsFormat() throws Exception {
            Exchange<String> exchange = junos.exchange(
                    () -> junos.device().command("show route summary", OutputFormat.JSON), "{}");

            assertThat(exchange.request()).isEqualTo("<command format=\"json\">show route summary</command>");
        }

        @Test
        void escapesTheCommandSoThatItReachesTheDeviceAsText() throws Exception {
            String hostile = "show version</command><request-reboot/>";

            Exchange<String> exchange = junos.exchange(
                    () -> junos.device().command(hostile, OutputFormat.TEXT), "<output/>");

            Document request = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(exchange.request().getBytes(StandardCharsets.UTF_8)));
            Element command = request.getDocumentElement();
            assertThat(command.getTagName()).isEqualTo("command");
            assertThat(command.getTextContent()).isEqualTo(hostile);
            assertThat(command.getElementsByTagName("request-reboot").getLength()).isZero();
        }

        @Test
        void returnsTheTextOutputOfATextCommand() throws Exception {
            String output = junos.resultWithReplyFile(
                    () -> junos.device().command("show configuration", OutputFormat.TEXT),
                    "core/show-configuration.xml");

            assertThat(output).startsWith("## Last commit: 2014-03-24 16:34:32 UTC by rick\nversion 12.1X46-D15.3;");
        }

        @Test
        void returnsTheDataElementsOfAnXmlCommand() throws Exception {
            String xml = junos.resultWithReplyFile(() -> junos.device().command("show version", OutputFormat.XML),
                    "core/get-software-information.xml");

            assertThat(xml).startsWith("<software-information xmlns:junos=\"http://xml.juniper.net/junos/12.1X46/junos\">")
                    .contains("<host-name>firefly</host-name>")
                    .endsWith("</software-information>");
        }

        @Test
        void returnsTheJsonDocumentOfAJsonCommand() throws Exception {
            Exchange<String> exchange = junos.exchange(() -> junos.device().command("show version", OutputFormat.JSON),
                    "\n{\"software-information\" : [{\"host-name\" : [{\"data\" : \"r1\"}]}]}\n");

            assertThat(exchange.result()).isEqualTo("{\"software-information\" : [{\"host-name\" : [{\"data\" : \"r1\"}]}]}");
        }

        @Test
        void headsTheOutputOfEachRoutingEngine() throws Exception {
            Exchange<String> exchange = junos.exchange(
                    () -> junos.device().command("show system uptime invoke-on all-routing-engines",
                    OutputFormat.TEXT), "<multi-routing-engine-results>"
                    + "<multi-routing-engine-item><re-name>re0</re-name><output>\nup 3 days\n</output></multi-routing-engine-item>"
                    + "<multi-routing-engine-item><re-name>re1</re-name><output>\nup 5 days\n</output></multi-routing-engine-item>"
                    + "</multi-routing-engine-results>");

            String rule = "-".repeat(74);
            assertThat(exchange.result()).isEqualTo("re0:\n" + rule + "\nup 3 days\n\nre1:\n" + rule + "\nup 5 days");
        }

        @Test
        void keepsTheOutputAroundWarnings() throws Exception {
            String output = junos.resultWithReplyFile(
                    () -> junos.device().command("request vmhost reboot", OutputFormat.TEXT),
                    "utils/request-reboot-output.xml");

            assertThat(output).isEqualTo("Initiating vmhost reboot...\nshutdown: [pid 13192]\nShutdown at Thu Aug  6 09:27:13 2020.");
        }

        @Test
        void runsAPfeCommandOnItsTarget() throws Exception {
            Exchange<String> exchange = junos.exchange(() -> junos.device().pfeCommand("fpc0", "show jnh 0 pool usage"),
                    "<output>\nSENT: Ukern command: show jnh 0 pool usage\n</output>");

            assertThat(exchange.request()).isEqualTo("<request-pfe-execute><target>fpc0</target>"
                    + "<command>show jnh 0 pool usage</command></request-pfe-execute>");
            assertThat(exchange.result()).isEqualTo("SENT: Ukern command: show jnh 0 pool usage");
        }

        @Test
        void refusesABlankCommand() {
            assertThatThrownBy(() -> junos.device().command("  ", OutputFormat.TEXT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("command must not be blank");
        }
    }

    @Nested
    class Configuration {
        @Test
        void refusesASectionPathWithoutTheSchemaInJunosConfigBeforeSendingAnything() {
            // junos-config, which provides the schema's section filter, is not on this module's class path.
            assertThatThrownBy(
                    () -> junos.device().getConfiguration(ConfigFormat.SET, ConfigDatabase.COMMITTED, "protocols bgp"))
                    .isExactlyInstanceOf(NetconfException.class)
                    .hasMessage("cannot read the configuration section 'protocols bgp': the section filter is built"
                            + " from Juniper's schema, which is in io.jmcp:junos-config; add it beside"
                            + " junos-netconf-client, or read the whole configuration");
        }

        @Test
        void readsTheWholeCandidateAsText() throws Exception {
            Exchange<String> exchange = junos.exchange(
                    () -> junos.device().getConfiguration(ConfigFormat.TEXT, ConfigDatabase.CANDIDATE, null),
                    "<configuration-text>\nsystem {\n    host-name r1;\n}\n</configuration-text>");

            assertThat(exchange.request()).isEqualTo("<get-configuration database=\"candidate\" format=\"text\"/>");
            assertThat(exchange.result()).isEqualTo("system {\n    host-name r1;\n}");
        }

        @Test
        void readsTheConfigurationAsXml() throws Exception {
            String xml = junos.resultWithReplyFile(
                    () -> junos.device().getConfiguration(ConfigFormat.XML, ConfigDatabase.COMMITTED, null),
                    "core/get-configuration.xml");

            assertThat(xml).startsWith("<configuration xmlns:junos=\"http://xml.juniper.net/junos/12.1X46/junos\""
                    + " junos:commit-seconds=\"1395678872\"").contains("<host-name>firefly</host-name>");
        }

        @Test
        void comparesTheCandidateWithARollback() throws Exception {
            Exchange<String> exchange = junos.exchange(() -> junos.device().compareRollback(3),
                    "<configuration-information><configuration-output>\n[edit system]\n-  host-name r1;\n"
                            + "+  host-name r2;\n</configuration-output></configuration-information>");

            assertThat(exchange.request())
                    .isEqualTo("<get-configuration compare=\"rollback\" rollback=\"3\" format=\"text\"/>");
            assertThat(exchange.result()).isEqualTo("[edit system]\n-  host-name r1;\n+  host-name r2;");
        }

        @Test
        void comparesToNothingWhenTheCandidateIsUnchanged() throws Exception {
            Exchange<String> exchange = junos.exchange(() -> junos.device().compareRollback(0),
                    "<configuration-information><configuration-output>\n</configuration-output></configuration-information>");

            assertThat(exchange.result()).isEmpty();
        }

        @Test
        void refusesARollbackBeyond49() {
            assertThatThrownBy(() -> junos.device().compareRollback(50))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("rollback must be 0 to 49, was 50");
        }
    }

    @Nested
    class Loading {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "TEXT|MERGE|<load-configuration action=\"merge\" format=\"text\"><configuration-text>system { host-name r1; }</configuration-text></load-configuration>",
            "TEXT|REPLACE|<load-configuration action=\"replace\" format=\"text\"><configuration-text>system { host-name r1; }</configuration-text></load-configuration>",
            "TEXT|OVERRIDE|<load-configuration action=\"override\" format=\"text\"><configuration-text>system { host-name r1; }</configuration-text></load-configuration>",
            "JSON|UPDATE|<load-configuration action=\"update\" format=\"json\"><configuration-json>system { host-name r1; }</configuration-json></load-configuration>",
        })
        void loadsTextAndJsonWithTheirAction(ConfigFormat format, LoadAction action, String expected) throws Exception {
            Exchange<LoadResult> exchange = junos.exchange(
                    () -> junos.device().loadConfiguration("system { host-name r1; }", format, action),
                    "<load-configuration-results><ok/></load-configuration-results>");

            assertThat(exchange.request()).isEqualTo(expected);
            assertThat(exchange.result().warnings()).isEmpty();
        }

        @Test
        void loadsSetLinesWithTheSetAction() throws Exception {
            Exchange<LoadResult> exchange = junos.exchange(() -> junos.device().loadConfiguration(
                    "set system host-name r1\ndelete system ntp", ConfigFormat.SET, LoadAction.SET), "<ok/>");

            assertThat(exchange.request()).isEqualTo("<load-configuration action=\"set\" format=\"text\">"
                    + "<configuration-set>set system host-name r1\ndelete system ntp</configuration-set></load-configuration>");
        }

        @Test
        void wrapsXmlStatementsInAConfigurationElement() throws Exception {
            Exchange<LoadResult> exchange = junos.exchange(() -> junos.device().loadConfiguration(
                    "<?xml version=\"1.0\"?><system><host-name>r1</host-name></system>", ConfigFormat.XML,
                    LoadAction.MERGE), "<ok/>");

            assertThat(exchange.request()).isEqualTo("<load-configuration action=\"merge\" format=\"xml\">"
                    + "<configuration><system><host-name>r1</host-name></system></configuration></load-configuration>");
        }

        @Test
        void escapesMarkupInATextPayload() throws Exception {
            Exchange<LoadResult> exchange = junos.exchange(() -> junos.device().loadConfiguration(
                    "system { host-name \"a</configuration-text><x/>\"; }", ConfigFormat.TEXT, LoadAction.MERGE), "<ok/>");

            assertThat(exchange.request()).contains(
                    "<configuration-text>system { host-name \"a&lt;/configuration-text&gt;&lt;x/&gt;\"; }</configuration-text>");
        }

        @Test
        void refusesSetLinesWithTheReplaceAction() {
            assertThatThrownBy(
                    () -> junos.device().loadConfiguration("set system host-name r1", ConfigFormat.SET,
                            LoadAction.REPLACE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("action REPLACE does not combine with them");
        }

        @Test
        void reportsEveryLoadError() throws Exception {
            Throwable failure = junos.failureWithReplyFile(
                    () -> junos.device().loadConfiguration("system1 { }", ConfigFormat.TEXT, LoadAction.MERGE),
                    "core/load-configuration-error.xml");

            assertThat(failure).isInstanceOf(RpcErrorException.class);
            assertThat(((RpcErrorException) failure).errors()).extracting(RpcError::message)
                    .containsExactly("syntax error", "error recovery ignores input until this point");
        }

        @Test
        void loadsARollback() throws Exception {
            Exchange<Boolean> exchange = junos.exchange(() -> {
                junos.device().loadRollback(2);
                return true;
            }, "<load-configuration-results><ok/></load-configuration-results>");

            assertThat(exchange.request()).isEqualTo("<load-configuration rollback=\"2\"/>");
        }
    }

    @Nested
    class Committing {
        @Test
        void checksTheCandidate() throws Exception {
            Exchange<CommitResult> exchange = junos.exchange(junos.device()::commitCheck,
                    "<commit-results><routing-engine><name>re0</name><commit-check-success/></routing-engine></commit-results>");

            assertThat(exchange.request()).isEqualTo("<commit-configuration><check/></commit-configuration>");
        }

        @Test
        void commitsConfirmedWithAComment() throws Exception {
            Exchange<CommitResult> exchange = junos.exchange(() -> junos.device().commit(
                            CommitOptions.builder().comment("rename r1 <by jmcp>").confirmedMinutes(5).build()),
                    "<commit-results><routing-engine><name>re0</name><commit-success/></routing-engine></commit-results>");

            assertThat(exchange.request()).isEqualTo("<commit-configuration><confirmed/><confirm-timeout>5</confirm-timeout>"
                    + "<log>rename r1 &lt;by jmcp&gt;</log></commit-configuration>");
        }

        @Test
        void keepsTheWarningsOfACommit() throws Exception {
            Exchange<CommitResult> exchange = junos.exchange(() -> junos.device().commit(CommitOptions.DEFAULT),
                    "<commit-results><rpc-error><error-severity>warning</error-severity>"
                            + "<error-message>statement has no effect</error-message></rpc-error>"
                            + "<routing-engine><name>re0</name><commit-success/></routing-engine></commit-results>");

            assertThat(exchange.request()).isEqualTo("<commit-configuration/>");
            assertThat(exchange.result().warnings()).extracting(RpcError::message)
                    .containsExactly("statement has no effect");
        }

        @Test
        void reportsTheErrorsOfAFailedCommit() throws Exception {
            Throwable failure = junos.failureWithReplyFile(junos.device()::commitCheck,
                    "utils/commit-configuration.xml");

            assertThat(failure).isInstanceOf(RpcErrorException.class)
                    .hasMessageContaining("interface-range 'axp' is not defined");
        }

        @Test
        void refusesAConfirmTimeoutOfZeroMinutes() {
            assertThatThrownBy(() -> junos.device().commit(CommitOptions.builder().confirmedMinutes(0).build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("confirmed minutes must be 1 to 65535, was 0");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "lock|<lock-configuration/>",
            "unlock|<unlock-configuration/>",
            "openPrivate|<open-configuration><private/></open-configuration>",
            "closePrivate|<close-configuration/>",
            "discardChanges|<discard-changes/>",
            "confirmCommit|<commit-configuration/>",
        })
        void sendsTheJunosRpcOfEachConfigurationOperation(String operation, String expected) throws Exception {
            Exchange<Object> exchange = junos.exchange(
                    () -> JunosDevice.class.getMethod(operation).invoke(junos.device()), "<ok/>");

            assertThat(exchange.request()).isEqualTo(expected);
        }
    }

    @Nested
    class Device {
        @Test
        void gathersFactsFromRealReplies() throws Exception {
            junos.peer().answerEach(
                    request -> JunosReplies.asReplyTo(factsReplyFor(request), FakePeer.messageIdOf(request)));

            Facts facts = junos.device().facts();

            assertThat(facts.hostname()).isEqualTo("firefly");
            assertThat(facts.serialNumber()).isEqualTo("aaf5fe5f9b88");
        }

        @Test
        void appliesTheTimeoutOfAView() {
            JunosDevice impatient = junos.device().withTimeout(Duration.ofMillis(200));

            assertThatThrownBy(() -> impatient.command("show version", OutputFormat.TEXT))
                    .isInstanceOf(NetconfTimeoutException.class)
                    .hasMessageContaining("200 ms");
        }

        @Test
        void isNoLongerAliveOnceThePeerHasGone() throws Exception {
            junos.peer().close();

            assertThatThrownBy(() -> junos.device().command("show version", OutputFormat.TEXT))
                    .isInstanceOf(TransportException.class);
            assertThat(junos.device().isAlive()).isFalse();
        }

        private static String factsReplyFor(String request) {
            if (request.contains("get-software-information")) {
                return "core/get-software-information.xml";
            }
            if (request.contains("get-route-engine-information")) {
                return "core/get-route-engine-information.xml";
            }
            if (request.contains("get-chassis-inventory")) {
                return "core/get-chassis-inventory.xml";
            }
            if (request.contains("get-system-uptime-information")) {
                return "core/get-system-uptime-information.xml";
            }
            return "core/get-configuration.xml";
        }
    }
}
