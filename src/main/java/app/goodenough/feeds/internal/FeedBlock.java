package app.goodenough.feeds.internal;

import java.time.Instant;
import java.util.UUID;

/** Time the coach keeps free, listed as busy in the coach's own feed. */
public record FeedBlock(UUID id, Instant start, Instant end) {
}
