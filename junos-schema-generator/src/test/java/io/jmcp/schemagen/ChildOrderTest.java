package io.jmcp.schemagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildOrderTest {

    @Test
    void aChildOnlyALaterFamilyHasGoesAfterItsPredecessorThereNotToTheEnd() {
        List<String> mx = List.of("apply-groups", "bgp", "ospf", "rstp");
        List<String> srx = List.of("apply-groups", "bgp", "ospf", "ospf3", "rstp");

        assertThat(ChildOrder.merge(List.of(mx, srx))).containsExactly("apply-groups", "bgp", "ospf", "ospf3", "rstp");
    }

    @Test
    void aChildThatOpensALaterFamilysOrderGoesFirst() {
        assertThat(ChildOrder.merge(List.of(List.of("a", "b"), List.of("x", "a", "b")))).containsExactly("x", "a", "b");
    }

    @Test
    void familiesThatAgreeAreAllRespected() {
        List<List<String>> orders = List.of(List.of("a", "c"), List.of("a", "b", "c"), List.of("b", "c", "d"));

        assertThat(ChildOrder.respectsAll(ChildOrder.merge(orders), orders)).isTrue();
    }

    @Test
    void familiesThatOrderTheSameChildrenDifferentlyAreNotAllRespectedAndTheFirstWins() {
        List<List<String>> orders = List.of(List.of("ike", "ipsec"), List.of("ipsec", "ike"));
        List<String> merged = ChildOrder.merge(orders);

        assertThat(merged).containsExactly("ike", "ipsec");
        assertThat(ChildOrder.respectsAll(merged, orders)).isFalse();
    }
}
