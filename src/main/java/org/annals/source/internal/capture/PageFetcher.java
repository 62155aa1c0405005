package org.annals.source.internal.capture;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
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
    /** Cancels requests whose deadline passed while they waited for an answer (a header sent byte by byte). */
    private static final java.util.concurrent.ScheduledExecutorService DEADLINES =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("capture-deadline").factory());

    /** How a host name becomes addresses: the system's DNS, or a test's own answers. */
    interface Names {
        InetAddress[] lookUp(String host) throws UnknownHostException;
    }

    private final Names names;
    private final boolean allowPrivateAddresses;
    private final long maxBytes;
    private final Duration deadline;

    public PageFetcher(boolean allowPrivateAddresses, long maxBytes, Duration deadline) {
        this(InetAddress::getAllByName, allowPrivateAddresses, maxBytes, deadline);
    }

    PageFetcher(Names names, boolean allowPrivateAddresses, long maxBytes, Duration deadline) {
        this.names = names;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    public Fetched fetch(URI url) throws Refused {
        long until = System.nanoTime() + deadline.toNanos();
        try (Hops hops = new Hops()) {
            Answer answer = follow(url, until, hops);
            return new Fetched(url, answer.uri(), answer.address(), answer.status(), answer.headers(),
                    read(answer.body(), until));
        }
    }

    /**
     * Where the link leads now, without reading the page (a link check): the same safety as a capture (every hop's
     * address checked, one deadline), the body left unread.
     */
    public Checked check(URI url) throws Refused {
        long until = System.nanoTime() + deadline.toNanos();
        try (Hops hops = new Hops()) {
            Answer answer = follow(url, until, hops);
            return new Checked(url, answer.uri(), answer.status(), answer.redirects());
        }
    }

    private record Answer(URI uri, InetAddress address, int status, HttpHeaders headers, InputStream body,
            java.util.List<Integer> redirects) {
    }

    /**
     * One fetch's HTTP client, and every request it made: closing it aborts them all first, because closing an HTTP
     * response in HttpClient 5 reads the rest of its body (to reuse the connection) — a huge page or a slow drip would
     * hold the worker past the cap and the deadline. Its DNS resolver is the only place host names become addresses, and it refuses a name
     * with any address that is not public: the address checked is the address connected to, so a name that answers
     * with a public address for a check and a private one for the connection (DNS rebinding) cannot slip through.
     */
    private final class Hops implements AutoCloseable {
        private final java.util.List<java.io.Closeable> open = new java.util.ArrayList<>();
        private final java.util.List<org.apache.hc.client5.http.classic.methods.HttpGet> requests = new java.util.ArrayList<>();
        private final org.apache.hc.client5.http.impl.classic.CloseableHttpClient client;
        private @org.jspecify.annotations.Nullable InetAddress resolved;
        private @org.jspecify.annotations.Nullable InetAddress connected;

        Hops() {
            var connections = org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(new org.apache.hc.client5.http.SystemDefaultDnsResolver() {
                        @Override
                        public InetAddress[] resolve(String host) throws UnknownHostException {
                            return checked(host);
                        }
                    })
                    .setDefaultConnectionConfig(org.apache.hc.client5.http.config.ConnectionConfig.custom()
                            .setConnectTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(10))
                            .setSocketTimeout(org.apache.hc.core5.util.Timeout.of(deadline)).build())
                    .build();
            client = org.apache.hc.client5.http.impl.classic.HttpClients.custom().setConnectionManager(connections)
                    .disableRedirectHandling().disableAutomaticRetries().disableContentCompression()
                    .disableCookieManagement().disableAuthCaching()
                    .setUserAgent("Annals source capture (+https://github.com/annals)").build();
        }

        private InetAddress[] checked(String host) throws UnknownHostException {
            InetAddress[] addresses = names.lookUp(host);
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException(host);
            }
            for (InetAddress address : addresses) {
                if (!allowPrivateAddresses && !isPublic(address)) {
                    throw new RefusedAddress(host);
                }
            }
            resolved = addresses[0];
            return addresses;
        }

        org.apache.hc.core5.http.ClassicHttpResponse send(URI url, long until) throws Refused {
            var request = new org.apache.hc.client5.http.classic.methods.HttpGet(url);
            requests.add(request);
            request.setHeader("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
            request.setConfig(org.apache.hc.client5.http.config.RequestConfig.custom()
                    .setResponseTimeout(org.apache.hc.core5.util.Timeout.of(remaining(until))).build());
            var cancel = DEADLINES.schedule(request::cancel, remaining(until).toNanos(), TimeUnit.NANOSECONDS);
            try {
                var context = org.apache.hc.client5.http.protocol.HttpClientContext.create();
                var response = client.executeOpen(null, request, context);
                open.add(response);
                // the address this answer came from (for the WARC record): the connection's, else the one resolved
                connected = context.getEndpointDetails() != null
                        && context.getEndpointDetails().getRemoteAddress() instanceof java.net.InetSocketAddress remote
                        ? remote.getAddress() : resolved;
                return response;
            } catch (RefusedAddress e) {
                throw new Refused("the host " + e.getMessage() + " is a private, loopback or link-local address");
            } catch (UnknownHostException e) {
                throw new Refused("the host " + url.getHost() + " does not exist (DNS)", false, true);
            } catch (IOException e) {
                if (request.isCancelled() || e instanceof java.net.SocketTimeoutException) {
                    throw new Refused("the site did not answer within " + deadline.toSeconds() + " seconds", true);
                }
                throw new Refused("the site could not be reached (" + e.getClass().getSimpleName() + ")", true);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new Refused("the address is not a URL that can be fetched");
            } finally {
                cancel.cancel(false);
            }
        }

        /** Drops the connections of every answer so far (a redirect's, before the next hop), unread. */
        void abandonAnswers() {
            requests.forEach(org.apache.hc.client5.http.classic.methods.HttpGet::cancel);
            open.forEach(PageFetcher::close);
            open.clear();
        }

        @Override
        public void close() {
            abandonAnswers();
            PageFetcher.close(client);
        }
    }

    /** A host name with an address that is not public: refused where it is resolved, before any connection. */
    private static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String host) {
            super(host);
        }
    }

    /** Follows redirects one by one, each target's address checked again; the first answer that is not a redirect. */
    private Answer follow(URI url, long until, Hops hops) throws Refused {
        URI current = url;
        java.util.List<Integer> redirects = new java.util.ArrayList<>();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            fetchable(current);
            var response = hops.send(current, until);
            int status = response.getCode();
            var location = response.getFirstHeader("Location");
            if (status >= 300 && status < 400 && location != null) {
                hops.abandonAnswers();
                redirects.add(status);
                try {
                    current = current.resolve(location.getValue().strip());
                } catch (IllegalArgumentException e) {
                    throw new Refused("the page redirected to an address that is not a URL");
                }
                continue;
            }
            return new Answer(current, hops.connected, status, headers(response), body(response), java.util.List.copyOf(redirects));
        }
        throw new Refused("the page redirected more than " + MAX_REDIRECTS + " times");
    }

    /** Only http and https addresses with a host are fetched. */
    private static void fetchable(URI url) throws Refused {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("only http and https pages are captured, not " + (scheme.isEmpty() ? "this address" : scheme));
        }
        if (url.getHost() == null) {
            throw new Refused("the address names no host");
        }
    }

    private static HttpHeaders headers(org.apache.hc.core5.http.ClassicHttpResponse response) {
        java.util.Map<String, java.util.List<String>> all = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (var header : response.getHeaders()) {
            all.computeIfAbsent(header.getName(), n -> new java.util.ArrayList<>()).add(header.getValue());
        }
        return HttpHeaders.of(all, (name, value) -> true);
    }

    private static InputStream body(org.apache.hc.core5.http.ClassicHttpResponse response) throws Refused {
        try {
            return response.getEntity() == null ? InputStream.nullInputStream() : response.getEntity().getContent();
        } catch (IOException e) {
            throw new Refused("the connection broke while the page arrived", true);
        }
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

    /** The body up to the cap, within the deadline: a slow drip is cut when the time is up, a huge page at the cap. */
    private byte[] read(InputStream body, long until) throws Refused {
        // read on a thread of its own, so the deadline holds even while a read blocks; on time-out the fetch's
        // requests are aborted (Hops.close: the connection dropped) and the reading thread ends with it
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
        }
    }

    private Duration remaining(long until) throws Refused {
        long left = until - System.nanoTime();
        if (left <= 0) {
            throw new Refused("the site did not answer within " + deadline.toSeconds() + " seconds", true);
        }
        return Duration.ofNanos(left);
    }

    private static void close(java.io.Closeable body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing an aborted stream: nothing left to do
        }
    }
}
