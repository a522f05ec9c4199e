package app.goodenough.practice;

/**
 * One of the seven numbered principles of the coach's article; the practice's tagging vocabulary.
 *
 * @param slug stable name used in addresses, e.g. {@code black-and-white-thinking}
 * @param colour CSS hex colour, e.g. {@code #56646f}
 */
public record Principle(String slug, Integer number, String title, String summary, String colour) {
}
