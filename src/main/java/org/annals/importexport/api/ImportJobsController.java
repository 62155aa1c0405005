package org.annals.importexport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.annals.importexport.ImportJob;
import org.annals.importexport.ImportJobService;
import org.annals.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.util.UriComponentsBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The import API (decision 0032): what an administrator does at /admin/import, for scripts, with an API token. A file
 * sent is checked in the background; the job is polled for its progress and report, then imported or discarded.
 */
@RestController
@RequestMapping("/api/v1/timelines/{slug}/imports")
@Tag(name = "Imports", description = "Data set exports (ACLED, UCDP GED) imported as background jobs, with an administrator's API token")
@SecurityRequirement(name = ImportJobsController.TOKEN)
class ImportJobsController {

    static final String TOKEN = "apiToken";

    private final ImportJobService jobs;
    private final Clock clock = Clock.systemUTC();

    ImportJobsController(ImportJobService jobs) {
        this.jobs = jobs;
    }

    /**
     * The file is the body, of a file's type: a form (curl's default type, or multipart) would have the container read
     * the body as form fields, so it is turned away (415) before anything is read; for the same reason the name is read
     * from the query string itself, never through the request's parameters.
     */
    @PostMapping
    @Operation(summary = "Send an ACLED, UCDP GED or Annals CSV export (the CSV as the request body) to be checked",
            description = "Answers 202 with the job at once; the check runs in the background. Up to 512 MB and "
                    + "500,000 rows. Nothing is stored in the timeline until the job is confirmed. Send it as "
                    + "text/csv, text/plain or application/octet-stream (a form is refused with 415).")
    @Parameter(name = "name", in = ParameterIn.QUERY, description = "The file's name, as the job and the history will name it",
            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))
    ResponseEntity<ApiImportJob> start(@PathVariable String slug, HttpServletRequest request)
            throws IOException, HttpMediaTypeNotSupportedException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            throw new HttpMediaTypeNotSupportedException(MediaType.parseMediaType(type), FILE_TYPES, HttpMethod.POST);
        }
        String name = request.getQueryString() == null ? null : UriComponentsBuilder.newInstance().query(request.getQueryString())
                .build().getQueryParams().getFirst("name");
        ImportJob job = jobs.startCsv(slug, name == null ? "" : URLDecoder.decode(name, StandardCharsets.UTF_8), request.getInputStream());
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.LOCATION, location(job))
                .body(ApiImportJob.of(job, clock.instant()));
    }

    private static final List<MediaType> FILE_TYPES = List.of(MediaType.parseMediaType("text/csv"), MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM);

    @GetMapping
    @Operation(summary = "The timeline's latest import jobs, newest first")
    List<ApiImportJob> recent(@PathVariable String slug) {
        return jobs.recent(slug, 200).stream().map(job -> ApiImportJob.of(job, clock.instant())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One import job: its state, progress and report")
    ApiImportJob job(@PathVariable String slug, @PathVariable long id) {
        return ApiImportJob.of(jobOf(slug, id), clock.instant());
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Import a checked job's new rows (and its rows changed upstream), in the background")
    ResponseEntity<ApiImportJob> confirm(@PathVariable String slug, @PathVariable long id) {
        jobOf(slug, id);
        return ResponseEntity.accepted().body(ApiImportJob.of(jobs.confirm(id), clock.instant()));
    }

    @PostMapping("/{id}/discard")
    @Operation(summary = "Leave a checked job unimported and drop its file")
    ApiImportJob discard(@PathVariable String slug, @PathVariable long id) {
        jobOf(slug, id);
        return ApiImportJob.of(jobs.discard(id), clock.instant());
    }

    @PostMapping("/{id}/undo")
    @Operation(summary = "Remove the events a finished import added, while every one of them is an untouched draft")
    ApiImportJob undo(@PathVariable String slug, @PathVariable long id) {
        jobOf(slug, id);
        return ApiImportJob.of(jobs.undo(id), clock.instant());
    }

    @GetMapping(value = "/{id}/refused", produces = "text/csv")
    @Operation(summary = "Every row the check refused, with its line and reason, as CSV")
    void refused(@PathVariable String slug, @PathVariable long id, HttpServletResponse response) throws IOException {
        jobOf(slug, id);
        // written here, on the request's thread: the service checks the token's administrator as it reads
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-refused.csv\"");
        jobs.writeRefusedRows(id, response.getOutputStream());
    }

    /** The job, when it is one of this timeline's: another timeline's job is not found here. */
    private ImportJob jobOf(String slug, long id) {
        ImportJob job = jobs.job(id);
        if (!job.timelineSlug().equals(slug)) {
            throw new NotFoundException("No import " + id + " of timeline " + slug);
        }
        return job;
    }

    private static String location(ImportJob job) {
        return "/api/v1/timelines/" + job.timelineSlug() + "/imports/" + job.id();
    }
}
