/**
 * Checks on the differential test corpus in {@code src/test/resources/diff/run/}: programs, input packets and
 * the kernel's recorded answers (BPF_PROG_TEST_RUN via kernel-oracle), which the interpreter is compared with.
 */
package org.bpfplay.engine.diff;
