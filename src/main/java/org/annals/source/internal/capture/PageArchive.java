package org.annals.source.internal.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is kept of a fetched page: the exchange as WARC records (request and response, gzip, with the payload's
 * SHA-256), the text a quote is looked for in, and what the page says of itself (title, publisher, date) for the
 * editor to confirm. Reads the page, never runs it.
 */
public final class PageArchive {

    /** The page's own description of itself, each part absent when the page does not say. */
    public record PageMetadata(@Nullable String title, @Nullable String publisher, @Nullable String publishedOn) {
    }

    /** A page as kept: the WARC file's bytes, the payload's hash and size, its text and metadata. */
    public record Kept(byte[] warc, String payloadSha256, long payloadBytes, @Nullable String contentType,
            @Nullable String text, PageMetadata metadata) {
    }

    private final long maxDecodedBytes;

    public PageArchive(long maxDecodedBytes) {
        this.maxDecodedBytes = maxDecodedBytes;
    }

    public Kept keep(PageFetcher.Fetched fetched, Instant at) throws PageFetcher.Refused {
        byte[] payload = decoded(fetched);
        String contentType = fetched.headers().firstValue("Content-Type").orElse(null);
        String sha256 = sha256(fetched.body());
        String text = null;
        PageMetadata metadata = new PageMetadata(null, null, null);
        if (contentType == null || contentType.toLowerCase(Locale.ROOT).contains("html")) {
            Document page = Jsoup.parse(new String(payload, charset(contentType)), fetched.finalUri().toString());
            text = page.body() == null ? null : page.body().text();
            metadata = metadata(page);
        } else if (contentType.toLowerCase(Locale.ROOT).startsWith("text/")) {
            text = new String(payload, charset(contentType));
        } else if (contentType.toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
            PdfText.Read pdf = PdfText.of(payload);
            text = pdf.text();
            metadata = pdf.metadata();
        }
        return new Kept(warc(fetched, at, sha256), sha256, fetched.body().length, contentType, text, metadata);
    }

    private byte[] decoded(PageFetcher.Fetched fetched) throws PageFetcher.Refused {
        return decoded(fetched.headers().firstValue("Content-Encoding").orElse(""), fetched.body());
    }

    /** The body as the page means it: gzip and deflate undone, within the cap (a small bomb stays small). */
    byte[] decoded(String contentEncoding, byte[] body) throws PageFetcher.Refused {
        String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return body;
        }
        try (InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new java.io.ByteArrayInputStream(body));
            case "deflate" -> new InflaterInputStream(new java.io.ByteArrayInputStream(body));
            default -> throw new PageFetcher.Refused("the page is encoded as " + encoding + ", which is not read here");
        }) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDecodedBytes + 1));
            if (out.length > maxDecodedBytes) {
                throw new PageFetcher.Refused("the page unpacks to more than " + maxDecodedBytes / (1024 * 1024) + " MB");
            }
            return out;
        } catch (IOException e) {
            throw new PageFetcher.Refused("the page's compressed body is damaged");
        }
    }

    private static java.nio.charset.Charset charset(@Nullable String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return java.nio.charset.Charset.forName(p.substring(8).replace("\"", "").strip());
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** OpenGraph first, then JSON-LD (a NewsArticle's headline, publisher, datePublished), then the title element. */
    static PageMetadata metadata(Document page) {
        String title = meta(page, "og:title");
        String publisher = meta(page, "og:site_name");
        String published = Optional.ofNullable(meta(page, "article:published_time")).orElse(meta(page, "datePublished"));
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JsonMapper.shared().readTree(script.data());
                for (JsonNode node : root.isArray() ? List.copyOf(root.valueStream().toList()) : List.of(root)) {
                    title = title != null ? title : text(node.get("headline"));
                    published = published != null ? published : text(node.get("datePublished"));
                    JsonNode by = node.get("publisher");
                    publisher = publisher != null ? publisher : by == null ? null : by.isObject() ? text(by.get("name")) : text(by);
                }
            } catch (RuntimeException e) {
                // a page's broken JSON-LD says nothing: the other sources of metadata still count
            }
        }
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
        }
        return new PageMetadata(cut(title), cut(publisher), cut(published));
    }

    private static @Nullable String meta(Document page, String name) {
        Element element = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        String content = element == null ? null : element.attr("content").strip();
        return content == null || content.isEmpty() ? null : content;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || !node.isString() || node.asString().isBlank() ? null : node.asString().strip();
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null ? null : value.length() > 500 ? value.substring(0, 500) : value;
    }

    private static byte[] warc(PageFetcher.Fetched fetched, Instant at, String sha256) throws PageFetcher.Refused {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
                HttpResponse.Builder http = new HttpResponse.Builder(fetched.status(), "");
                fetched.headers().map().forEach((name, values) -> {
                    // the body is stored whole, so the length and framing it was sent with no longer apply
                    if (!name.equalsIgnoreCase("transfer-encoding") && !name.equalsIgnoreCase("content-type") && !name.startsWith(":")) {
                        values.forEach(value -> http.addHeader(name, value));
                    }
                });
                http.setHeader("Content-Length", String.valueOf(fetched.body().length));
                // the body's type is the one the site declared (jwarc writes it as the Content-Type header)
                String declared = fetched.headers().firstValue("Content-Type").orElse(null);
                http.body(declared == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(declared), fetched.body());
                WarcResponse response = new WarcResponse.Builder(fetched.finalUri()).date(at).ipAddress(fetched.address())
                        .payloadDigest(new WarcDigest("sha256", HexFormat.of().parseHex(sha256))).body(http.build()).build();
                writer.write(response);
                HttpRequest request = new HttpRequest.Builder("GET", fetched.finalUri().getRawPath().isEmpty() ? "/"
                        : fetched.finalUri().getRawPath() + (fetched.finalUri().getRawQuery() == null ? "" : "?" + fetched.finalUri().getRawQuery()))
                        .addHeader("Host", fetched.finalUri().getHost()).build();
                writer.write(new WarcRequest.Builder(fetched.finalUri()).date(at).concurrentTo(response.id()).body(request).build());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new PageFetcher.Refused("the capture could not be written as WARC");
        }
    }

    /** The response a WARC file of {@link #keep} holds: its declared type and its body, unpacked. */
    public Optional<Replay> replay(byte[] warc) {
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(new java.io.ByteArrayInputStream(warc))) {
            for (org.netpreserve.jwarc.WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    HttpResponse http = response.http();
                    byte[] raw = http.body().stream().readAllBytes();
                    return Optional.of(new Replay(header(http, "Content-Type"), decoded(Optional.ofNullable(header(http, "Content-Encoding")).orElse(""), raw)));
                }
            }
            return Optional.empty();
        } catch (IOException | PageFetcher.Refused e) {
            return Optional.empty();
        }
    }

    /** A header of the kept response, by name in any case (the HTTP client hands names over in lower case). */
    private static @Nullable String header(HttpResponse http, String name) {
        return http.headers().map().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
    }

    /** A kept response: the type the site declared and the body unpacked. */
    public record Replay(@Nullable String contentType, byte[] body) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
