/**
 * Share links: an immutable snapshot of a playground (program, settings, inputs, map seeds, view)
 * stored under a short id derived from its content ({@link org.bpfplay.backend.share.ContentId}), served
 * as JSON at {@code /api/shares/{id}} and as a page at {@code /s/{id}}. Storage is plain SQL through
 * {@code JdbcClient} so the same schema runs on the embedded H2 file database and on PostgreSQL.
 */
package org.bpfplay.backend.share;
