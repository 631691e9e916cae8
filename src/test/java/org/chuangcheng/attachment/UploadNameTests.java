package org.chuangcheng.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/** Whatever name a browser sends with a photo, it is stored under a safe name and never fails the upload. */
class UploadNameTests extends AbstractIntegrationTests {

    @Autowired
    AttachmentStore store;
    @Autowired
    JdbcTemplate jdbc;

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    Actor office() {
        Long id = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
        return new Actor(id, "office", "王创城", Role.OFFICE, null);
    }

    @Test
    void aSlashANulOrNothingButControlsBecomeTheDefaultName() throws Exception {
        for (String hostile : new String[] {"/", "\0", "a\0/", "..", "\u202E\u0007", "C:\\", " "}) {
            Attachment saved = store.store(new MockMultipartFile("photos", hostile, "image/png", png()), office());
            assertThat(saved.getOriginalName()).as("%s", hostile).isEqualTo("photo.png");
            assertThat(store.serve(saved.getId(), false).inline().getStatusCode().value()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"C:\\fakepath\\现场.png|现场.png", "../../etc/passwd.png|passwd.png",
        "报告\u202Egnp.exe|报告gnp.exe", "a\0b.png|ab.png"})
    void foldersAndInvisibleControlsAreDroppedFromNames(String sent, String kept) {
        assertThat(ImageType.displayName(sent, ImageType.PNG)).isEqualTo(kept);
    }

    @Test
    void longNamesKeepTheirEnding() {
        assertThat(ImageType.displayName("x".repeat(300) + ".png", ImageType.PNG)).hasSize(255).endsWith(".png");
    }
}
