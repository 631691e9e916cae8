package org.chuangcheng.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The upload limits every page's script checks before sending photos (js/upload.js): as model values,
 * because the layout may not call beans (Thymeleaf's restricted mode inside fragments).
 */
@ControllerAdvice
class UploadLimitsAdvice {

    /** A photo's limit (e.g. "10MB") and one submission's. */
    @lombok.Getter
    @lombok.RequiredArgsConstructor
    static final class UploadLimits {
        private final String maxFile;
        private final String maxRequest;
    }

    private final UploadLimits limits;

    UploadLimitsAdvice(@Value("${app.uploads.max-file-size:10MB}") String maxFile,
            @Value("${spring.servlet.multipart.max-request-size:60MB}") String maxRequest) {
        this.limits = new UploadLimits(maxFile, maxRequest);
    }

    @ModelAttribute("uploadLimits")
    UploadLimits uploadLimits() {
        return limits;
    }
}
