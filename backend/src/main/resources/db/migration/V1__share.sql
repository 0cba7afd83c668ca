-- Share links (org.bpfplay.backend.share). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
-- id:           the short content-derived id (a prefix of content_hash, lengthened on collision)
-- content_hash: the full SHA-256 of the canonical JSON in base32 (52 chars)
-- content:      the canonical JSON document, never updated (shares are immutable)
CREATE TABLE share (
    id           VARCHAR(52)  NOT NULL PRIMARY KEY,
    content_hash VARCHAR(52)  NOT NULL,
    content      TEXT         NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);

CREATE INDEX share_content_hash ON share (content_hash);
