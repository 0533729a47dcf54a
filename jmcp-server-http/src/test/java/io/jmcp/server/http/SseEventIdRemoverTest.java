package io.jmcp.server.http;

import org.junit.jupiter.api.Test;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SseEventIdRemoverTest {
    private final CharArrayWriter received = new CharArrayWriter();
    private final SseEventIdRemover remover = new SseEventIdRemover(new PrintWriter(received));

    private String written(String... pieces) throws IOException {
        for (String piece : pieces) {
            remover.write(piece);
        }
        remover.flush();
        return received.toString();
    }

    @Test
    void dropsTheIdLineOfEveryEvent() throws IOException {
        assertThat(written("id: s-1\nevent: message\ndata: {\"id\":1}\n\n", "id: s-1\nevent: message\ndata: {}\n\n"))
                .isEqualTo("event: message\ndata: {\"id\":1}\n\nevent: message\ndata: {}\n\n");
    }

    @Test
    void decidesAcrossWritesOfAnySize() throws IOException {
        assertThat(written("i", "d", ":", " x", "\nev", "ent: message\n", "da", "ta: {\"id:\":2}\n", "\n"))
                .isEqualTo("event: message\ndata: {\"id:\":2}\n\n");
    }

    @Test
    void keepsLinesThatOnlyStartLikeAnId() throws IOException {
        assertThat(written("idle: 1\ni\n: comment id: 3\ndata: id: 4\n\n"))
                .isEqualTo("idle: 1\ni\n: comment id: 3\ndata: id: 4\n\n");
    }

    @Test
    void reportsAClientThatWentAway() {
        PrintWriter broken = new PrintWriter(new CharArrayWriter()) {
            @Override
            public boolean checkError() {
                return true;
            }
        };
        SseEventIdRemover onBrokenStream = new SseEventIdRemover(broken);

        assertThatThrownBy(onBrokenStream::flush).isInstanceOf(IOException.class);
    }
}
