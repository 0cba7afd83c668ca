package org.bpfplay.engine.verifier.explore;

/**
 * One step of the current path, newest first: the pc and, for a fixed-offset stack access, the
 * slot and frame it touched (-1 otherwise). Shared between branches (immutable), so a queued
 * branch keeps the path that led to it.
 */
record History(int pc, History prev, int stackSpi, int stackFrame) {
}
