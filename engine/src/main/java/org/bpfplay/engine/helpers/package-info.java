/**
 * Kernel helper functions: their ids and names ({@link org.bpfplay.engine.helpers.HelperId}), prototypes as
 * data for the verifier ({@link org.bpfplay.engine.helpers.HelperProtos}, {@link org.bpfplay.engine.helpers.HelperAccess}),
 * the simulated deterministic world they read ({@link org.bpfplay.engine.helpers.World},
 * {@link org.bpfplay.engine.helpers.WorldState}, {@link org.bpfplay.engine.helpers.KernelMemory}), and the
 * implementations of the non-map, non-packet helpers installed by {@link org.bpfplay.engine.helpers.HelperLibrary}.
 */
package org.bpfplay.engine.helpers;
