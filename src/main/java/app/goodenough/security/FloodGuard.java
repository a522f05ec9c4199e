package app.goodenough.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An allowance per key (an account, a client address) that refills over a window, kept in
 * memory as Bucket4j token buckets. Keys whose allowance is whole again are forgotten, so a
 * flood of made-up keys cannot grow it for ever.
 */
public final class FloodGuard {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int allowance;
    private final Duration window;

    public FloodGuard(int allowance, Duration window) {
        this.allowance = allowance;
        this.window = window;
    }

    /** How long the key must wait before its next try; zero when it may try now. */
    public Duration waitFor(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Counts one try against the key's allowance, whether or not any was left. */
    public void count(String key) {
        buckets.computeIfAbsent(key, unused -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowance).refillIntervally(allowance, window).build()).build()).tryConsume(1);
    }

    /** Takes one try from the key's allowance: zero when it was there, else how long to wait. */
    public Duration take(String key) {
        Duration wait = waitFor(key);
        if (wait.isZero()) {
            count(key);
        }
        return wait;
    }

    public void forget(String key) {
        buckets.remove(key);
    }

    /** Drops the keys whose allowance has refilled completely. */
    public void forgetRested() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= allowance);
    }

    /** A wait in whole minutes, rounded up, at least one. */
    public static long wholeMinutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** A wait in whole minutes, at least one, as people read it. */
    public static String inMinutes(Duration wait) {
        return inMinutes(wholeMinutes(wait));
    }

    public static String inMinutes(long minutes) {
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
