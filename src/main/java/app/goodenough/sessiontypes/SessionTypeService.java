package app.goodenough.sessiontypes;

import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.sessiontypes.internal.SessionTypeRepository;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of session coaches offer: readers see the active ones; each coach keeps their own,
 * and another coach's type is refused exactly like one that does not exist.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class SessionTypeService {

    private final SessionTypeRepository sessionTypes;
    private final CurrentUser currentUser;

    SessionTypeService(SessionTypeRepository sessionTypes, CurrentUser currentUser) {
        this.sessionTypes = sessionTypes;
        this.currentUser = currentUser;
    }

    @PreAuthorize(Roles.ANYONE)
    public List<SessionType> bookableSessionTypes() {
        return sessionTypes.findActive();
    }

    @PreAuthorize(Roles.ANYONE)
    public Optional<SessionType> sessionType(SessionTypeId id) {
        return id == null ? Optional.empty() : sessionTypes.findById(id);
    }

    /** A type the application itself sets up for a coach, as the demo practice does. */
    @Transactional
    @PreAuthorize(Roles.IS_SYSTEM)
    public SessionType offer(AccountId coachId, NewSessionType type) {
        return sessionTypes.findById(sessionTypes.insert(coachId, type)).orElseThrow();
    }

    /** One of the coach's own types; another coach's is absent exactly like one that does not exist. */
    public Optional<SessionType> mySessionType(@Nullable SessionTypeId id) {
        return sessionType(id).filter(type -> type.coachId().equals(me()));
    }

    public List<SessionType> mySessionTypes() {
        return sessionTypes.findByCoach(me());
    }

    @Transactional
    public SessionType createMySessionType(NewSessionType type) {
        NewSessionType normalized = check(type);
        return sessionTypes.findById(sessionTypes.insert(me(), normalized)).orElseThrow();
    }

    /** Changes one of the coach's types; booked sessions keep their type and their time. */
    @Transactional
    public void updateMySessionType(SessionTypeId id, NewSessionType type) {
        if (!sessionTypes.update(me(), id, check(type))) {
            throw noSuchType();
        }
    }

    @Transactional
    public void setMySessionTypeActive(SessionTypeId id, boolean active) {
        if (!sessionTypes.setActive(me(), id, active)) {
            throw noSuchType();
        }
    }

    private static NewSessionType check(NewSessionType type) {
        NewSessionType normalized = new NewSessionType(strip(type.name()), type.durationMinutes(), strip(type.description()),
                strip(type.priceLabel()), strip(type.place()), strip(type.payment()), type.colour());
        List<FieldProblem> problems = SessionTypeCheck.problemsWith(normalized);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return normalized;
    }

    private static InvalidInputException noSuchType() {
        return new InvalidInputException("sessionType", "There is no such session type.");
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
