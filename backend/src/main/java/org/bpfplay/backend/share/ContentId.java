package org.bpfplay.backend.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The id of a share, derived from its content: SHA-256 over a versioned prefix plus the canonical JSON,
 * written in lower-case RFC 4648 base32 (a-z, 2-7: case-insensitive, no punctuation, safe in URLs and
 * when read aloud). The id is the shortest prefix of that text, at least {@link #MIN_LENGTH} characters,
 * that is not already taken by different content; equal content always finds its own earlier id first.
 *
 * <p>With 8 characters (40 bits) a collision between different shares needs about a million stored
 * shares to become likely; the store then simply takes the next longer prefix.
 */
record ContentId(String hash) {
    static final int MIN_LENGTH = 8;
    private static final String VERSION = "bpfplay share v1\n";
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[a-z2-7]{" + MIN_LENGTH + ",52}");

    ContentId {
        if (hash.length() != 52) {
            throw new IllegalArgumentException("a content hash has 52 base32 characters");
        }
    }

    static ContentId of(String canonicalJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(VERSION.getBytes(StandardCharsets.UTF_8));
            return new ContentId(base32(sha.digest(canonicalJson.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The id candidate of a given length, the shortest first. */
    String prefix(int length) {
        return hash.substring(0, length);
    }

    /** Whether a string can be a share id at all (checked before touching the database). */
    static boolean wellFormed(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
