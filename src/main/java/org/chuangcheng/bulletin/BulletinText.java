package org.chuangcheng.bulletin;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A bulletin is an official Chinese document: its text comes from the Chinese bundle whatever the reader's language. */
@Component
@RequiredArgsConstructor
class BulletinText {

    private final MessageSource messages;

    String get(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
