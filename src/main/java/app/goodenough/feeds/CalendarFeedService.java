package app.goodenough.feeds;

import app.goodenough.answertrail.AnswerTrail;
import app.goodenough.feeds.internal.FeedCalendar;
import app.goodenough.feeds.internal.FeedRepository;
import app.goodenough.feeds.internal.FeedSession;
import app.goodenough.feeds.internal.FeedTokens;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Role;
import app.goodenough.identity.Roles;
import app.goodenough.practice.PracticeService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar feeds: a coach's sessions and blocked time, a client's own sessions, for the
 * calendar apps people already live in. The address carries a long random secret; making a new
 * address revokes the old one at once. A feed never carries a note, nor what a client wrote.
 */
@Service
@PreAuthorize(Roles.HAS_SESSIONS)
public class CalendarFeedService {

    /** The path feeds are served under: {@code /feeds/<token>.ics}. */
    public static final String PATH = "/feeds/";
    public static final String SUFFIX = ".ics";

    static final Duration PAST = Duration.ofDays(90);
    static final Duration AHEAD = Duration.ofDays(731);
    static final Duration CANCELLED_LISTED = Duration.ofDays(30);
    static final int MAX_EVENTS = 5_000;

    private final FeedRepository feeds;
    private final AnswerTrail trail;
    private final PracticeService practice;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeedService(FeedRepository feeds, PracticeService practice, CurrentUser currentUser, AnswerTrail trail, Clock clock,
            @Value("${good-enough.base-url}") String baseUrl) {
        this.feeds = feeds;
        this.trail = trail;
        this.practice = practice;
        this.currentUser = currentUser;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The signed-in person's feed address; empty until they make one. */
    @Transactional(readOnly = true)
    public Optional<FeedAddress> myAddress() {
        AccountId me = currentUser.require().id();
        return feeds.secretOf(me).map(secret -> addressOf(FeedTokens.token(me, secret)));
    }

    /** A new feed address for the signed-in person; the one before stops working at once. */
    @Transactional
    public FeedAddress makeNewAddress() {
        AccountId me = currentUser.require().id();
        byte[] secret = FeedTokens.newSecret();
        feeds.replaceSecret(me, secret, clock.instant());
        return addressOf(FeedTokens.token(me, secret));
    }

    /** The feed a token opens; empty for a token that is malformed, revoked or of an account that cannot have one. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional
    public Optional<Feed> feed(@Nullable String token) {
        return Optional.ofNullable(token).flatMap(FeedTokens::read)
                .flatMap(parts -> feeds.owner(parts.owner()).filter(owner -> parts.matches(owner.secret())))
                .map(owner -> feedOf(owner.id(), owner.role()));
    }

    private Feed feedOf(AccountId owner, Role role) {
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant to = now.plus(AHEAD);
        Instant cancelledSince = now.minus(CANCELLED_LISTED);
        byte[] ics;
        if (role == Role.COACH) {
            ZoneId zone = practice.publicCoach(owner).timeZone();
            List<FeedSession> sessions = feeds.sessionsOfCoach(owner, from, to, cancelledSince, MAX_EVENTS);
            if (sessions.stream().anyMatch(session -> !session.answers().isEmpty())) {
                trail.shown(owner, owner, null, AnswerTrail.Shown.FEED);
            }
            ics = FeedCalendar.ics("Good Enough · sessions", sessions,
                    feeds.blocksOf(owner, from, to, MAX_EVENTS), new FeedCalendar.Wording(
                            session -> session.who() + " · " + session.sessionType(), CalendarFeedService::focusAndAnswersOf,
                            session -> baseUrl + "/coach/calendar?view=day&date=" + session.start().atZone(zone).toLocalDate()));
        } else {
            ics = FeedCalendar.ics("Good Enough · my sessions", feeds.sessionsOfClient(owner, from, to, cancelledSince, MAX_EVENTS), List.of(),
                    new FeedCalendar.Wording(session -> session.sessionType() + " with " + session.who(), CalendarFeedService::focusOf,
                            session -> baseUrl + "/my/sessions"));
        }
        return new Feed(ics, etagOf(ics));
    }

    private static String focusOf(FeedSession session) {
        return session.focus() == null ? "" : "Focus: " + session.focus();
    }

    private static String focusAndAnswersOf(FeedSession session) {
        return String.join("\n", Stream.concat(Stream.of(focusOf(session)).filter(focus -> !focus.isEmpty()), session.answers().stream()).toList());
    }

    private FeedAddress addressOf(String token) {
        String https = baseUrl + PATH + token + SUFFIX;
        return new FeedAddress(https, https.replaceFirst("^https?://", "webcal://"));
    }

    private static String etagOf(byte[] ics) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ics);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missing);
        }
    }
}
