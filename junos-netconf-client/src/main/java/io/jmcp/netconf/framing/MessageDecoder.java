package io.jmcp.netconf.framing;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * Turns a framed NETCONF byte stream back into messages. Bytes may arrive split anywhere: a
 * decoder keeps its state between calls. Not thread-safe: one reader feeds it.
 */
public interface MessageDecoder {

    /**
     * Consumes every remaining byte of {@code input} and hands each message completed by them
     * to {@code sink}, in order.
     *
     * @throws FramingException when the bytes break the framing; the decoder is then unusable
     */
    void decode(ByteBuffer input, Consumer<NetconfMessage> sink);

    /**
     * The peer closed the stream.
     *
     * @throws FramingException when a message was under way
     */
    void endOfInput();
}
