package org.bpfplay.engine.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared bpf_conformance suite: the system property {@code bpfplay.shared} (the shared
 * directory or its conformance subdirectory), else the first {@code shared/conformance} found
 * walking up from the working directory. Tests that need it are skipped when it is absent.
 */
final class SharedConformance {
    private SharedConformance() {
    }

    static Path dir() {
        String prop = System.getProperty("bpfplay.shared");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            return Files.isDirectory(p.resolve("conformance")) ? p.resolve("conformance") : p;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The suite directory, or skips the calling test with a clear message. */
    static Path require() {
        Path dir = dir();
        assumeTrue(dir != null && Files.isDirectory(dir),
                "bpf_conformance suite not found: no shared/conformance above " + Path.of("").toAbsolutePath()
                        + " (set -Dbpfplay.shared=DIR)");
        return dir;
    }
}
