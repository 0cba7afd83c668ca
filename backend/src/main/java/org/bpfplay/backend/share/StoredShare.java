package org.bpfplay.backend.share;

import java.time.Instant;

/** One row of the share table: the id, the full content hash, the canonical JSON and when it was first stored. */
record StoredShare(String id, String contentHash, String content, Instant createdAt) {
}
