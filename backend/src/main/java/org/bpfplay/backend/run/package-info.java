/**
 * The engine behind the REST API: assembling, disassembling, verifying and running programs
 * ({@code /api/assemble}, {@code /api/disassemble}, {@code /api/verify}, {@code /api/run}, {@code /api/examples}).
 * {@link org.bpfplay.backend.run.VerifierRuns} is the one place that runs the verifier (REST and socket),
 * {@link org.bpfplay.backend.run.VerifierJson} writes its events and verdict.
 * Controllers stay thin; {@link org.bpfplay.backend.run.EngineRuns} is the one place that sets up a run
 * (the engine's {@code ProgramRun} with the settings of {@link org.bpfplay.backend.run.RunSettings}), and
 * {@link org.bpfplay.backend.run.EngineJson} is the one place that writes engine data as JSON (shared
 * with the WebSocket debugger in {@code org.bpfplay.backend.debug}).
 */
package org.bpfplay.backend.run;
