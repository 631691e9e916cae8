package org.chuangcheng.attachment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored photo (or its thumbnail) as a feature hands it out: the content, its media type and the name
 * it was uploaded with. Services return it; controllers answer with {@link #inline()}.
 */
public record AttachmentFile(Resource content, MediaType mediaType, String filename) {

    /**
     * The HTTP answer showing the photo in the page: privately cacheable for 30 days (a stored photo
     * never changes), never sniffed as anything but its type.
     */
    public ResponseEntity<Resource> inline() {
        return ResponseEntity.ok()
                .contentType(mediaType)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
