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
import org.annals.annotation.Anchor;
import org.annals.annotation.AnnotationService;
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
 * editor is the heap used after a full GC with the N sessions open minus the same before them, divided by N.
 * Writes a Markdown report to target/bench/live-propagation.md.
 */
@IntegrationTest
class LivePropagationBenchmark {

    private static final int EDITORS = Integer.getInteger("bench.editors", 50);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final String DESK = "bench-live";
    /** "notes" (the notes page: the panel alone) or "editor" (the whole event editor with its form and map). */
    private static final String PAGE = System.getProperty("bench.page", "notes");

    @Autowired
    EventEditingService editing;
    @Autowired
    AnnotationService notes;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;

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
        ConfigurableApplicationContext instanceB = TwoInstances.second();
        int portB = TwoInstances.port(instanceB);

        long heapBefore = heapAfterGc();
        ChromeDriver browser = chromium();
        long openStarted = System.nanoTime();
        List<String> tabs = new ArrayList<>();
        try {
            for (int i = 0; i < EDITORS; i++) {
                if (i > 0) {
                    browser.switchTo().newWindow(WindowType.TAB);
                }
                String base = "http://127.0.0." + (i + 2) + ":" + portB;
                signIn(browser, base, "bench-ed-" + i);
                browser.get(base + ("editor".equals(PAGE) ? "/editor/events/" : "/editor/notes/") + event.id());
                new WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
                ((JavascriptExecutor) browser).executeScript("""
                        window.__seen = {};
                        new MutationObserver(() => {
                          const text = document.getElementById('threads')?.textContent || '';
                          for (const m of text.matchAll(/bench-round-(\\d+)-end/g)) {
                            if (!(m[1] in window.__seen)) { window.__seen[m[1]] = Date.now(); }
                          }
                        }).observe(document.getElementById('threads'), {childList: true, subtree: true, characterData: true});""");
                tabs.add(browser.getWindowHandle());
            }
            double openSeconds = (System.nanoTime() - openStarted) / 1e9;
            long heapWith = heapAfterGc();

            // when each round's notice reached instance B's listener: the server side of the propagation
            java.util.Map<String, Long> arrivedOnB = new java.util.concurrent.ConcurrentHashMap<>();
            List<Long> starts = new ArrayList<>();
            List<Long> noteIds = new java.util.concurrent.CopyOnWriteArrayList<>();
            var onB = instanceB.getBean(org.annals.live.LiveBus.class).subscribe(n -> {
                if (n.kind() == org.annals.live.LiveNotice.Kind.NOTE && n.eventId() == event.id()) {
                    arrivedOnB.putIfAbsent(n.detail(), System.currentTimeMillis());
                }
            });
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
            List<Long> serverSide = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Long at = arrivedOnB.get(Long.toString(noteIds.get(round)));
                if (at != null) {
                    serverSide.add(at - starts.get(round));
                }
            }
            Collections.sort(serverSide);
            List<Long> samples = new ArrayList<>();
            int missing = 0;
            for (String tab : tabs) {
                browser.switchTo().window(tab);
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> seen = (java.util.Map<String, Object>) ((JavascriptExecutor) browser)
                        .executeScript("return window.__seen");
                for (int round = 0; round < ROUNDS; round++) {
                    Object at = seen.get(Integer.toString(round));
                    if (at == null) {
                        missing++;
                    } else {
                        samples.add(((Number) at).longValue() - starts.get(round));
                    }
                }
            }
            Collections.sort(samples);
            String serverLine = "page: " + PAGE + "; save on A until the notice reached B's listener (server side), ms: p50 "
                    + pct(serverSide, 50) + ", p95 " + pct(serverSide, 95) + ", max "
                    + (serverSide.isEmpty() ? -1 : serverSide.getLast()) + " (" + serverSide.size() + " of " + ROUNDS + " rounds)\n\n";
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
        }
    }

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
