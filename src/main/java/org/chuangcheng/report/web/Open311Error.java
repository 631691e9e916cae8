package org.chuangcheng.report.web;

import org.springframework.http.HttpStatus;

/** A request the GeoReport API refuses, with the HTTP status and the description its error document carries. */
class Open311Error extends RuntimeException {

    private final HttpStatus status;

    Open311Error(HttpStatus status, String description) {
        super(description);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
