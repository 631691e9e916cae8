package org.chuangcheng.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An uploaded file lives exactly as long as the record naming it: a refused set writes nothing, a rolled
 * back transaction takes its files along, and the cleanup deletes old files no record names.
 */
class UploadLifecycleTests extends AbstractIntegrationTests {

    @Autowired
    AttachmentStore store;
    @Autowired
    AttachmentCleanup cleanup;
    @Autowired
    AccountManagement accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${app.uploads-dir}")
    Path uploads;

    Actor office;

    @BeforeEach
    void office() {
        office = accounts.findByUsername("office").orElseThrow().toActor();
    }

    @Test
    void aSetWithOneBadFileWritesNothing() {
        byte[] good = UploadedFiles.uniquePng();

        assertThatThrownBy(() -> store.storeAll(List.of(UploadedFiles.photo(good),
                UploadedFiles.photo("not an image".getBytes())), office)).isInstanceOf(AttachmentRejected.class);

        assertThat(UploadedFiles.containing(uploads, good)).isEmpty();
    }

    @Test
    void theFilesOfATransactionThatRollsBackAreDeleted() {
        byte[] content = UploadedFiles.uniquePng();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            store.storeAll(List.of(UploadedFiles.photo(content)), office);
            assertThat(UploadedFiles.containing(uploads, content)).hasSize(1);
            throw new IllegalStateException("a later step failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(UploadedFiles.containing(uploads, content)).isEmpty();
    }

    @Test
    void theFilesOfACommittedTransactionStay() {
        byte[] content = UploadedFiles.uniquePng();

        Attachment kept = new TransactionTemplate(transactions).execute(status ->
                store.storeAll(List.of(UploadedFiles.photo(content)), office).get(0));

        assertThat(UploadedFiles.containing(uploads, content)).singleElement()
                .isEqualTo(uploads.toAbsolutePath().resolve(kept.getStorageKey()));
    }

    @Test
    void theCleanupDeletesOldFilesThatNoRecordNamesAndNothingElse() throws Exception {
        Attachment named = store.store("现场.png", UploadedFiles.uniquePng(), office);
        Path namedFile = uploads.toAbsolutePath().resolve(named.getStorageKey());
        Path namedThumbnail = Path.of(namedFile + AttachmentStore.THUMBNAIL_SUFFIX);
        Path oldOrphan = uploads.resolve("2020/01/orphan-" + System.nanoTime() + ".png");
        Path oldOrphanThumbnail = Path.of(oldOrphan + AttachmentStore.THUMBNAIL_SUFFIX);
        Path youngOrphan = uploads.resolve("2020/01/young-" + System.nanoTime() + ".png");
        Files.createDirectories(oldOrphan.getParent());
        for (Path file : List.of(oldOrphan, oldOrphanThumbnail, youngOrphan)) {
            Files.write(file, UploadedFiles.uniquePng());
        }
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (Path file : List.of(namedFile, namedThumbnail, oldOrphan, oldOrphanThumbnail)) {
            Files.setLastModifiedTime(file, twoDaysAgo);
        }

        assertThat(cleanup.deleteOrphans()).isGreaterThanOrEqualTo(2);

        assertThat(oldOrphan).doesNotExist();
        assertThat(oldOrphanThumbnail).doesNotExist();
        assertThat(youngOrphan).exists();
        assertThat(namedFile).exists();
        assertThat(namedThumbnail).exists();
        Files.delete(youngOrphan);
    }
}
