package org.chuangcheng.shared;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** Reference data carries its name in Chinese and English; pick the one of the user's language. */
public interface LocalizedName {

    String getNameZh();

    String getNameEn();

    default String getName() {
        Locale locale = LocaleContextHolder.getLocale();
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? getNameEn() : getNameZh();
    }
}
