package app.goodenough.clients;

import app.goodenough.checkins.CheckInService;
import app.goodenough.clients.internal.ClientSessions;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.intake.IntakeService;
import app.goodenough.notes.ClientNotes;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.StoryPoint;
import app.goodenough.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One of the coach's clients as a whole: contact, sessions, notes, and the principles that came up,
 * when: in her notes, as the client's chosen focus, and in the client's own check-ins.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional
public class ClientStoryService {

    private final PracticeService practiceService;
    private final ClientSessions sessions;
    private final CurrentUser currentUser;
    private final NotesService notesService;
    private final CheckInService checkIns;
    private final IntakeService intake;

    ClientStoryService(PracticeService practiceService, ClientSessions sessions, CurrentUser currentUser, NotesService notesService,
            CheckInService checkIns, IntakeService intake) {
        this.checkIns = checkIns;
        this.intake = intake;
        this.practiceService = practiceService;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.notesService = notesService;
    }

    /** The client's story; another coach's client is refused exactly like one that does not exist. */
    public ClientStory clientStory(AccountId clientId) {
        ClientSummary client = practiceService.myClient(clientId)
                .orElseThrow(() -> new InvalidInputException("client", "There is no such client."));
        ClientNotes notes = notesService.notesOn(clientId);
        List<StoryPoint> points = new ArrayList<>(notes.tagged());
        points.addAll(sessions.focuses(me(), clientId));
        checkIns.ofClient(clientId).forEach(checkIn -> checkIn.weights().forEach((principle, weight) ->
                points.add(StoryPoint.checkIn(principle, checkIn.sessionStart(), weight))));
        points.sort(Comparator.comparing(StoryPoint::at));
        return new ClientStory(client, sessions.of(me(), clientId), notes.notes(), points, notes.trail(), intake.answersOfClient(clientId));
    }

    private AccountId me() {
        return currentUser.require().id();
    }
}
