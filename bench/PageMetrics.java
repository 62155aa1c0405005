import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public timeline page in Debian's headless Chromium: largest contentful paint on a cold browser (a reader arriving
 * from a news link), and the server heap one reader's UI session costs (heap after a full GC with N pages open,
 * minus before, over N). Run by bench/reader-page.sh: java -cp <test classpath> bench/PageMetrics.java <base> <pid> <path>
 */
public class PageMetrics {

    static final String JCMD = System.getProperty("java.home") + "/bin/jcmd";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        String path = args[2];
        int sessions = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<Double> paints = new ArrayList<>();
        List<Double> live = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            ChromeDriver driver = browser();
            try {
                // when the live view's list is there (the server-rendered copy of the text comes before it)
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                        new MutationObserver((changes, observer) => {
                          if (document.querySelector('#events li')) { window.annalsLiveView = performance.now(); observer.disconnect(); }
                        }).observe(document, { childList: true, subtree: true });"""));
                driver.get(base + path);
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
                Object lcp = ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        new PerformanceObserver(list => { const e = list.getEntries(); done(e[e.length - 1].startTime); })
                            .observe({ type: 'largest-contentful-paint', buffered: true });""");
                paints.add(((Number) lcp).doubleValue());
                live.add(((Number) ((JavascriptExecutor) driver).executeScript("return window.annalsLiveView")).doubleValue());
            } finally {
                driver.quit();
            }
        }
        paints.sort(null);
        live.sort(null);
        System.out.printf("LCP ms (5 cold loads, sorted): %s; median %.0f%n", paints, paints.get(2));
        System.out.printf("Live view's list there, ms (same loads, sorted): %s; median %.0f%n", live, live.get(2));

        ChromeDriver driver = browser();
        try {
            driver.get(base + path);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
            quiet(driver);
            long before = heapUsedKb(pid);
            for (int i = 0; i < sessions; i++) {
                // each reader on its own loopback address, so its own cookie jar and HTTP session, as separate readers have
                driver.switchTo().newWindow(WindowType.TAB);
                driver.get(reader(base, i) + path);
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
                quiet(driver);
            }
            idleConnectionsClosed();
            long after = heapUsedKb(pid);
            System.out.printf("Heap used after full GC: %d KB with 1 page, %d KB with %d more readers' pages: %.0f KB per reader%n",
                    before, after, sessions, (after - before) / (double) sessions);
            // the same number of embeds (static HTML + the public API): no session, so no heap should stay behind
            String embed = "/embed/" + path.substring(path.lastIndexOf('/') + 1);
            for (int i = 0; i < sessions; i++) {
                driver.switchTo().newWindow(WindowType.TAB);
                driver.get(reader(base, sessions + i) + embed);
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
                quiet(driver);
            }
            idleConnectionsClosed();
            long embeds = heapUsedKb(pid);
            System.out.printf("Heap used after %d embeds: %d KB (%+.1f KB per embed)%n", sessions, embeds,
                    (embeds - after) / (double) sessions);
        } finally {
            driver.quit();
        }
    }

    /**
     * Waits until the page has sent no request for a second. The readers share one cookie jar, emptied before each
     * next reader: a request the page before still had under way (the visual timeline and the map report their
     * first window a moment after the list is there) would otherwise carry the next reader's session cookie, be
     * refused, and reload that page as a third session, counted against one reader.
     */
    static void quiet(ChromeDriver driver) {
        long[] last = {-1, System.nanoTime()};
        new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(100)).until(d -> {
            long requests = ((Number) ((JavascriptExecutor) d).executeScript(
                    "return performance.getEntriesByType('resource').length")).longValue();
            if (requests != last[0]) {
                last[0] = requests;
                last[1] = System.nanoTime();
            }
            return System.nanoTime() - last[1] > 1_000_000_000L;
        });
    }

    /**
     * The address of the n-th reader: another address of the loopback range (127.0.0.2, 127.0.0.3, …) for the same
     * server. Cookies belong to a host, so every reader has a session of its own while the tabs before stay open;
     * emptying one shared cookie jar instead let a page still talking to the server (it reports going to the
     * background when the next tab opens) lose its cookie, be refused, and reload as a second session.
     */
    static String reader(String base, int n) {
        java.net.URI uri = java.net.URI.create(base);
        return uri.getScheme() + "://127.0." + (n / 250) + "." + (2 + n % 250) + ":" + uri.getPort();
    }

    /**
     * Waits out the server's keep-alive timeout (Tomcat's default, 60 s) with every tab idle. Each reader's address
     * opens connections of its own, and an idle kept-alive connection holds Tomcat's buffers until it times out:
     * connection memory, gone a minute after the reader's last request, not the session's. (A fixed wait: this is a
     * benchmark of the running jar, not a test.)
     */
    static void idleConnectionsClosed() throws InterruptedException {
        Thread.sleep(65_000);
    }

    static ChromeDriver browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("annals-bench-chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), options);
    }

    static long heapUsedKb(long pid) throws Exception {
        run(JCMD, String.valueOf(pid), "GC.run");
        String info = run(JCMD, String.valueOf(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
