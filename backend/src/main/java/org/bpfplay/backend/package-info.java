/**
 * The Spring Boot application. Features live in sub-packages: {@code playground} (the page),
 * {@code share} (share links and their storage), {@code session} (the WebSocket protocol and the seam
 * where the engine plugs in), {@code system} (configuration records, error model, health).
 */
package org.bpfplay.backend;
