package org.chuangcheng.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Decompression bombs: an image whose header claims more pixels than the limit is refused before it is
 * decoded, with a field message, no 500 and no file left behind; big but allowed images are decoded
 * subsampled, a few at a time.
 */
class ImageBombTests extends AbstractIntegrationTests {

    @Autowired
    AttachmentStore store;
    @Autowired
    ImageDecoder decoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Value("${app.uploads-dir}")
    Path uploads;

    /** 29 bytes: a GIF whose logical screen and only image claim 20000 × 20000 pixels. */
    static byte[] gifBomb() {
        return new byte[] {'G', 'I', 'F', '8', '9', 'a', 0x20, 0x4E, 0x20, 0x4E, 0, 0, 0,
            0x2C, 0, 0, 0, 0, 0x20, 0x4E, 0x20, 0x4E, 0, 0x02, 0x02, 0x4C, 0x01, 0, 0x3B};
    }

    /** A valid grayscale PNG of the given size, all black, streamed so the test itself stays small. */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    Actor office() {
        Long id = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
        return new Actor(id, "office", "王创城", Role.OFFICE, null);
    }

    long storedFiles() throws IOException {
        if (!Files.exists(uploads)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(uploads)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    long attachmentRows() {
        return jdbc.queryForObject("select count(*) from attachments", Long.class);
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void aTinyGifClaimingTwentyThousandSquaredPixelsIsRefusedBeforeDecodingAndNothingIsStored() throws Exception {
        long files = storedFiles();
        long rows = attachmentRows();

        assertThatThrownBy(() -> store.store(new MockMultipartFile("photos", "bomb.gif", "image/gif", gifBomb()), office()))
                .isInstanceOf(AttachmentRejected.class)
                .hasMessage("attachment.tooManyPixels")
                .satisfies(e -> assertThat(((AttachmentRejected) e).getArguments()).containsExactly("20000", "20000", "40"));
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(attachmentRows()).isEqualTo(rows);
    }

    @Test
    void aRealTwelveThousandSquaredPngIsRefusedByItsHeader() throws Exception {
        byte[] big = png(12000, 12000);
        assertThat(big.length).isLessThan(1_000_000);
        long files = storedFiles();

        assertThatThrownBy(() -> store.storeAll(List.of(new MockMultipartFile("photos", "big.png", "image/png", big)), office()))
                .isInstanceOf(AttachmentRejected.class)
                .hasMessage("attachment.tooManyPixels");
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void aFileWhoseHeaderCannotBeReadIsNotAnImage() {
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0};
        assertThatThrownBy(() -> store.store("broken.png", broken, office()))
                .isInstanceOf(AttachmentRejected.class)
                .hasMessage("attachment.notAnImage");
    }

    @Test
    void aWebpCanvasIsReadFromItsHeaderAndRefusedAboveTheLimitToo() {
        byte[] webp = new byte[40];
        System.arraycopy("RIFF\0\0\0\0WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 16);
        // canvas 30000 × 30000, stored minus one, little endian, 24 bits each
        int side = 30000 - 1;
        webp[24] = (byte) side;
        webp[25] = (byte) (side >> 8);
        webp[27] = (byte) side;
        webp[28] = (byte) (side >> 8);
        assertThat(ImageDecoder.webpSize(webp)).contains(new ImageDecoder.Size(30000, 30000));
        assertThatThrownBy(() -> store.store("big.webp", webp, office()))
                .isInstanceOf(AttachmentRejected.class)
                .hasMessage("attachment.tooManyPixels");
    }

    @Test
    void bigButAllowedImagesAreDecodedSubsampledAFewAtATime() throws Exception {
        byte[] allowed = png(7000, 5000);
        int uploads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<Attachment>> results = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                results.add(pool.submit(() -> store.store("large.png", allowed, office())));
            }
            for (Future<Attachment> result : results) {
                assertThat(result.get().isHasThumbnail()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(decoder.mostAtOnce()).isBetween(1, 2);
    }

    @Test
    void subsamplingKeepsEveryDecodeWithinTheBudget() {
        for (int[] size : new int[][] {{6000, 6666}, {40000, 1000}, {1000, 40000}, {7000, 5000}, {800, 600}}) {
            int step = ImageDecoder.subsampling(size[0], size[1], AttachmentStore.THUMBNAIL_WIDTH);
            long decoded = (long) ((size[0] + step - 1) / step) * ((size[1] + step - 1) / step);
            assertThat(decoded).as("%d x %d by %d", size[0], size[1], step)
                    .isLessThanOrEqualTo(ImageDecoder.DECODE_BUDGET_PIXELS);
        }
        assertThat(ImageDecoder.subsampling(800, 600, AttachmentStore.THUMBNAIL_WIDTH)).isEqualTo(1);
    }

    // --- the three upload forms: a field message, never a 500, nothing stored

    @Test
    void theProgressReportFormShowsTheMessageAndStoresNothing() throws Exception {
        Long task = jdbc.queryForObject("select t.id from tasks t join units u on u.id = t.lead_unit_id"
                + " where u.short_name = '市市场监管局' and t.status <> 'CLOSED' order by t.seq limit 1", Long.class);
        long version = jdbc.queryForObject("select version from tasks where id = ?", Long.class, task);
        long files = storedFiles();
        long rows = attachmentRows();

        mvc.perform(multipart("/tasks/" + task + "/report").file(new MockMultipartFile("photos", "bomb.gif", "image/gif", gifBomb()))
                        .with(as("liaison")).with(csrf()).param("version", "" + version).param("text", "已整改"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("照片像素过大（20000 × 20000）")));
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(attachmentRows()).isEqualTo(rows);
    }

    @Test
    void theEvidenceFormShowsTheMessageOnThePhotosField() throws Exception {
        Map<String, Object> problem = jdbc.queryForMap("select p.id, p.version from problems p join accounts a"
                + " on a.unit_id = p.responsible_unit_id where a.username = 'liaison' and p.status = 'ASSIGNED'"
                + " order by p.id limit 1");
        long files = storedFiles();

        mvc.perform(multipart("/problems/" + problem.get("id") + "/submit")
                        .file(new MockMultipartFile("photos", "big.png", "image/png", png(12000, 12000)))
                        .with(as("liaison")).with(csrf()).param("version", "" + problem.get("version")).param("text", "已整改"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("submitForm", "photos", "attachment.tooManyPixels"));
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(jdbc.queryForObject("select status from problems where id = ?", String.class, problem.get("id")))
                .isEqualTo("ASSIGNED");
    }

    @Test
    void theInspectionFormShowsTheMessageAndSavesNoInspection() throws Exception {
        Long checkpoint = jdbc.queryForObject("select id from checkpoints order by id limit 1", Long.class);
        long inspections = jdbc.queryForObject("select count(*) from inspections", Long.class);
        long files = storedFiles();

        mvc.perform(multipart("/inspections/new").file(new MockMultipartFile("photos", "bomb.gif", "image/gif", gifBomb()))
                        .with(as("inspector")).with(csrf()).param("checkpointId", "" + checkpoint)
                        .param("type", "ROUTINE").param("inspectedAt", "2026-11-20T09:30").param("inspectors", "赵督查")
                        .param("action", "draft"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("照片像素过大")));
        assertThat(jdbc.queryForObject("select count(*) from inspections", Long.class)).isEqualTo(inspections);
        assertThat(storedFiles()).isEqualTo(files);
    }
}
