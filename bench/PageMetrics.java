import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        for (int run = 0; run < 5; run++) {
            ChromeDriver driver = browser();
            try {
                driver.get(base + path);
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
                Object lcp = ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        new PerformanceObserver(list => { const e = list.getEntries(); done(e[e.length - 1].startTime); })
                            .observe({ type: 'largest-contentful-paint', buffered: true });""");
                paints.add(((Number) lcp).doubleValue());
            } finally {
                driver.quit();
            }
        }
        paints.sort(null);
        System.out.printf("LCP ms (5 cold loads, sorted): %s; median %.0f%n", paints, paints.get(2));

        ChromeDriver driver = browser();
        try {
            driver.get(base + path);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
            long before = heapUsedKb(pid);
            for (int i = 0; i < sessions; i++) {
                // a fresh cookie jar per reader: each tab opens its own HTTP session, as separate readers do
                driver.manage().deleteAllCookies();
                driver.switchTo().newWindow(WindowType.TAB);
                driver.get(base + path);
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
            }
            long after = heapUsedKb(pid);
            System.out.printf("Heap used after full GC: %d KB with 1 page, %d KB with %d more readers' pages: %.0f KB per reader%n",
                    before, after, sessions, (after - before) / (double) sessions);
            // the same number of embeds (static HTML + the public API): no session, so no heap should stay behind
            String embed = "/embed/" + path.substring(path.lastIndexOf('/') + 1);
            for (int i = 0; i < sessions; i++) {
                driver.manage().deleteAllCookies();
                driver.switchTo().newWindow(WindowType.TAB);
                driver.get(base + embed);
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
            }
            long embeds = heapUsedKb(pid);
            System.out.printf("Heap used after %d embeds: %d KB (%+.1f KB per embed)%n", sessions, embeds,
                    (embeds - after) / (double) sessions);
        } finally {
            driver.quit();
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
