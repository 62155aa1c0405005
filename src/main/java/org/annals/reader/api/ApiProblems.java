package org.annals.reader.api;

import jakarta.servlet.http.HttpServletRequest;
import org.annals.publication.EventMovedException;
import org.annals.publication.EventRetractedException;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem+json for every API error: 400 with the parameter and what to send instead, 404 for what does not
 * exist; anything unexpected is logged and answered 500 without internals. Spring's own errors (wrong method,
 * missing parameter…) come through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(basePackages = {"org.annals.reader.api", "org.annals.importexport.api"})
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        if (e.field() != null) {
            problem.setProperty("parameter", e.field());
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** A merged duplicate's permalink: 301 to the event it was merged into, so old links keep working. */
    @ExceptionHandler(EventMovedException.class)
    ResponseEntity<ProblemDetail> moved(EventMovedException e, HttpServletRequest request) {
        // the survivor's current permalink: a pinned revision of the duplicate has no counterpart in the survivor
        String uri = request.getRequestURI();
        int events = uri.indexOf("/events/");
        String location = events < 0 ? uri.substring(0, uri.lastIndexOf('/') + 1) + e.newSlug()
                : uri.substring(0, events + "/events/".length()) + e.newSlug();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.MOVED_PERMANENTLY, e.getMessage());
        problem.setTitle("Merged");
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", location).body(problem);
    }

    @ExceptionHandler(EventRetractedException.class)
    ProblemDetail retracted(EventRetractedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        problem.setTitle("Retracted");
        problem.setProperty("headline", e.headline());
        problem.setProperty("correctionNote", e.note());
        problem.setProperty("retractedAt", e.retractedAt().toString());
        return problem;
    }

    /** The servlet container could not decode the query string: the request is wrong, not the server. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail undecodable(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The query string could not be read: percent-encode its text as UTF-8");
        problem.setTitle("Invalid request");
        return problem;
    }

    /**
     * The database does not answer (an outage, a failover; see {@link org.annals.shared.DatabaseUnavailable}): 503 with
     * a time to retry after, so clients and caches wait a moment instead of reading a server fault; readiness reports
     * the same to the load balancer.
     */
    private static ResponseEntity<ProblemDetail> databaseAway(RuntimeException e) {
        log.warn("The database did not answer: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The timeline's database is not answering for a moment; try again shortly");
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5").body(problem);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (org.annals.shared.DatabaseUnavailable.is(e)) {
            return databaseAway(e);
        }
        log.error("Unexpected error in the public API", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the error has been logged");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }
}
