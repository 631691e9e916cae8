package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;

/** Finding 9 of the hostile run: simultaneous imports of one task book, and workbooks built to hurt. */
class HostileTaskBookTests extends AbstractIntegrationTests {

    @Autowired
    TaskBookImport importer;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    Actor office() {
        return accounts.findByUsername("office").orElseThrow().toActor();
    }

    @Test
    void twoSimultaneousImportsOfOneBookCreateItsTasksOnceAndTheSecondFindsThemImported() throws Exception {
        String book = "同时导入-" + UUID.randomUUID();
        byte[] file = TaskBookFiles.good();
        Actor office = office();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return importer.importAll(office, new ByteArrayInputStream(file), book, 2026);
                }));
            }
            start.countDown();
            List<Integer> created = new ArrayList<>();
            for (Future<Integer> result : results) {
                created.add(result.get());
            }
            assertThat(created).containsExactlyInAnyOrder(7, 0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from tasks where book = ?", Long.class, book)).isEqualTo(7);
    }

    @Test
    void aWorkbookWithAHundredMegabyteCellIsNotAReadableWorkbook() throws IOException {
        ImportPreview preview = importer.preview(office(), new ByteArrayInputStream(withHugeCell(100 << 20)), "x", 2026);

        assertThat(preview.fileProblems()).extracting(ImportProblem::messageKey)
                .containsExactly("task.import.notAWorkbook");
    }

    @Test
    void aWorkbookWithAnIncompressibleOversizedCellIsNotAReadableWorkbook() throws IOException {
        ImportPreview preview = importer.preview(office(), new ByteArrayInputStream(withRandomCell(9 << 20)), "x", 2026);

        assertThat(preview.fileProblems()).extracting(ImportProblem::messageKey)
                .containsExactly("task.import.notAWorkbook");
    }

    @Test
    @WithUserDetails("office")
    void uploadingAHostileWorkbookShowsTheMessageNotAnError() throws Exception {
        String notReadable = "该文件不是 Excel 表格";
        for (byte[] hostile : List.of(withHugeCell(100 << 20), withRandomCell(9 << 20), truncated())) {
            mvc.perform(multipart("/tasks/import")
                            .file(new MockMultipartFile("file", "任务书.xlsx", "application/octet-stream", hostile))
                            .param("book", "恶意文件").param("year", "2026").with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(notReadable)));
        }
    }

    /** A good task book whose first shared string has {@code size} more characters: compresses ~1000:1. */
    static byte[] withHugeCell(int size) throws IOException {
        return rewritingSharedStrings(out -> {
            byte[] chunk = "A".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
        });
    }

    /** Random letters: compress only ~1.6:1, so no zip-bomb ratio catches them. */
    static byte[] withRandomCell(int size) throws IOException {
        java.util.Random random = new java.util.Random(9);
        return rewritingSharedStrings(out -> {
            byte[] chunk = new byte[1 << 16];
            for (int written = 0; written < size; written += chunk.length) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (byte) ('a' + random.nextInt(26));
                }
                out.write(chunk);
            }
        });
    }

    static byte[] truncated() {
        byte[] good = TaskBookFiles.good();
        return java.util.Arrays.copyOf(good, good.length / 2);
    }

    interface Filler {
        void fill(OutputStream out) throws IOException;
    }

    private static byte[] rewritingSharedStrings(Filler filler) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TaskBookFiles.good()));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int text = xml.indexOf("<t>") + 3;
                    out.write(xml.substring(0, text).getBytes(StandardCharsets.UTF_8));
                    filler.fill(out);
                    out.write(xml.substring(text).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
