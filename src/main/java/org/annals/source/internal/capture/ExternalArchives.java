package org.annals.source.internal.capture;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.source.ExternalCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outside archives, when an administrator configures them (issue 17; off by default): after a capture job, the page's
 * newest copy is looked up through a Memento TimeMap ({@code annals.archives.memento-timemap}, the cited URL appended,
 * e.g. {@code https://web.archive.org/web/timemap/link/}) and a new one asked of Save Page Now
 * ({@code annals.archives.save-page-now}, e.g. {@code https://web.archive.org/save/}), which answers by redirecting to
 * the copy it made. Both fetched with the capture's safety; what they answer is recorded per URL and archive.
 */
@Component
public class ExternalArchives {

    private static final Logger log = LoggerFactory.getLogger(ExternalArchives.class);
    /** The 14-digit timestamp in a Wayback address: /web/20261206120000/… */
    private static final Pattern WAYBACK_TIME = Pattern.compile("/(\\d{14})(?:[a-z_]{0,4})/");
    private static final DateTimeFormatter WAYBACK = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final JdbcClient jdbc;
    private final String timeMap;
    private final String savePageNow;
    private final PageFetcher fetcher;
    private final Clock clock = Clock.systemUTC();

    @org.springframework.beans.factory.annotation.Autowired
    ExternalArchives(JdbcClient jdbc, @Value("${annals.archives.memento-timemap:}") String timeMap,
            @Value("${annals.archives.save-page-now:}") String savePageNow,
            @Value("${annals.capture.allow-private-addresses:false}") boolean allowPrivateAddresses) {
        this(jdbc, timeMap, savePageNow, new PageFetcher(allowPrivateAddresses, 5L * 1024 * 1024, Duration.ofSeconds(60)));
    }

    public ExternalArchives(JdbcClient jdbc, String timeMap, String savePageNow, PageFetcher fetcher) {
        this.jdbc = jdbc;
        this.timeMap = timeMap.strip();
        this.savePageNow = savePageNow.strip();
        this.fetcher = fetcher;
    }

    public boolean enabled() {
        return !timeMap.isEmpty() || !savePageNow.isEmpty();
    }

    /** Looks the page up and asks for a new copy, as configured; the copies found or made (none when off). */
    public List<ExternalCopy> preserve(String url) {
        List<ExternalCopy> found = new ArrayList<>();
        if (!timeMap.isEmpty()) {
            lookUp(url).ifPresent(found::add);
        }
        if (!savePageNow.isEmpty()) {
            submit(url).ifPresent(found::add);
        }
        return found;
    }

    private Optional<ExternalCopy> lookUp(String url) {
        try {
            PageFetcher.Fetched answer = fetcher.fetch(URI.create(timeMap + url));
            if (answer.status() != 200) {
                return Optional.empty(); // 404: the archive holds no copy
            }
            return TimeMap.parse(new String(answer.body(), StandardCharsets.UTF_8), answer.finalUri()).newest()
                    .map(m -> record(url, m.uri(), m.datetime()));
        } catch (PageFetcher.Refused | IllegalArgumentException e) {
            log.info("Memento look-up of {} failed: {}", url, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<ExternalCopy> submit(String url) {
        try {
            PageFetcher.Fetched answer = fetcher.fetch(URI.create(savePageNow + url));
            URI copy = answer.headers().firstValue("Content-Location").map(answer.finalUri()::resolve).orElse(answer.finalUri());
            if (answer.status() / 100 != 2 || copy.toString().equals(savePageNow + url)) {
                log.info("Save Page Now did not copy {}: HTTP {}", url, answer.status());
                return Optional.empty();
            }
            Matcher at = WAYBACK_TIME.matcher(copy.getRawPath() == null ? "" : copy.getRawPath());
            Instant when = at.find() ? LocalDateTime.parse(at.group(1), WAYBACK).toInstant(ZoneOffset.UTC) : clock.instant();
            return Optional.of(record(url, copy, when));
        } catch (PageFetcher.Refused | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            log.info("Save Page Now of {} failed: {}", url, e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps the archive's newest copy of the URL (an older one found later does not replace it). */
    private ExternalCopy record(String url, URI memento, Instant capturedAt) {
        String archive = memento.getHost() == null ? "archive" : memento.getHost();
        Instant now = clock.instant();
        jdbc.sql("insert into external_copy (url, archive, memento_url, captured_at, found_at) values (:url, :archive, :memento, :at, :now)"
                        + " on conflict (url, archive) do update set memento_url = excluded.memento_url,"
                        + " captured_at = excluded.captured_at, found_at = excluded.found_at"
                        + " where external_copy.captured_at is null or excluded.captured_at >= external_copy.captured_at")
                .param("url", url).param("archive", archive).param("memento", memento.toString())
                .param("at", java.sql.Timestamp.from(capturedAt)).param("now", java.sql.Timestamp.from(now)).update();
        return new ExternalCopy(url, archive, memento.toString(), capturedAt, now);
    }

    /** The newest outside copy of each of these URLs that has one. */
    public Map<String, ExternalCopy> of(Collection<String> urls) {
        Map<String, ExternalCopy> copies = new HashMap<>();
        if (!urls.isEmpty()) {
            jdbc.sql("select distinct on (url) * from external_copy where url in (:urls) order by url, captured_at desc nulls last")
                    .param("urls", List.copyOf(new LinkedHashSet<>(urls)))
                    .query((rs, n) -> new ExternalCopy(rs.getString("url"), rs.getString("archive"), rs.getString("memento_url"),
                            rs.getTimestamp("captured_at") == null ? null : rs.getTimestamp("captured_at").toInstant(),
                            rs.getTimestamp("found_at").toInstant()))
                    .list().forEach(c -> copies.put(c.url(), c));
        }
        return copies;
    }
}
