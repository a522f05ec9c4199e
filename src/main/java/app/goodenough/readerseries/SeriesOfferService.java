package app.goodenough.readerseries;

import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.readerseries.internal.OfferRepository;
import app.goodenough.series.SeriesRhythm;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coach says which of her session types readers may book as a series, and how. Another coach's type is refused like a missing one. */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional
public class SeriesOfferService {

    private final OfferRepository offers;
    private final SessionTypeService sessionTypes;
    private final CurrentUser currentUser;

    SeriesOfferService(OfferRepository offers, SessionTypeService sessionTypes, CurrentUser currentUser) {
        this.offers = offers;
        this.sessionTypes = sessionTypes;
        this.currentUser = currentUser;
    }

    /** How readers may book one of her types as a series; empty when they may not. */
    @Transactional(readOnly = true)
    public Optional<SeriesOffer> myOffer(SessionTypeId type) {
        return sessionTypes.mySessionType(type).flatMap(mine -> offers.of(mine.id()));
    }

    /** Lets readers book one of her types as a series; null stops it. */
    public void offer(SessionTypeId type, @Nullable SeriesOffer offer) {
        if (sessionTypes.mySessionType(type).isEmpty()) {
            throw new InvalidInputException("sessionType", "There is no such session type.");
        }
        if (offer == null) {
            offers.remove(currentUser.require().id(), type);
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (offer.sessions() < SeriesOffer.MIN_SESSIONS || offer.sessions() > SeriesOffer.MAX_SESSIONS) {
            problems.add(new FieldProblem("sessions", "Choose " + SeriesOffer.MIN_SESSIONS + " to " + SeriesOffer.MAX_SESSIONS + " sessions."));
        }
        SeriesRhythm.problemWithEvery(offer.everyWeeks()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        offers.save(currentUser.require().id(), type, offer);
    }
}
