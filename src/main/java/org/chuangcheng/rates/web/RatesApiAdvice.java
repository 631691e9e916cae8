package org.chuangcheng.rates.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.rates.InvalidRateFilter;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A bad query string on the JSON endpoint answers 400 with a JSON message, not the HTML error page the
 * application's global advice renders for browsers. Ordered first so it wins for this controller.
 */
@RestControllerAdvice(assignableTypes = RatesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class RatesApiAdvice {

    private final MessageSource messages;

    record ApiError(int status, String error, String message) {
    }

    @ExceptionHandler(InvalidRateFilter.class)
    ResponseEntity<ApiError> invalidFilter(InvalidRateFilter e) {
        return badRequest(message(e.getMessageKey(), e.getArguments()));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return badRequest(message("rates.invalid.parameter", name, String.valueOf(e.getValue())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return badRequest(message("rates.invalid.parameter", e.getParameterName(), ""));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<ApiError> badRequest(String message) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(new ApiError(400, HttpStatus.BAD_REQUEST.getReasonPhrase(), message));
    }
}
