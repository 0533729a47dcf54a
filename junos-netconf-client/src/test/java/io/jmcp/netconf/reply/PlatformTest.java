package io.jmcp.netconf.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(nullValues = "-", textBlock = """
            MX960,              RE-S-1800x4,  MX,           false
            mx960,              RE-VMX,       MX,           true
            MX960,              RE-GNF-2400,  MX_GNF,       true
            VMX,                -,            MX,           true
            VRR,                -,            MX,           true
            M320,               RE-A-2000,    M,            false
            T1600,              RE-DUO-1800,  T,            false
            TXP,                RE-4.0,       T,            false
            PTX5000,            RE-DUO-2600,  PTX,          false
            PTX5000,            RE-VIRTUAL,   PTX,          true
            EX4200-48T,         -,            SWITCH,       false
            QFX5100-48S-6Q,     -,            SWITCH,       false
            SRX210HE2,          -,            SRX_BRANCH,   false
            SRX 550,            -,            SRX_BRANCH,   false
            SRX3600,            -,            SRX_MIDRANGE, false
            SRX5400,            -,            SRX_HIGHEND,  false
            SRX5800,            -,            SRX_HIGHEND,  false
            FIREFLY-PERIMETER,  -,            SRX_BRANCH,   true
            VSRX,               -,            SRX_BRANCH,   true
            VJX,                -,            SRX_BRANCH,   true
            OLIVE,              -,            OLIVE,        true
            NFX250_S2_10_T,     -,            NFX,          false
            JUNOS_NODE_SLICING, -,            JDM,          true
            ACX5448,            -,            ACX,          false
            Virtual Chassis,    EX4300-48T,   SWITCH,       false
            """)
    void classifiesModelsAsPyEzDoes(String model, String routingEngineModel, Personality personality, boolean virtual) {
        assertThat(Platform.classify(model, routingEngineModel)).contains(new Platform(personality, virtual));
    }

    @Test
    void unknownModelHasNoPlatform() {
        assertThat(Platform.classify("CRPD", null)).isEmpty();
    }

    @Test
    void unknownModelOfNothingHasNoPlatform() {
        assertThat(Platform.classify(null, "RE-VMX")).isEmpty();
    }

    @Test
    void personalityKeepsPyEzSpelling() {
        assertThat(Personality.MX_GNF.pyEzName()).isEqualTo("MX-GNF");
        assertThat(Personality.SRX_HIGHEND.pyEzName()).isEqualTo("SRX_HIGHEND");
    }
}
