package org.chuangcheng.system;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * What every request parameter and form field must be before a controller sees it, for all controllers at
 * once: text without NUL characters (PostgreSQL refuses them: the user would see a misleading conflict page)
 * and without the invisible bidirectional overrides that make text read differently from what is stored;
 * dates in a year the campaign can mean (a year like -999999999 would fail in the database). A refused value
 * is a type mismatch: a field message on forms ({@code typeMismatch.java.lang.String},
 * {@code typeMismatch.java.time.LocalDate}), a 400 for plain parameters.
 */
@ControllerAdvice
class InputBinding {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor());
        binder.registerCustomEditor(LocalDate.class, new DateEditor());
    }

    /** Refuses NUL, drops bidirectional embedding, override and isolate controls. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("NUL in text");
        }
        return text.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "");
    }

    static final class TextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(clean(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    static final class DateEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO date", e);
            }
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new IllegalArgumentException("year out of range");
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
