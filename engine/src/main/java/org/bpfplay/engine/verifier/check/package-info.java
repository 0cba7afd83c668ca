/**
 * Per-instruction checks and transfer functions: register operands, ALU (scalar and pointer
 * arithmetic), memory access (stack, context, packet), context access per program type (dispatching
 * to the tables of check/ctx), return-value rules per program type, and conditional jumps (branch
 * prediction, refinement, packet range marking).
 */
package org.bpfplay.engine.verifier.check;
