package org.chuangcheng.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.springframework.mock.web.MockMultipartFile;

/**
 * For tests that prove an upload left nothing behind: a photo no other test uploads, and the files in
 * the uploads folder with exactly its content (other test JVMs share the folder, so counting is no proof).
 */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    /** A small PNG whose pixels make it unlike any other upload. */
    public static byte[] uniquePng() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static MockMultipartFile photo(byte[] content) {
        return new MockMultipartFile("photos", "现场.png", "image/png", content);
    }

    /** An after photo for evidence (the city requires one by default, app.problems.after-photo-required). */
    public static List<org.springframework.web.multipart.MultipartFile> afterPhoto() {
        return List.of(photo(uniquePng()));
    }

    /** The files below {@code folder} whose content is exactly {@code content}. */
    public static List<Path> containing(Path folder, byte[] content) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> sameContent(f, content)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameContent(Path file, byte[] content) {
        try {
            return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            return false;
        }
    }
}
