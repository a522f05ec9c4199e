package app.goodenough.practice;

import org.jspecify.annotations.Nullable;

/**
 * A principle a note is tagged with.
 *
 * @param stance where the client stands on it, 1 to 5, or null when not noted
 */
public record PrincipleTag(String principle, @Nullable Integer stance) {
}
