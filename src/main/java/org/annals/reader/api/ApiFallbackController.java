package org.annals.reader.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.annals.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what no API endpoint matches, so such requests get problem+json instead of falling through to the
 * Vaadin application: unknown paths are 404, and since the public API only reads, other methods are 405.
 */
// not an operation of the API: it only answers what no operation matches
@Hidden
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unmatched(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                    "The public API is read-only: use GET");
            problem.setTitle("Method not allowed");
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "GET, HEAD").body(problem);
        }
        throw new NotFoundException("There is no API resource at " + request.getRequestURI()
                + "; see /v3/api-docs for what there is");
    }
}
