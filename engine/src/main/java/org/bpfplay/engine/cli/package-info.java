/**
 * The command-line tool: {@code java -jar bpfplay-engine.jar COMMAND ...}. {@link Main} dispatches
 * to one {@link Command} class per command. Exit codes: 0 ok, 1 program error (assembly,
 * verification, runtime), 2 bad usage.
 */
package org.bpfplay.engine.cli;
