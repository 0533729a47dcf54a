package io.jmcp.core.spi;

/**
 * Why a session is borrowed. It decides whether a call that lost its connection is retried:
 * a read is repeated once on a fresh connection; a write never is, because the device may
 * already have applied it.
 */
public enum Purpose {
    READ, WRITE
}
