/**
 * Tests of the repository's examples/ directory: every example runs with its documented CLI command and
 * agrees with the kernel's recorded results (scripts/check-examples.sh) and its header's expectations.
 */
package org.bpfplay.engine.examples;
