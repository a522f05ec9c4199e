package app.goodenough.insights;

import java.util.List;

/**
 * What one part of the article led to over a period, for one coach.
 *
 * @param section a principle's slug, or {@link ArticleEntries#CLOSING}
 * @param title how the section is named to the coach
 * @param opened how many times the booking flow was opened from it (everyone's, counted without knowing who)
 * @param booked the coach's sessions booked from it
 * @param completed of those, the ones marked completed
 * @param notesDwelt the principles her notes on those clients were tagged with most, most first
 * @param checkInsDwelt the principles those clients' check-ins said weighed most (3 or 4), most first
 */
public record SectionFunnel(String section, String title, int opened, int booked, int completed, List<String> notesDwelt,
        List<String> checkInsDwelt) {
}
