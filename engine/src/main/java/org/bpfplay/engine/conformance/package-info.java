/**
 * The bpf_conformance suite: its {@code .data} file format, a runner that checks every file, and
 * the plugin protocol its upstream runner uses to drive us.
 */
package org.bpfplay.engine.conformance;
