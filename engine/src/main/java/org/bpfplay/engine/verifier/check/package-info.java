/**
 * Per-instruction checks and transfer functions: register operands, ALU (scalar and pointer
 * arithmetic), memory access (stack, context, packet, map values/keys and ring buffer records),
 * context layouts per program type, conditional jumps (branch prediction, refinement, packet range
 * marking, null checks), and helper calls (argument checks by prototype, map/helper pairing,
 * references acquired and released).
 */
package org.bpfplay.engine.verifier.check;
