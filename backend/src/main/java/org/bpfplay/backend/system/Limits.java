package org.bpfplay.backend.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every size, rate and time budget of the web application, bound from {@code bpfplay.limits.*}.
 * One record so operators find all knobs in one place; the defaults are sized for a public instance
 * with a few hundred concurrent sessions on a small machine.
 *
 * @param shareBytes          largest accepted share body (bytes of the POSTed JSON)
 * @param wsMessageBytes      largest WebSocket text message the server accepts (larger closes with 1009)
 * @param wsMessagesPerSecond sustained client message rate per session (token bucket refill)
 * @param wsBurst             client messages allowed in a burst (token bucket size)
 * @param wsIdleTimeout       a session without client messages for this long is closed
 * @param wsOutboxMessages    outgoing messages queued per session before producers are held back
 * @param wsBatchMessages     most messages combined into one {@code batch} frame
 * @param wsSendTimeout       how long a producer waits on a full outbox before the client is dropped as too slow
 * @param wsMaxSessions       open WebSocket sessions per server
 * @param programInsns        largest program accepted by engine commands
 * @param runSteps            interpreter step budget per run
 * @param cpuTime             wall-clock budget per verify or run, and per debugger command
 * @param sourceBytes         largest program source (characters) the assembler is given
 * @param packetBytes         largest input packet (bytes, after building it from its description)
 * @param sessionCpuTime      wall-clock the engine may spend on one WebSocket session in total
 */
@ConfigurationProperties("bpfplay.limits")
public record Limits(
        @DefaultValue("262144") int shareBytes,
        @DefaultValue("262144") int wsMessageBytes,
        @DefaultValue("50") int wsMessagesPerSecond,
        @DefaultValue("100") int wsBurst,
        @DefaultValue("10m") Duration wsIdleTimeout,
        @DefaultValue("1024") int wsOutboxMessages,
        @DefaultValue("256") int wsBatchMessages,
        @DefaultValue("10s") Duration wsSendTimeout,
        @DefaultValue("200") int wsMaxSessions,
        @DefaultValue("1000000") int programInsns,
        @DefaultValue("1000000") long runSteps,
        @DefaultValue("5s") Duration cpuTime,
        @DefaultValue("262144") int sourceBytes,
        @DefaultValue("65535") int packetBytes,
        @DefaultValue("60s") Duration sessionCpuTime) {

    public Limits {
        positive("share-bytes", shareBytes);
        positive("ws-message-bytes", wsMessageBytes);
        positive("ws-messages-per-second", wsMessagesPerSecond);
        positive("ws-burst", wsBurst);
        positive("ws-outbox-messages", wsOutboxMessages);
        positive("ws-batch-messages", wsBatchMessages);
        positive("ws-max-sessions", wsMaxSessions);
        positive("program-insns", programInsns);
        positive("run-steps", runSteps);
        positive("source-bytes", sourceBytes);
        positive("packet-bytes", packetBytes);
        if (wsIdleTimeout.isNegative() || wsIdleTimeout.isZero()) {
            throw new IllegalArgumentException("bpfplay.limits.ws-idle-timeout must be positive");
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("bpfplay.limits." + name + " must be positive, was " + value);
        }
    }
}
