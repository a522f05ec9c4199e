package app.goodenough.shared;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * An allowance per key (an account, a client address, both) that refills over a window: a
 * Bucket4j token bucket kept in PostgreSQL ({@link ThrottleStore}), so that every instance of
 * the application counts the same tries. Keys are stored as hashes: no address or email lands
 * in the table, and a key of any length costs one short row, which expires with its window.
 */
public final class FloodGuard {

    private final ProxyManager<String> buckets;
    private final String name;
    private final BucketConfiguration configuration;

    public FloodGuard(ProxyManager<String> buckets, String name, int allowance, Duration window) {
        this.buckets = buckets;
        this.name = name;
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(allowance).refillIntervally(allowance, window))
                .build();
    }

    /** How long the key must wait before its next try; zero when it may try now. */
    public Duration waitFor(String key) {
        var probe = bucket(key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Counts one try against the key's allowance (nothing more to count once none is left). */
    public void count(String key) {
        bucket(key).tryConsume(1);
    }

    /** Takes one try from the key's allowance: zero when it was there, else how long to wait. */
    public Duration take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** The key's allowance is whole again. */
    public void forget(String key) {
        buckets.removeProxy(id(key));
    }

    private BucketProxy bucket(String key) {
        return buckets.builder().build(id(key), () -> configuration);
    }

    private String id(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8));
            return name + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java", missing);
        }
    }

    /** Counts the tries a guard turned away, by form, for the operators' metrics ({@code good_enough_throttle_refusals_total}). */
    public static Counter refusalCounter(MeterRegistry registry, String form) {
        return Counter.builder("good.enough.throttle.refusals").description("Tries turned away by a throttle, by form")
                .tag("form", form).register(registry);
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
