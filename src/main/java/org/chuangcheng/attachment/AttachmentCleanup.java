package org.chuangcheng.attachment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.shared.StaleFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes uploaded files that no attachment record names and that are older than a day: what a killed
 * process or a crash between writing a file and committing its record left behind (a rolled-back upload
 * is deleted at once by {@link AttachmentStore}). The day of grace keeps uploads still in flight safe.
 */
@Slf4j
@Component
class AttachmentCleanup {

    static final Duration GRACE = Duration.ofDays(1);

    private final Attachments attachments;
    private final Path root;
    private final Clock clock;

    AttachmentCleanup(Attachments attachments, @Value("${app.uploads-dir}") Path root, Clock clock) {
        this.attachments = attachments;
        this.root = root.toAbsolutePath();
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${app.uploads.cleanup-every:PT6H}",
            fixedDelayString = "${app.uploads.cleanup-every:PT6H}")
    @Transactional(readOnly = true)
    public int deleteOrphans() {
        Set<String> named = attachments.storageKeys();
        int deleted = StaleFiles.delete(root, clock.instant().minus(GRACE),
                file -> !named.contains(storageKeyOf(file)));
        if (deleted > 0) {
            log.info("Deleted {} uploaded files that no record names", deleted);
        }
        return deleted;
    }

    /** The storage key a file belongs to: its own, or the photo's for a thumbnail. */
    private static String storageKeyOf(String file) {
        String suffix = AttachmentStore.THUMBNAIL_SUFFIX;
        return file.endsWith(suffix) ? file.substring(0, file.length() - suffix.length()) : file;
    }
}
