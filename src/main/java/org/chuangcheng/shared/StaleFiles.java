package org.chuangcheng.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import lombok.extern.slf4j.Slf4j;

/**
 * Deletes the files below a folder that were last written before a moment and that no record wants any
 * more: what a crash, a killed request or an abandoned upload left behind.
 */
@Slf4j
public final class StaleFiles {

    private StaleFiles() {
    }

    /**
     * Deletes every regular file below {@code folder} last modified before {@code before} for which
     * {@code unwanted} holds (its path relative to the folder, with '/'); returns how many were deleted.
     */
    public static int delete(Path folder, Instant before, Predicate<String> unwanted) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> old;
        try (Stream<Path> files = Files.walk(folder)) {
            old = files.filter(Files::isRegularFile).filter(f -> modifiedBefore(f, before)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int deleted = 0;
        for (Path file : old) {
            if (unwanted.test(folder.relativize(file).toString().replace('\\', '/')) && deleteQuietly(file)) {
                deleted++;
            }
        }
        return deleted;
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the stale file {}: {}", file, e.getMessage());
            return false;
        }
    }
}
