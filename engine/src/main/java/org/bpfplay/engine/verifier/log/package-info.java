/**
 * The verifier's output: the kernel-syntax disassembler used in log lines, the register/stack
 * state printer, the log buffer with the kernel's alignment and rewind rules, and the structured
 * event stream for the UI.
 */
package org.bpfplay.engine.verifier.log;
