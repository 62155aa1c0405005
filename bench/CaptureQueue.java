import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The capture queue under load (issue 17): captures per minute with the app's workers against an origin server on
 * this machine, storage per capture, and an editor's save latency while the queue is idle and while it is busy (same
 * run, same event). Jobs are queued through db-scheduler's own client, exactly as the app queues them (task
 * "capture-url", the URL as key and data). Run by bench/capture-queue.sh:
 * java -cp <test classpath> bench/CaptureQueue.java <app base> <database> <pages> <page KB> <saves> <user> <password>
 */
public class CaptureQueue {

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String database = args[1];
        int pages = Integer.parseInt(args[2]);
        int pageKb = Integer.parseInt(args[3]);
        int saves = Integer.parseInt(args[4]);
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL("jdbc:postgresql://127.0.0.1:5432/" + database);
        db.setUser("postgres");

        HttpServer origin = origin(pageKb);
        String base = "http://127.0.0.1:" + origin.getAddress().getPort() + "/story/";
        ChromeDriver driver = browser();
        try {
            long eventId = single(db, "select id from timeline_event where external_ref = '57'");
            signIn(driver, app, args[5], args[6]);
            driver.get(app + "/editor/events/" + eventId);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("save")).isEmpty());
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            saves(driver, 3, "warm-up"); // the first saves of a fresh JVM measure its compiler, not the queue
            List<Double> idle = saves(driver, saves, "idle");

            // the floor: the same pages fetched by two threads that keep nothing
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            Instant fetchStart = Instant.now();
            List<Thread> fetchers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                fetchers.add(Thread.ofPlatform().start(() -> {
                    for (int i; (i = next.getAndIncrement()) < pages; ) {
                        try {
                            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + i + "?floor")).build(),
                                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }));
            }
            for (Thread t : fetchers) {
                t.join();
            }
            double floorSeconds = Duration.between(fetchStart, Instant.now()).toMillis() / 1000.0;
            System.out.printf("Floor: the %d pages fetched by 2 threads keeping nothing in %.1f s = %.0f pages per minute%n",
                    pages, floorSeconds, pages / floorSeconds * 60);

            OneTimeTask<String> task = Tasks.oneTime("capture-url", String.class).execute((instance, context) -> { });
            SchedulerClient client = SchedulerClient.Builder.create(db, task).build();
            Instant queued = Instant.now();
            for (int i = 0; i < pages; i++) {
                String url = base + i + "?run=" + queued.toEpochMilli();
                client.scheduleIfNotExists(task.instance(url, url), queued);
            }
            String like = base + "%?run=" + queued.toEpochMilli();
            List<Double> busy = saves(driver, saves, "busy");
            long capturedDuringSaves = count(db, like);
            long done;
            while ((done = count(db, like)) < pages) {
                if (Duration.between(queued, Instant.now()).toMinutes() > 30) {
                    throw new IllegalStateException("only " + done + " of " + pages + " captured after 30 minutes");
                }
                Thread.sleep(250); // polling the table the workers fill, not waiting for a page
            }
            double seconds = Duration.between(queued, lastCapture(db, like)).toMillis() / 1000.0;
            System.out.printf("Captures: %d pages of %d KB queued at once; all captured in %.1f s = %.0f captures per minute"
                    + " (%d of them while the saves ran); failed: %d%n", pages, pageKb, seconds, pages / seconds * 60,
                    capturedDuringSaves, count(db, like, "FAILED"));
            try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(
                    "select avg(octet_length(warc)), avg(octet_length(text_content)), avg(pg_column_size(u.*)),"
                            + " avg(payload_bytes) from url_capture u where outcome = 'CAPTURED' and url like '" + like + "'")) {
                r.next();
                System.out.printf("Storage per capture: payload %.0f B; WARC (gzip) %.0f B; text %.0f B; row as stored"
                        + " (TOAST-compressed) %.0f B%n", r.getDouble(4), r.getDouble(1), r.getDouble(2), r.getDouble(3));
            }
            report("Editor's save, queue idle", idle);
            report("Editor's save, queue busy", busy);
        } finally {
            driver.quit();
            origin.stop(0);
        }
    }

    /** Pages like a news article: a title, OpenGraph and JSON-LD metadata, and paragraphs of text up to the size. */
    static HttpServer origin(int kb) throws Exception {
        // words drawn at random (a fixed seed) from a vocabulary: text that compresses about as much as prose does
        String[] words = ("officials said talks would continue as negotiators met again to discuss prisoner exchanges a "
                + "ceasefire and the terms each side sets while drones struck energy sites overnight according to regional "
                + "governors who reported damage in several districts and called for more air defence systems from allies "
                + "before winter the ministry added that repairs began at once").split(" ");
        java.util.Random random = new java.util.Random(17);
        StringBuilder text = new StringBuilder();
        while (text.length() < kb * 1024) {
            text.append("<p>");
            for (int w = 0; w < 60; w++) {
                text.append(words[random.nextInt(words.length)]).append(w == 59 ? ".</p>\n" : " ");
            }
        }
        HttpServer origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        origin.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        origin.createContext("/story/", e -> {
            byte[] body = ("<!doctype html><html><head><title>Story " + e.getRequestURI().getPath() + "</title>"
                    + "<meta property=\"og:title\" content=\"Talks continue\"><script type=\"application/ld+json\">"
                    + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-10-08\",\"publisher\":{\"name\":\"Bench Wire\"}}"
                    + "</script></head><body>" + text + "</body></html>").getBytes(StandardCharsets.UTF_8);
            e.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            e.sendResponseHeaders(200, body.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(body);
            }
        });
        origin.start();
        return origin;
    }

    /**
     * Saves the event {@code n} times, each with a changed summary, timed in the page from the click on Save until the
     * form is clear of its change message again (the save's answer drawn), to the millisecond.
     */
    static List<Double> saves(ChromeDriver driver, int n, String label) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            driver.findElement(By.cssSelector("#summary textarea")).sendKeys(" " + label + i);
            driver.findElement(By.cssSelector("#change-message input")).sendKeys("bench " + label + " " + i);
            Object ms = ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const message = document.querySelector('#change-message');
                    const start = performance.now();
                    // the fields send their values on leaving them (Vaadin's change event), before the click is handled
                    if (document.activeElement) { document.activeElement.blur(); }
                    document.querySelector('#save').click();
                    (function wait() {
                      if (!message.value) { done(performance.now() - start); }
                      else if (performance.now() - start > 30000) { done(-1); }
                      else { requestAnimationFrame(wait); }
                    })();""");
            double value = ((Number) ms).doubleValue();
            if (value < 0) {
                throw new IllegalStateException("a save did not finish within 30 s");
            }
            times.add(value);
        }
        return times;
    }

    static void report(String label, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(null);
        System.out.printf("%s: %d saves, median %.0f ms, p95 %.0f ms, max %.0f ms%n", label, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast());
    }

    static void signIn(ChromeDriver driver, String app, String user, String password) {
        driver.get(app + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    static long count(PGSimpleDataSource db, String like) throws Exception {
        return count(db, like, null);
    }

    static long count(PGSimpleDataSource db, String like, String outcome) throws Exception {
        return single(db, "select count(*) from url_capture where url like '" + like + "'"
                + (outcome == null ? "" : " and outcome = '" + outcome + "'"));
    }

    static Instant lastCapture(PGSimpleDataSource db, String like) throws Exception {
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "select max(captured_at) from url_capture where url like '" + like + "'")) {
            r.next();
            return r.getTimestamp(1).toInstant();
        }
    }

    static long single(PGSimpleDataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
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
}
