package org.chuangcheng.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Task books uploaded for a preview and never confirmed do not pile up. */
class ImportFolderTests {

    @TempDir
    Path dataDir;

    @Test
    void uploadsNeverConfirmedAreDeletedOnceADayOld() throws Exception {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        ImportFolder imports = new ImportFolder(dataDir, Clock.fixed(now, ZoneId.of("Asia/Shanghai")));
        Files.createDirectories(imports.folder());
        Path abandoned = Files.write(imports.folder().resolve("abandoned.xlsx"), new byte[] {1});
        Path waiting = Files.write(imports.folder().resolve("waiting.xlsx"), new byte[] {2});
        Files.setLastModifiedTime(abandoned, FileTime.from(now.minus(Duration.ofHours(25))));
        Files.setLastModifiedTime(waiting, FileTime.from(now.minus(Duration.ofHours(2))));

        assertThat(imports.deleteAbandoned()).isEqualTo(1);

        assertThat(abandoned).doesNotExist();
        assertThat(waiting).exists();
    }
}
