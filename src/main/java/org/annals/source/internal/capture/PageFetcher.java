package org.annals.source.internal.capture;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a cited page the way an archive must: redirects followed one by one (each target checked again), private,
 * loopback and link-local addresses refused after DNS resolution (unless a test allows them), a whole-fetch deadline
 * that a slow drip cannot stretch, and a cap on the bytes read. Nothing fetched is ever run.
 */
public final class PageFetcher {

    /** Why a URL was not captured, in words an editor can act on. */
    public static final class Refused extends Exception {
        private final boolean worthRetrying;
        private final boolean noSuchHost;

        public Refused(String reason) {
            this(reason, false, false);
        }

        Refused(String reason, boolean worthRetrying) {
            this(reason, worthRetrying, false);
        }

        private Refused(String reason, boolean worthRetrying, boolean noSuchHost) {
            super(reason);
            this.worthRetrying = worthRetrying;
            this.noSuchHost = noSuchHost;
        }

        /** A site that did not answer in time or could not be reached may answer later; a refused address never will. */
        public boolean worthRetrying() {
            return worthRetrying;
        }

        /** The name no longer resolves (DNS): the site itself is gone, not only the page. */
        public boolean noSuchHost() {
            return noSuchHost;
        }
    }

    /** Where a link leads now: the status of its last answer, and the status of each redirect on the way. */
    public record Checked(URI requested, URI finalUri, int status, java.util.List<Integer> redirects) {
    }

    /** The final answer after redirects: where it came from, and its body as received (at most the cap). */
    public record Fetched(URI requested, URI finalUri, InetAddress address, int status, HttpHeaders headers, byte[] body) {
    }

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final boolean allowPrivateAddresses;
    private final long maxBytes;
    private final Duration deadline;

    public PageFetcher(boolean allowPrivateAddresses, long maxBytes, Duration deadline) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Fetched fetch(URI url) throws Refused {
        long until = System.nanoTime() + deadline.toNanos();
        Answer answer = follow(url, until);
        return new Fetched(url, answer.uri(), answer.address(), answer.response().statusCode(), answer.response().headers(),
                read(answer.response().body(), until));
    }

    /**
     * Where the link leads now, without reading the page (a link check): the same safety as a capture (every hop's
     * address checked, one deadline), the body left unread.
     */
    public Checked check(URI url) throws Refused {
        long until = System.nanoTime() + deadline.toNanos();
        Answer answer = follow(url, until);
        close(answer.response().body());
        return new Checked(url, answer.uri(), answer.response().statusCode(), answer.redirects());
    }

    private record Answer(URI uri, InetAddress address, HttpResponse<InputStream> response, java.util.List<Integer> redirects) {
    }

    /** Follows redirects one by one, each target's address checked again; the first answer that is not a redirect. */
    private Answer follow(URI url, long until) throws Refused {
        URI current = url;
        java.util.List<Integer> redirects = new java.util.ArrayList<>();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            InetAddress address = checkedAddress(current);
            HttpResponse<InputStream> response = send(current, until);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response.body());
                redirects.add(status);
                try {
                    current = current.resolve(response.headers().firstValue("Location").get().strip());
                } catch (IllegalArgumentException e) {
                    throw new Refused("the page redirected to an address that is not a URL");
                }
                continue;
            }
            return new Answer(current, address, response, java.util.List.copyOf(redirects));
        }
        throw new Refused("the page redirected more than " + MAX_REDIRECTS + " times");
    }

    /** The host's addresses, every one public; the first of them. */
    private InetAddress checkedAddress(URI url) throws Refused {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("only http and https pages are captured, not " + (scheme.isEmpty() ? "this address" : scheme));
        }
        if (url.getHost() == null) {
            throw new Refused("the address names no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("the host " + url.getHost() + " does not exist (DNS)", false, true);
        }
        for (InetAddress address : addresses) {
            if (!allowPrivateAddresses && !isPublic(address)) {
                throw new Refused("the host " + url.getHost() + " is a private, loopback or link-local address");
            }
        }
        return addresses[0];
    }

    /** An address on the public internet: not this machine, not a private or link-local network, not multicast. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // carrier-grade NAT 100.64/10, 0/8, benchmarking 198.18/15, reserved 240/4
            return !(first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18 || second == 19))
                    || first >= 240);
        }
        // IPv6 unique local addresses fc00::/7, and IPv4 mapped into IPv6 checked as IPv4
        if ((b[0] & 0xfe) == 0xfc) {
            return false;
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            try {
                return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return true;
    }

    private HttpResponse<InputStream> send(URI url, long until) throws Refused {
        HttpRequest request = HttpRequest.newBuilder(url).GET().timeout(remaining(until))
                .header("User-Agent", "Annals source capture (+https://github.com/annals)")
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8")
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new Refused("the site did not answer within " + deadline.toSeconds() + " seconds", true);
        } catch (IOException e) {
            throw new Refused("the site could not be reached (" + e.getClass().getSimpleName() + ")", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("the capture was interrupted", true);
        } catch (IllegalArgumentException e) {
            throw new Refused("the address is not a URL that can be fetched");
        }
    }

    /** The body up to the cap, within the deadline: a slow drip is cut when the time is up, a huge page at the cap. */
    private byte[] read(InputStream body, long until) throws Refused {
        // read on a thread of its own, so the deadline holds even while a read blocks; on time-out the stream is
        // closed (the connection dropped) and the reading thread ends with it
        java.util.concurrent.CompletableFuture<byte[]> bytes = new java.util.concurrent.CompletableFuture<>();
        Thread.ofVirtual().name("capture-read").start(() -> {
            try {
                bytes.complete(body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
            } catch (IOException | RuntimeException e) {
                bytes.completeExceptionally(e);
            }
        });
        try {
            byte[] read = bytes.get(Math.max(1, remaining(until).toMillis()), TimeUnit.MILLISECONDS);
            if (read.length > maxBytes) {
                throw new Refused("the page is larger than " + maxBytes / (1024 * 1024) + " MB");
            }
            return read;
        } catch (TimeoutException e) {
            throw new Refused("the page was still arriving after " + deadline.toSeconds() + " seconds", true);
        } catch (ExecutionException e) {
            throw new Refused("the connection broke while the page arrived", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("the capture was interrupted", true);
        } finally {
            close(body);
        }
    }

    private Duration remaining(long until) throws Refused {
        long left = until - System.nanoTime();
        if (left <= 0) {
            throw new Refused("the site did not answer within " + deadline.toSeconds() + " seconds", true);
        }
        return Duration.ofNanos(left);
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing an aborted stream: nothing left to do
        }
    }
}
