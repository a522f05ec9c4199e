package app.goodenough.feeds;

/**
 * The private address of someone's calendar feed, in the two forms calendar apps take: the
 * {@code webcal://} one subscribes with a click, the {@code https://} one is pasted.
 */
public record FeedAddress(String https, String webcal) {

    @Override
    public String toString() {
        return "FeedAddress[…]";
    }
}
