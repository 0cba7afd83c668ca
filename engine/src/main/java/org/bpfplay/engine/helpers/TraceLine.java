package org.bpfplay.engine.helpers;

/**
 * One trace_printk / trace_vprintk event as trace_pipe shows it. The header follows the ftrace
 * default output observed on Linux 6.18 (scripts/record-helpers-trace.sh): comm right-aligned in 16
 * columns, '-', pid left-aligned in 7, " [cpu3] ", the 5 flag characters, the timestamp as
 * seconds.microseconds right-aligned in 5+7, then ": bpf_trace_printk: " and the message. ftrace
 * appends a newline to every event, so a message ending in "\n" is followed by an empty line.
 */
public record TraceLine(String comm, int pid, int cpu, String flags, long timestampNs, String message) {
    /** The bytes trace_pipe prints for this event, including the final newline. */
    public String render() {
        return String.format("%16s-%-7d [%03d] %s %5d.%06d: bpf_trace_printk: %s", comm, pid, cpu, flags,
                timestampNs / 1_000_000_000L, timestampNs % 1_000_000_000L / 1000, message) + "\n";
    }

    @Override
    public String toString() {
        return render();
    }
}
