package app.goodenough.takeaways;

/** Published when a coach shares a takeaway and asks for it to go by email as well, in the transaction of the sharing. */
public record TakeawayShared(String clientEmail, String clientName, String coachName, String coachEmail, String text) {
}
