package org.chuangcheng.system;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the application's exceptions into friendly pages in the user's language: no stack trace
 * ever reaches a browser.
 */
@Slf4j
@ControllerAdvice
@RequiredArgsConstructor
class GlobalControllerAdvice {

    private final MessageSource messages;

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        return page("error/404", "error.notFound");
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badRequest(Exception e) {
        return page("error/400", "error.badRequest");
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        log.info("Concurrent edit refused on {}: {}", request.getRequestURI(), e.getMessage());
        return page("error/409", "error.conflict");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Constraint violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return page("error/409", "error.integrity");
    }

    @ExceptionHandler(BusinessRuleException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ModelAndView businessRule(BusinessRuleException e) {
        ModelAndView mav = new ModelAndView("error/rule");
        mav.addObject("message", messages.getMessage(e.getMessageKey(), e.getArguments(), e.getMessageKey(),
                LocaleContextHolder.getLocale()));
        return mav;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    ModelAndView uploadTooLarge(MaxUploadSizeExceededException e) {
        return page("error/413", "error.uploadTooLarge");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView noResource(NoResourceFoundException e) {
        return page("error/404", "error.notFound");
    }

    private ModelAndView page(String view, String messageKey) {
        ModelAndView mav = new ModelAndView(view);
        mav.addObject("message", messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()));
        return mav;
    }
}
