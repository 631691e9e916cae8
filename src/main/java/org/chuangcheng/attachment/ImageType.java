package org.chuangcheng.attachment;

import java.util.Optional;

/**
 * The image formats accepted as evidence, recognised by their first bytes ("magic numbers"), never by the
 * file name or the browser's claimed content type: a renamed document is refused.
 */
enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    final String contentType;
    final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /**
     * The name a browser sent, made safe to keep and show: no folders ("C:\\fakepath\\a.jpg", "/"), no
     * control or bidirectional-override characters (NUL, U+202E "gpj.exe"), at most 255 characters; a
     * default name when nothing is left.
     */
    static String displayName(String originalName, ImageType type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "photo." + type.extension;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static Optional<ImageType> sniff(byte[] head) {
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (head.length >= 12 && startsWith(head, 'R', 'I', 'F', 'F')
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
