package app.goodenough.booking;

import app.goodenough.account.AddressOwner;
import app.goodenough.booking.internal.FormAnswersWriter;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Role;
import app.goodenough.identity.SignedInUser;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingClient;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every booking made on the booking page goes through, one session or a series: the fields
 * checked, the session type offered, the client it is for, and the page's answers written with it.
 */
@Component
public class ReaderRequests {

    /** A request whose every field is acceptable, trimmed, and the session type it books. */
    public record Checked(BookingRequest request, SessionType type) {
    }

    private final SessionTypeService sessionTypes;
    private final CoachClients coachClients;
    private final PrincipleService principleService;
    private final CurrentUser currentUser;
    private final FormAnswersWriter formAnswers;

    ReaderRequests(SessionTypeService sessionTypes, CoachClients coachClients, PrincipleService principleService, CurrentUser currentUser,
            FormAnswersWriter formAnswers) {
        this.sessionTypes = sessionTypes;
        this.coachClients = coachClients;
        this.principleService = principleService;
        this.currentUser = currentUser;
        this.formAnswers = formAnswers;
    }

    /** @throws InvalidInputException with every problem, each at its field */
    public Checked check(BookingRequest submitted, FormAnswers answers) {
        BookingRequest request = BookingRequestCheck.normalized(submitted);
        SessionType type = bookable(request.sessionType());
        Set<String> principles = principleService.principles().stream().map(Principle::slug).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>(BookingRequestCheck.problemsWith(request, principles));
        problems.addAll(formAnswers.problems(type.id(), answers));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(request, type);
    }

    /** A session type readers can book now. */
    public SessionType bookable(SessionTypeId id) {
        return sessionTypes.sessionType(id)
                .filter(SessionType::active)
                .orElseThrow(() -> new InvalidInputException("sessionType", "This kind of session is not offered. Please choose another."));
    }

    public List<IntakeQuestion> questions(SessionTypeId type) {
        return formAnswers.questions(type);
    }

    /**
     * The signed-in client; or the owner of the address typed, on trust when a reader who did not
     * sign in typed an address that already had an account (it waits for the owner's word, and
     * only then makes them the coach's client); or a new client account for a new address.
     */
    public BookingClient clientFor(SessionType type, BookingRequest request) {
        Optional<AccountId> signedIn = currentUser.get().filter(user -> user.role() == Role.CLIENT).map(SignedInUser::id);
        AddressOwner owner = signedIn.map(id -> new AddressOwner(id, false))
                .orElseGet(() -> coachClients.ownerOf(request.email(), request.name()));
        boolean onTrust = signedIn.isEmpty() && !owner.openedNow() && !currentUser.isSystem();
        if (!onTrust) {
            coachClients.link(type.coachId(), owner.id());
        }
        return new BookingClient(owner.id(), onTrust);
    }

    /** Writes the intake answers and where in the article the reader came from, in the booking's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeAnswers(Booking booking, FormAnswers answers) {
        formAnswers.write(booking, answers);
    }
}
