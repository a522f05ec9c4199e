package app.goodenough.benchmark;

import java.util.Arrays;

/** Collects durations in nanoseconds and reports percentiles. */
public final class Stopwatch {

    private long[] samples;
    private int count;

    public Stopwatch(int capacity) {
        samples = new long[capacity];
    }

    public synchronized void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = nanos;
    }

    public double percentileMicros(double percentile) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }

    public int count() {
        return count;
    }
}
