import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What one reader sees while many others load the site: Debian's headless Chromium opens the public timeline page
 * again and again (a fresh browser profile each time, as a reader from a news link) and times it until the list of
 * events is on the page. Prints one RESULT line. Run by bench/readers-load.sh:
 * java -cp <test classpath> bench/ReaderSample.java <base URL> <path> <loads>
 */
public class ReaderSample {

    public static void main(String[] args) throws Exception {
        String url = args[0] + args[1];
        int loads = Integer.parseInt(args[2]);
        List<Double> times = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < loads; i++) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--window-size=1440,900",
                    "--user-data-dir=" + java.nio.file.Files.createTempDirectory("annals-sample"));
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
            try {
                long start = System.nanoTime();
                driver.get(url);
                new WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                        .until(d -> !d.findElements(By.cssSelector("#events li")).isEmpty());
                times.add((System.nanoTime() - start) / 1e6);
            } catch (RuntimeException e) {
                errors++;
            } finally {
                driver.quit();
            }
        }
        times.sort(null);
        double p50 = times.isEmpty() ? -1 : times.get(times.size() / 2);
        double p95 = times.isEmpty() ? -1 : times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.95) - 1));
        System.out.printf("RESULT browser loads=%d errors=%d p50=%.0f p95=%.0f ms (list of events shown)%n", loads, errors,
                p50, p95);
    }
}
