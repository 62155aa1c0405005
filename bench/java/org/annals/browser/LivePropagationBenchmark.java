package org.annals.browser;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.Teams;
import org.annals.notes.Anchor;
import org.annals.notes.AnnotationService;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test (its name matches none of the suite's patterns; bench/live-propagation.sh runs it): N editors, each
 * signed in as a different person, keep the same event open on instance B — one headless Chromium, one tab per
 * editor, each tab on its own loopback address (127.0.0.2, 127.0.0.3…) so that every tab has its own cookies and
 * session. A note is then posted R times on instance A; every tab records (browser clock, same machine) when the
 * note appears, and the time from just before the save to that moment is the propagation time. Server memory per
 * editor is instance B's heap used after a full GC with the N sessions open minus the same before them, divided by N.
 * <p>
 * Instance A is this test's Spring context (it only saves). Instance B is, with {@code -Dbench.jar=…}, the production
 * jar in its own JVM ({@code -Xmx512m}, production-mode frontend, as deployed) over the same database; without it, a
 * second context in this JVM (dev mode: the dev bundle in every tab, both instances in one heap).
 * Writes a Markdown report to target/bench/live-propagation.md.
 */
@IntegrationTest
class LivePropagationBenchmark {

    private static final int EDITORS = Integer.getInteger("bench.editors", 50);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final String DESK = "bench-live";
    /** "notes" (the notes page: the panel alone) or "editor" (the whole event editor with its form and map). */
    private static final String PAGE = System.getProperty("bench.page", "notes");
    /** The production jar to run instance B from; empty: a second context in this JVM (dev mode). */
    private static final String JAR = System.getProperty("bench.jar", "");
    /** Notes posted before the measured rounds (not measured): instance B compiles its push path meanwhile. */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 20);
    /** With -Dbench.tabprofile=true, the report lists where the last tab's script time went during idling and the rounds. */
    private static final boolean PROFILE_TAB = Boolean.getBoolean("bench.tabprofile");

    @Autowired
    EventEditingService editing;
    @Autowired
    AnnotationService notes;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    org.annals.live.LiveBus live;
    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void propagation_and_memory_with_connected_editors() throws Exception {
        String[] members = new String[EDITORS + 1];
        for (int i = 0; i < EDITORS; i++) {
            members[i] = "bench-ed-" + i + ":EDITOR";
        }
        members[EDITORS] = "bench-writer:EDITOR";
        Teams.on(timelines, accounts, DESK, members);
        EventDetails event = SignedIn.as("bench-writer", "EDITOR", () -> editing.createDraft(DESK, new EventContent(
                "Benchmark event " + System.nanoTime(), "A summary to annotate.", UncertainDate.parse("2024-05-01"), null,
                Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.UNVERIFIED)));
        InstanceB instanceB = JAR.isBlank() ? new InProcess() : new ProductionJar(Path.of(JAR),
                environment.getRequiredProperty("annals.db.name"));
        int portB = instanceB.port();

        String path = ("editor".equals(PAGE) ? "/editor/events/" : "/editor/notes/") + event.id();
        ChromeDriver browser = chromium();
        List<String> tabs = new ArrayList<>();
        try {
            // one page served first, so that what a first request initialises is not counted per editor
            signIn(browser, "http://127.0.0.1:" + portB, "bench-writer");
            browser.get("http://127.0.0.1:" + portB + path);
            new WebDriverWait(browser, java.time.Duration.ofSeconds(120))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
            browser.get("about:blank");
            long heapBefore = instanceB.heapAfterGc();
            long openStarted = System.nanoTime();
            for (int i = 0; i < EDITORS; i++) {
                browser.switchTo().newWindow(WindowType.TAB);
                browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", PUSH_ARRIVAL));
                String base = "http://127.0.0." + (i + 2) + ":" + portB;
                signIn(browser, base, "bench-ed-" + i);
                browser.get(base + path);
                new WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
                ((JavascriptExecutor) browser).executeScript("""
                        window.__seen = {};
                        // looks only at what each mutation brought, not the whole list: the measuring stays light
                        new MutationObserver(records => {
                          const now = Date.now();
                          for (const record of records) {
                            const parts = record.type === 'characterData' ? [record.target] : record.addedNodes;
                            for (const node of parts) {
                              for (const m of (node.textContent || '').matchAll(/bench-round-(\\d+)-end/g)) {
                                if (!(m[1] in window.__seen)) { window.__seen[m[1]] = now; }
                              }
                            }
                          }
                        }).observe(document.getElementById('threads'), {childList: true, subtree: true, characterData: true});""");
                tabs.add(browser.getWindowHandle());
            }
            double openSeconds = (System.nanoTime() - openStarted) / 1e9;
            long heapWith = instanceB.heapAfterGc();

            // when each round's NOTIFY reached instance A's listener (B's gets the same one): the database's part
            java.util.Map<String, Long> arrivedOnB = new java.util.concurrent.ConcurrentHashMap<>();
            List<Long> starts = new ArrayList<>();
            List<Long> noteIds = new java.util.concurrent.CopyOnWriteArrayList<>();
            var onB = live.subscribe(n -> {
                if (n.kind() == org.annals.notes.AnnotationNotices.NOTE && n.eventId() == event.id().value()) {
                    arrivedOnB.putIfAbsent(n.detail(), System.currentTimeMillis());
                }
            });
            // warm-up: a server that has been running has compiled its push path; these notes are not measured
            for (int i = 0; i < WARM_UP; i++) {
                int n = i;
                SignedIn.as("bench-writer", "EDITOR", () -> notes.annotate(event.id(), Anchor.EVENT, "bench-warm-up-" + n));
                Thread.sleep(1500); // paces the warm-up notes, as the rounds
            }
            java.util.Map<String, Double> tabWorkBefore = tabMetrics(browser, tabs);
            if (PROFILE_TAB) {
                browser.executeCdpCommand("Profiler.enable", java.util.Map.of());
                browser.executeCdpCommand("Profiler.setSamplingInterval", java.util.Map.of("interval", 500));
                browser.executeCdpCommand("Profiler.start", java.util.Map.of());
            }
            java.util.Map<String, Long> cpuIdle = cpuTicks(instanceB.pid());
            Thread.sleep(10_000); // measures what the open tabs and servers use when nothing happens
            String idleLine = cpuPerRound(cpuIdle, cpuTicks(instanceB.pid())).replace("during the rounds (" + ROUNDS
                    + " rounds, 2 cores)", "in 10 s of idling with the tabs open");
            String loadAtStart = loadAverage();
            java.util.Map<String, Long> cpuAtStart = cpuTicks(instanceB.pid());
            long roundsStart = System.currentTimeMillis();
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.currentTimeMillis();
                starts.add(start);
                int r = round;
                noteIds.add(SignedIn.as("bench-writer", "EDITOR",
                        () -> notes.annotate(event.id(), Anchor.EVENT, "bench-round-" + r + "-end")).id());
                Thread.sleep(1500); // paces the rounds (this is a load generator, not a wait for a page)
            }
            Thread.sleep(3000);
            onB.close();
            String cpuLine = cpuPerRound(cpuAtStart, cpuTicks(instanceB.pid()));
            List<Long> serverSide = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Long at = arrivedOnB.get(Long.toString(noteIds.get(round)));
                if (at != null) {
                    serverSide.add(at - starts.get(round));
                }
            }
            Collections.sort(serverSide);
            String tabProfile = PROFILE_TAB ? scriptProfile(browser) : "";
            java.util.Map<String, Double> tabWorkAfter = tabMetrics(browser, tabs);
            StringBuilder tabWork = new StringBuilder("the tabs' main threads during idling and the rounds (Chrome's Performance.getMetrics, all tabs), s: ");
            tabWorkAfter.forEach((metric, value) -> tabWork.append(metric).append(' ')
                    .append("%.2f".formatted(value - tabWorkBefore.getOrDefault(metric, 0.0))).append("; "));
            tabWork.append("\n\n");
            List<Long> samples = new ArrayList<>();
            List<Long> arrivals = new ArrayList<>();
            List<Long> drawing = new ArrayList<>();
            List<Long> spreads = new ArrayList<>();
            long[][] arrivedAt = new long[ROUNDS][2];
            for (long[] bounds : arrivedAt) {
                bounds[0] = Long.MAX_VALUE;
                bounds[1] = Long.MIN_VALUE;
            }
            int missing = 0;
            long sentBack = 0;
            List<Long> sizes = new ArrayList<>();
            for (String tab : tabs) {
                browser.switchTo().window(tab);
                @SuppressWarnings("unchecked")
                java.util.Map<String, java.util.Map<String, Object>> seen = (java.util.Map<String, java.util.Map<String, Object>>)
                        ((JavascriptExecutor) browser).executeScript("return {seen: window.__seen, arrived: window.__arrived || {}}");
                @SuppressWarnings("unchecked")
                List<Number> tabSizes = (List<Number>) ((JavascriptExecutor) browser).executeScript("return window.__sizes || []");
                tabSizes.forEach(size -> sizes.add(size.longValue()));
                sentBack += ((Number) ((JavascriptExecutor) browser).executeScript(
                        "return (window.__sends || []).filter(t => t >= arguments[0]).length", roundsStart)).longValue();
                for (int round = 0; round < ROUNDS; round++) {
                    Object at = seen.get("seen").get(Integer.toString(round));
                    Object arrived = seen.get("arrived").get(Integer.toString(round));
                    if (at == null) {
                        missing++;
                    } else {
                        samples.add(((Number) at).longValue() - starts.get(round));
                    }
                    if (arrived != null) {
                        long pushed = ((Number) arrived).longValue();
                        arrivals.add(pushed - starts.get(round));
                        arrivedAt[round][0] = Math.min(arrivedAt[round][0], pushed);
                        arrivedAt[round][1] = Math.max(arrivedAt[round][1], pushed);
                        if (at != null) {
                            drawing.add(((Number) at).longValue() - pushed);
                        }
                    }
                }
            }
            for (long[] bounds : arrivedAt) {
                if (bounds[0] <= bounds[1]) {
                    spreads.add(bounds[1] - bounds[0]);
                }
            }
            // one push message carrying a note, as the last tab received it: to see what each editor is sent
            Files.writeString(Path.of("target", "bench", "live-push-message.txt"), String.valueOf(
                    ((JavascriptExecutor) browser).executeScript("return window.__message || ''")));
            Collections.sort(samples);
            Collections.sort(arrivals);
            Collections.sort(drawing);
            Collections.sort(spreads);
            String serverLine = "page: " + PAGE + "; instance B: " + instanceB.describe() + "; load average (/proc/loadavg) before the rounds: "
                    + loadAtStart + ", after: " + loadAverage() + "\n\nsave on A until the NOTIFY reached a listener (A's; B's hears the same), ms: p50 "
                    + pct(serverSide, 50) + ", p95 " + pct(serverSide, 95) + ", max "
                    + (serverSide.isEmpty() ? -1 : serverSide.getLast()) + " (" + serverSide.size() + " of " + ROUNDS + " rounds)\n\n"
                    + "save on A until the push message reached the tab's WebSocket, ms: p50 " + pct(arrivals, 50) + ", p95 "
                    + pct(arrivals, 95) + " (" + arrivals.size() + " samples); push message until the note was in the DOM, ms: p50 "
                    + pct(drawing, 50) + ", p95 " + pct(drawing, 95) + "; first to last tab's push per round, ms: p50 "
                    + pct(spreads, 50) + ", max " + (spreads.isEmpty() ? -1 : spreads.getLast()) + "\n\n" + cpuLine + idleLine + tabWork + tabProfile
                    + "messages from the tabs to instance B during the rounds: " + sentBack + "; push message carrying a round's note, characters: p50 "
                    + pct(sizes.stream().sorted().toList(), 50) + "\n\n";
            String report = serverLine + """
                    | editors on instance B | rounds | samples | missing | p50 ms | p95 ms | p99 ms | max ms | heap before MB | heap with editors MB | per editor KB | opening all tabs s |
                    |---|---|---|---|---|---|---|---|---|---|---|---|
                    | %d | %d | %d | %d | %d | %d | %d | %d | %.1f | %.1f | %.0f | %.0f |
                    """.formatted(EDITORS, ROUNDS, samples.size(), missing, pct(samples, 50), pct(samples, 95),
                    pct(samples, 99), samples.isEmpty() ? -1 : samples.getLast(), heapBefore / 1e6, heapWith / 1e6,
                    (heapWith - heapBefore) / 1024.0 / EDITORS, openSeconds);
            Path out = Path.of("target", "bench", "live-propagation.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println("BENCH\n" + report);
        } finally {
            browser.quit();
            instanceB.close();
        }
    }

    /**
     * CPU time (user + system, clock ticks of 10 ms) used so far by the processes of this machine, grouped: Chromium
     * (the editors' tabs), instance A (this JVM), instance B, PostgreSQL, everything else.
     */
    private static java.util.Map<String, Long> cpuTicks(long pidB) {
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        long self = ProcessHandle.current().pid();
        File[] entries = new File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
        for (File entry : entries == null ? new File[0] : entries) {
            try {
                String stat = Files.readString(entry.toPath().resolve("stat"));
                String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                long pid = Long.parseLong(entry.getName());
                String group = pid == self ? "instance A (test JVM)" : pid == pidB ? "instance B"
                        : comm.startsWith("chrom") ? chromiumPart(entry) : comm.startsWith("postgres") ? "PostgreSQL" : "other";
                ticks.merge(group, used, Long::sum);
            } catch (java.io.IOException | RuntimeException e) {
                // the process ended meanwhile
            }
        }
        return ticks;
    }

    /** Stops the last tab's sampling profiler and lists its functions by own time (a diagnosis, not a figure). */
    private static String scriptProfile(ChromeDriver browser) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> profile = (java.util.Map<String, Object>) browser
                .executeCdpCommand("Profiler.stop", java.util.Map.of()).get("profile");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> nodes = (List<java.util.Map<String, Object>>) profile.get("nodes");
        java.util.Map<String, Long> hits = new java.util.HashMap<>();
        long total = 0;
        for (java.util.Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> frame = (java.util.Map<String, Object>) node.get("callFrame");
            String url = String.valueOf(frame.get("url"));
            String name = frame.get("functionName") + " " + url.substring(url.lastIndexOf('/') + 1) + ":" + frame.get("lineNumber");
            long count = ((Number) node.getOrDefault("hitCount", 0)).longValue();
            hits.merge(name, count, Long::sum);
            total += count;
        }
        StringBuilder out = new StringBuilder("last tab's script profile (0.5 ms samples, own time; " + total + " samples):\n\n");
        long all = total;
        hits.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(30)
                .forEach(e -> out.append("- ").append(e.getValue()).append(" (").append(e.getValue() * 100 / Math.max(1, all))
                        .append("%) ").append(e.getKey()).append('\n'));
        return out.append('\n').toString();
    }

    /** Chrome's own accounting of the tabs' main-thread work (seconds), summed over the tabs. */
    private static java.util.Map<String, Double> tabMetrics(ChromeDriver browser, List<String> tabs) {
        java.util.Map<String, Double> sum = new java.util.TreeMap<>();
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            browser.executeCdpCommand("Performance.enable", java.util.Map.of());
            @SuppressWarnings("unchecked")
            List<java.util.Map<String, Object>> metrics = (List<java.util.Map<String, Object>>) browser
                    .executeCdpCommand("Performance.getMetrics", java.util.Map.of()).get("metrics");
            for (java.util.Map<String, Object> metric : metrics) {
                String name = (String) metric.get("name");
                if (name.endsWith("Duration")) {
                    sum.merge(name, ((Number) metric.get("value")).doubleValue(), Double::sum);
                }
            }
        }
        return sum;
    }

    /** Chromium's processes by their part: the browser itself, the tabs' renderers, the GPU and utility processes. */
    private static String chromiumPart(File process) throws java.io.IOException {
        String command = new String(Files.readAllBytes(process.toPath().resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher type = java.util.regex.Pattern.compile("--type=([a-z-]+)").matcher(command);
        return command.contains("chromedriver") ? "chromedriver" : "Chromium " + (type.find() ? type.group(1) : "browser");
    }

    private static String cpuPerRound(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
        StringBuilder line = new StringBuilder("CPU seconds during the rounds (" + ROUNDS + " rounds, 2 cores): ");
        after.forEach((group, ticks) -> line.append(group).append(' ')
                .append("%.1f".formatted((ticks - before.getOrDefault(group, 0L)) / 100.0)).append("; "));
        return line.append("\n\n").toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The instance the editors' browsers are connected to. */
    private interface InstanceB extends AutoCloseable {
        int port();

        long heapAfterGc() throws Exception;

        String describe();

        /** Instance B's process id (this JVM's when it runs in-process). */
        long pid();

        @Override
        void close();
    }

    /** A second Spring context in this JVM (dev mode; the heap is shared with instance A). */
    private static final class InProcess implements InstanceB {
        private final ConfigurableApplicationContext context = TwoInstances.second();

        @Override
        public int port() {
            return TwoInstances.port(context);
        }

        @Override
        public long heapAfterGc() throws InterruptedException {
            return LivePropagationBenchmark.heapAfterGc();
        }

        @Override
        public String describe() {
            return "second context in the test JVM (dev mode)";
        }

        @Override
        public long pid() {
            return ProcessHandle.current().pid();
        }

        @Override
        public void close() {
            // closed with the JVM
        }
    }

    /** The production jar in its own JVM over the test's database, as deployed (production-mode frontend). */
    private static final class ProductionJar implements InstanceB {
        private final Process process;
        private final int port;
        private final String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();

        ProductionJar(Path jar, String database) throws Exception {
            try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path log = Path.of("target", "bench", "live-instance-b.log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(javaBin + "/java", "-Xmx512m"));
            String recording = System.getProperty("bench.jfr", "");
            if (!recording.isBlank()) {
                // a flight recording of instance B (-Dbench.jfr=file), to see where its time goes
                command.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(recording).toAbsolutePath());
            }
            command.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=prod", "--server.port=" + port,
                    "--annals.seed.enabled=false", "--annals.db.recreate=false"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("ANNALS_PUBLIC_BASE_URL", "http://localhost:" + port);
            builder.environment().put("ANNALS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
            builder.environment().put("ANNALS_DB_USERNAME", "postgres");
            builder.environment().put("ANNALS_DB_PASSWORD", "");
            process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("instance B stopped; see " + log);
                }
                try {
                    int status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://127.0.0.1:" + port + "/login")).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        break;
                    }
                } catch (java.io.IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("instance B did not start in 3 minutes; see " + log);
                }
                Thread.sleep(500); // polls a starting server process, not a page
            }
        }

        @Override
        public int port() {
            return port;
        }

        /** Heap used after two full GCs, read with jcmd from instance B's JVM. */
        @Override
        public long heapAfterGc() throws Exception {
            jcmd("GC.run");
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
            if (!used.find()) {
                throw new IllegalStateException("no heap figure in: " + info);
            }
            return Long.parseLong(used.group(1)) * 1024;
        }

        private String jcmd(String command) throws Exception {
            Process jcmd = new ProcessBuilder(javaBin + "/jcmd", Long.toString(process.pid()), command)
                    .redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor();
            return out;
        }

        @Override
        public String describe() {
            return "production jar in its own JVM (-Xmx512m, production mode)";
        }

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public void close() {
            process.destroy();
            try {
                process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    /** Installed before each page loads: when a push message naming a round first reaches the tab (browser clock). */
    private static final String PUSH_ARRIVAL = """
            window.__arrived = {};
            window.__sends = [];
            window.__sizes = [];
            const nativeOpen = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method, url, ...rest) {
              if (String(url).includes('v-r=uidl')) { window.__sends.push(Date.now()); }
              return nativeOpen.call(this, method, url, ...rest);
            };
            const NativeWebSocket = window.WebSocket;
            window.WebSocket = class extends NativeWebSocket {
              constructor(...args) {
                super(...args);
                const nativeSend = this.send;
                this.send = data => { window.__sends.push(Date.now()); return nativeSend.call(this, data); };
                this.addEventListener('message', e => {
                  if (typeof e.data !== 'string') { return; }
                  const now = Date.now();
                  for (const m of e.data.matchAll(/bench-round-(\\d+)-end/g)) {
                    if (!(m[1] in window.__arrived)) { window.__arrived[m[1]] = now; window.__sizes.push(e.data.length); window.__message = e.data; }
                  }
                });
              }
            };""";

    private static long pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void signIn(ChromeDriver browser, String base, String user) {
        browser.get(base + "/login");
        WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(Teams.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Background tabs must not be throttled: every tab stands for an editor looking at the event. */
    private static ChromeDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows", "--window-size=1280,1000", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("annals-bench-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
