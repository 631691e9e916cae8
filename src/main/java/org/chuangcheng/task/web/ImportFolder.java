package org.chuangcheng.task.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.shared.StaleFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where uploaded task books wait between preview and confirmation ({@code app.data-dir}/imports). A
 * confirmed or cancelled upload is deleted at once; one never confirmed (the office closed the tab, the
 * session ended) is deleted once it is a day old.
 */
@Slf4j
@Component
class ImportFolder {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final Path folder;
    private final Clock clock;

    ImportFolder(@Value("${app.data-dir}") Path dataDir, Clock clock) {
        this.folder = dataDir.resolve("imports").toAbsolutePath();
        this.clock = clock;
    }

    Path folder() {
        return folder;
    }

    @Scheduled(initialDelayString = "${app.uploads.cleanup-every:PT6H}",
            fixedDelayString = "${app.uploads.cleanup-every:PT6H}")
    int deleteAbandoned() {
        int deleted = StaleFiles.delete(folder, clock.instant().minus(KEPT_FOR), file -> true);
        if (deleted > 0) {
            log.info("Deleted {} task book uploads never confirmed", deleted);
        }
        return deleted;
    }
}
