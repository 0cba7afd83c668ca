/**
 * Cross-cutting web plumbing: configuration records ({@link org.bpfplay.backend.system.Limits},
 * {@link org.bpfplay.backend.system.WebAccess}), the JSON error model shared by every REST endpoint
 * ({@link org.bpfplay.backend.system.ApiError}, the global handler and the {@code /error} fallback), and
 * the health endpoint.
 */
package org.bpfplay.backend.system;
