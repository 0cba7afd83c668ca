package org.bpfplay.backend.share;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to the {@code share} table (schema: {@code db/migration/V1__share.sql}). Insert-only. */
@Repository
class ShareRepository {
    private final JdbcClient jdbc;

    ShareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredShare> find(String id) {
        return jdbc.sql("SELECT id, content_hash, content, created_at FROM share WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredShare(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** Shares with this full hash: at most one, since equal content always reuses its id. */
    List<StoredShare> findByHash(String contentHash) {
        return jdbc.sql("SELECT id, content_hash, content, created_at FROM share WHERE content_hash = ?")
                .param(contentHash)
                .query((rs, n) -> new StoredShare(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Inserts a new share; a concurrent insert of the same id surfaces as a DuplicateKeyException. */
    void insert(String id, String contentHash, String content, Instant createdAt) {
        jdbc.sql("INSERT INTO share (id, content_hash, content, size_bytes, created_at) VALUES (?, ?, ?, ?, ?)")
                .param(id)
                .param(contentHash)
                .param(content)
                .param(content.getBytes(StandardCharsets.UTF_8).length)
                .param(Timestamp.from(createdAt))
                .update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM share").query(Long.class).single();
    }
}
