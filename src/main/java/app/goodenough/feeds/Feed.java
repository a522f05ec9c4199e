package app.goodenough.feeds;

/** A feed as it is served: the calendar file and its entity tag, which changes whenever the file does. */
public record Feed(byte[] ics, String etag) {
}
