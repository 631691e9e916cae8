package org.chuangcheng.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

class AttachmentStoreTests extends AbstractIntegrationTests {

    @Autowired
    AttachmentStore store;

    @Autowired
    JdbcTemplate jdbc;

    Actor office() {
        Long id = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
        return new Actor(id, "office", "王创城", Role.OFFICE, null);
    }

    static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void storesAnImageWithAThumbnailAndServesIt() throws Exception {
        Attachment saved = store.store(new MockMultipartFile("photos", "现场.png", "image/png", png(800, 600)), office());

        assertThat(saved.getContentType()).isEqualTo("image/png");
        assertThat(saved.isHasThumbnail()).isTrue();
        assertThat(saved.getOriginalName()).isEqualTo("现场.png");
        assertThat(store.serve(saved.getId(), true).mediaType().toString()).isEqualTo("image/jpeg");
        assertThat(store.serve(saved.getId(), false).content().contentLength()).isEqualTo(saved.getSizeBytes());
        assertThat(store.serve(saved.getId(), false).inline().getHeaders().getContentType().toString())
                .isEqualTo("image/png");
    }

    @Test
    void aRenamedNonImageIsRefusedWhateverItsNameAndClaimedType() {
        MockMultipartFile fake = new MockMultipartFile("photos", "photo.jpg", "image/jpeg",
                "%PDF-1.4 not a photo".getBytes());

        assertThatThrownBy(() -> store.store(fake, office()))
                .isInstanceOf(AttachmentRejected.class)
                .hasMessage("attachment.notAnImage");
    }

    @Test
    void oneBadFileRefusesTheWholeSetAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from attachments", Long.class);
        List<org.springframework.web.multipart.MultipartFile> files = List.of(
                new MockMultipartFile("photos", "a.png", "image/png", png(10, 10)),
                new MockMultipartFile("photos", "b.png", "image/png", "not an image".getBytes()));

        assertThatThrownBy(() -> store.storeAll(files, office())).isInstanceOf(AttachmentRejected.class);
        assertThat(jdbc.queryForObject("select count(*) from attachments", Long.class)).isEqualTo(before);
    }

    @Test
    void emptyPartsAreIgnored() {
        assertThat(store.storeAll(List.of(new MockMultipartFile("photos", "", "application/octet-stream", new byte[0])),
                office())).isEmpty();
    }

    @Test
    void imageTypesAreRecognisedByTheirFirstBytes() {
        assertThat(ImageType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains(ImageType.JPEG);
        assertThat(ImageType.sniff("RIFF1234WEBPVP8 ".getBytes())).contains(ImageType.WEBP);
        assertThat(ImageType.sniff("GIF89a".getBytes())).contains(ImageType.GIF);
        assertThat(ImageType.sniff("<svg xmlns=".getBytes())).isEmpty();
    }
}
