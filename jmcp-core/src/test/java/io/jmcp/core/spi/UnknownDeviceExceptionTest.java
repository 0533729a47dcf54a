package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownDeviceExceptionTest {

    @Test
    void listsTheKnownRoutersSorted() {
        assertThat(new UnknownDeviceException("r9", List.of("r2", "r1")).getMessage())
                .isEqualTo("Router 'r9' not found in the device mapping; known routers: r1, r2");
    }

    @Test
    void saysWhenTheMappingIsEmpty() {
        assertThat(new UnknownDeviceException("r9", List.of()).getMessage())
                .isEqualTo("Router 'r9' not found in the device mapping; the device mapping is empty");
    }

    @Test
    void shortensALongListAndPointsToGetRouterList() {
        List<String> names = IntStream.range(0, 25).mapToObj(i -> String.format("r%02d", i)).toList();

        assertThat(new UnknownDeviceException("x", names).getMessage())
                .endsWith("r09 and 15 more (see get_router_list)");
    }
}
