package org.chuangcheng.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.AopTestUtils;

/**
 * The uploads disk is full: the upload is refused with a message that says so, nothing of the step is saved,
 * and no file is left behind, not even the first bytes of the photo that did not fit. The disk is simulated
 * inside the test JVM (a writer that writes what fits on the real folder, then fails as Linux does); the same
 * fault on a real 5 MB tmpfs is {@code scripts/fault-disk-full.sh}.
 */
class FullDiskTests extends AbstractIntegrationTests {

    @Autowired
    AttachmentStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Value("${app.uploads-dir}")
    Path uploads;

    /** A disk with {@code free} bytes left: writes what fits, then throws as the JDK does on ENOSPC. */
    static AttachmentStore.FileWriting diskWith(long free) {
        AtomicLong left = new AtomicLong(free);
        return (target, content) -> {
            try (OutputStream out = Files.newOutputStream(target)) {
                int fits = (int) Math.min(content.length, Math.max(0, left.get()));
                out.write(content, 0, fits);
                left.addAndGet(-fits);
                if (fits < content.length) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    AttachmentStore target() {
        return AopTestUtils.getUltimateTargetObject(store);
    }

    @AfterEach
    void diskIsEmptiedAgain() {
        target().writeFilesNormally();
    }

    Set<Path> storedFiles() throws IOException {
        if (!Files.exists(uploads)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(uploads)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    Actor office() {
        Long id = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
        return new Actor(id, "office", "王创城", Role.OFFICE, null);
    }

    @Test
    void aPhotoThatDoesNotFitIsRefusedAsStorageFullAndItsFirstBytesAreDeleted() throws Exception {
        byte[] photo = ImageBombTests.png(300, 200);
        Set<Path> before = storedFiles();
        long rows = jdbc.queryForObject("select count(*) from attachments", Long.class);
        target().writeFilesWith(diskWith(photo.length / 2));

        assertThatThrownBy(() -> store.store("photo.png", photo, office()))
                .isInstanceOf(AttachmentRejected.class)
                .hasMessage("attachment.storageFull");

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from attachments", Long.class)).isEqualTo(rows);
    }

    @Test
    void anotherWriteFailureIsRefusedWithoutClaimingTheDiskIsFull() throws Exception {
        target().writeFilesWith((target, content) -> {
            throw new java.nio.file.AccessDeniedException(target.toString());
        });

        assertThatThrownBy(() -> store.store("photo.png", ImageBombTests.png(30, 20), office()))
                .isInstanceOf(AttachmentRejected.class)
                .hasMessage("attachment.storageFailed");
    }

    @Test
    void evidenceWhoseSecondPhotoDoesNotFitSavesNothingAndLeavesNoFile() throws Exception {
        Map<String, Object> problem = jdbc.queryForMap("select p.id, p.version from problems p join accounts a"
                + " on a.unit_id = p.responsible_unit_id where a.username = 'liaison' and p.status = 'ASSIGNED'"
                + " order by p.id limit 1");
        long events = jdbc.queryForObject("select count(*) from problem_events where problem_id = ?", Long.class,
                problem.get("id"));
        long rows = jdbc.queryForObject("select count(*) from attachments", Long.class);
        byte[] photo = ImageBombTests.png(300, 200);
        Set<Path> before = storedFiles();
        // the first photo fits whole, the second only half: the first was written when the second failed
        target().writeFilesWith(diskWith(photo.length + photo.length / 2));

        mvc.perform(multipart("/problems/" + problem.get("id") + "/submit")
                        .file(new MockMultipartFile("photos", "before.png", "image/png", photo))
                        .file(new MockMultipartFile("photos", "after.png", "image/png", photo))
                        .with(user(users.loadUserByUsername("liaison"))).with(csrf())
                        .param("version", "" + problem.get("version")).param("text", "已整改"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("submitForm", "photos", "attachment.storageFull"))
                .andExpect(content().string(Matchers.containsString("服务器存放照片的磁盘已满")));

        assertThat(jdbc.queryForMap("select status, version from problems where id = ?", problem.get("id")))
                .containsEntry("status", "ASSIGNED").containsEntry("version", problem.get("version"));
        assertThat(jdbc.queryForObject("select count(*) from problem_events where problem_id = ?", Long.class,
                problem.get("id"))).isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from attachments", Long.class)).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(before);
    }
}
