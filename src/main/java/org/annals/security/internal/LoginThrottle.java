package org.annals.security.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How many sign-in attempts go ahead: {@link #PER_ACCOUNT} per account and {@link #PER_ADDRESS} per client address in
 * any {@link #WINDOW} (token buckets that refill evenly), so guessing one password, or many accounts' passwords from one
 * place, stops within seconds while a person who mistypes a few times is not held up. Every attempt counts, whether
 * the account exists or not, so the answer says nothing about which accounts exist. The counters live in this instance,
 * bounded in number and forgotten after a quiet window.
 */
public class LoginThrottle {

    public static final int PER_ACCOUNT = 10;
    public static final int PER_ADDRESS = 100;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int TRACKED = 100_000;

    private final Cache<String, Bucket> accounts = tracked();
    private final Cache<String, Bucket> addresses = tracked();

    private static Cache<String, Bucket> tracked() {
        return Caffeine.newBuilder().maximumSize(TRACKED).expireAfterAccess(WINDOW).build();
    }

    /** Counts an attempt to sign in as {@code username} from {@code address}; empty if it may go ahead, else the wait. */
    public Optional<Duration> attempt(String username, String address) {
        String account = username.strip().toLowerCase(Locale.ROOT);
        ConsumptionProbe byAccount = accounts.get(account.length() > 100 ? account.substring(0, 100) : account,
                key -> bucket(PER_ACCOUNT)).tryConsumeAndReturnRemaining(1);
        ConsumptionProbe byAddress = addresses.get(address, key -> bucket(PER_ADDRESS)).tryConsumeAndReturnRemaining(1);
        long waitNanos = Math.max(byAccount.isConsumed() ? 0 : byAccount.getNanosToWaitForRefill(),
                byAddress.isConsumed() ? 0 : byAddress.getNanosToWaitForRefill());
        return byAccount.isConsumed() && byAddress.isConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(waitNanos));
    }

    private static Bucket bucket(int attempts) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, WINDOW).build())
                .build();
    }
}
