package org.bpfplay.engine.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A directory of {@code .data} files: loads them in file-name order and checks each one. */
public final class ConformanceSuite {
    private ConformanceSuite() {
    }

    /** The {@code *.data} files directly in a directory, sorted by name (the upstream runner's order). */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".data") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .collect(Collectors.toList());
        }
    }

    /** Reads and parses one file; an unreadable file becomes a test with a problem. */
    public static ConformanceTest load(Path file) {
        String name = file.getFileName().toString();
        try {
            return ConformanceTestParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new ConformanceTest(name, "", List.of(), new byte[0], 0, null, null,
                    List.of("cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * Checks every file of a directory.
     *
     * @throws IOException only if the directory itself cannot be listed
     */
    public static ConformanceReport run(Path dir, ProgramRunner runner) throws IOException {
        List<ConformanceResult> results = new ArrayList<>();
        for (Path file : files(dir)) {
            results.add(ConformanceRunner.check(load(file), runner));
        }
        return new ConformanceReport(results);
    }
}
