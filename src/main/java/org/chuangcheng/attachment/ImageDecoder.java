package org.chuangcheng.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps image decoding bounded: a photo's size is read from its header and refused above
 * {@code app.uploads.max-pixels} before anything is decoded (a 35-byte GIF can claim 20000 × 20000 pixels,
 * 400 million of them); thumbnails are decoded subsampled to at most {@link #DECODE_BUDGET_PIXELS}, and at
 * most {@code app.uploads.concurrent-decodes} at a time, so memory stays bounded however many arrive at once.
 */
@Slf4j
@Component
class ImageDecoder {

    /** Largest decoded (subsampled) image, in pixels: about 16 MB as RGB. */
    static final long DECODE_BUDGET_PIXELS = 4_000_000;

    /** Width and height as the file's header states them. */
    record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    private final long maxPixels;
    private final Semaphore decodes;
    private final long waitMillis;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    ImageDecoder(@Value("${app.uploads.max-pixels:40000000}") long maxPixels,
            @Value("${app.uploads.concurrent-decodes:2}") int concurrentDecodes,
            @Value("${app.uploads.decode-wait:PT20S}") java.time.Duration wait) {
        this.maxPixels = maxPixels;
        this.decodes = new Semaphore(Math.max(1, concurrentDecodes), true);
        this.waitMillis = wait.toMillis();
    }

    /**
     * Refuses an image whose header cannot be read or whose pixel count is above the limit; reads only the
     * header, never the pixels.
     */
    void checkSize(ImageType type, byte[] content) {
        Size size = size(type, content).orElseThrow(() -> new AttachmentRejected("attachment.notAnImage"));
        if (size.width() <= 0 || size.height() <= 0) {
            throw new AttachmentRejected("attachment.notAnImage");
        }
        if (size.pixels() > maxPixels) {
            // as text: a number argument would be shown with grouping ("20,000")
            throw new AttachmentRejected("attachment.tooManyPixels", String.valueOf(size.width()),
                    String.valueOf(size.height()), String.valueOf(maxPixels / 1_000_000));
        }
    }

    /** The size stated in the header, or empty when the header is unreadable. */
    static Optional<Size> size(ImageType type, byte[] content) {
        if (type == ImageType.WEBP) {
            return webpSize(content);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Optional<ImageReader> found = reader(in);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ImageReader reader = found.get();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a JPEG thumbnail {@code width} pixels wide; false when the image cannot be decoded, when the
     * server is too busy decoding others (the photo is then shown at full size), or when memory runs short.
     */
    boolean writeThumbnail(byte[] content, Path target, int width) {
        boolean acquired = false;
        try {
            acquired = decodes.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
            if (!acquired) {
                log.warn("No thumbnail for an upload: {} other images are being decoded", running.get());
                return false;
            }
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            BufferedImage image = decodeSubsampled(content, width);
            if (image == null) {
                return false;
            }
            int w = Math.min(width, image.getWidth());
            int h = Math.max(1, (int) ((long) image.getHeight() * w / image.getWidth()));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, Color.WHITE, null);
            g.dispose();
            return ImageIO.write(small, "jpg", target.toFile());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException | RuntimeException e) {
            log.info("No thumbnail for an upload: {}", e.getMessage());
            return false;
        } catch (OutOfMemoryError e) {
            // decoding is bounded, so this is another request's fault; the upload itself stays valid
            log.warn("No thumbnail for an upload: out of memory while decoding");
            return false;
        } finally {
            if (acquired) {
                running.decrementAndGet();
                decodes.release();
            }
        }
    }

    /** The most decodes that ran at the same time since start (for tests and diagnostics). */
    int mostAtOnce() {
        return mostAtOnce.get();
    }

    private static BufferedImage decodeSubsampled(byte[] content, int width) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Optional<ImageReader> found = reader(in);
            if (found.isEmpty()) {
                return null;
            }
            ImageReader reader = found.get();
            try {
                reader.setInput(in, true, true);
                int step = subsampling(reader.getWidth(0), reader.getHeight(0), width);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Every n-th row and column: enough for a thumbnail, never more than the decode budget. */
    static int subsampling(int width, int height, int thumbnailWidth) {
        int forWidth = Math.max(1, width / (2 * thumbnailWidth));
        int forBudget = (int) Math.ceil(Math.sqrt((double) width * height / DECODE_BUDGET_PIXELS));
        return Math.max(1, Math.max(forWidth, forBudget));
    }

    private static Optional<ImageReader> reader(ImageInputStream in) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        return readers.hasNext() ? Optional.of(readers.next()) : Optional.empty();
    }

    /** WebP is not decoded here, but browsers decode it: its canvas size comes from the first chunk. */
    static Optional<Size> webpSize(byte[] c) {
        if (c.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(c, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X":
                return Optional.of(new Size(1 + u24(c, 24), 1 + u24(c, 27)));
            case "VP8L": {
                if ((c[20] & 0xFF) != 0x2F) {
                    return Optional.empty();
                }
                int bits = (c[21] & 0xFF) | (c[22] & 0xFF) << 8 | (c[23] & 0xFF) << 16 | (c[24] & 0xFF) << 24;
                return Optional.of(new Size(1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF)));
            }
            case "VP8 ": {
                if ((c[23] & 0xFF) != 0x9D || (c[24] & 0xFF) != 0x01 || (c[25] & 0xFF) != 0x2A) {
                    return Optional.empty();
                }
                return Optional.of(new Size(u16(c, 26) & 0x3FFF, u16(c, 28) & 0x3FFF));
            }
            default:
                return Optional.empty();
        }
    }

    private static int u16(byte[] c, int at) {
        return (c[at] & 0xFF) | (c[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] c, int at) {
        return u16(c, at) | (c[at + 2] & 0xFF) << 16;
    }
}
