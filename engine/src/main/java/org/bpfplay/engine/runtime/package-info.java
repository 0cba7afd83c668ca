/**
 * The run facade: turns a program, a program type and inputs (packet, context, map entries) into a
 * ready {@link org.bpfplay.engine.interp.Machine} the way the kernel's BPF_PROG_TEST_RUN prepares a
 * run (packet limits, skb/xdp contexts, the test socket), wires maps and the map/packet helpers, and
 * collects what a run produced (retval, data_out, map dumps, map changes per pc, events).
 */
package org.bpfplay.engine.runtime;
