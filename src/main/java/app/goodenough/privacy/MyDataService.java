package app.goodenough.privacy;

import app.goodenough.checkins.CheckInService;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.intake.IntakeService;
import app.goodenough.privacy.internal.ExportArchive;
import app.goodenough.privacy.internal.PrivacyRepository;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.TypedText;
import app.goodenough.takeaways.TakeawayService;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's own data: everything they may see, to download, and their request to be forgotten. Only ever the signed-in client's. */
@Service
@PreAuthorize(Roles.IS_CLIENT)
public class MyDataService {

    private final PrivacyRepository privacy;
    private final CheckInService checkIns;
    private final IntakeService intake;
    private final TakeawayService takeaways;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyDataService(PrivacyRepository privacy, CheckInService checkIns, IntakeService intake, TakeawayService takeaways, CurrentUser currentUser,
            Clock clock) {
        this.privacy = privacy;
        this.checkIns = checkIns;
        this.intake = intake;
        this.takeaways = takeaways;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Everything the practice holds about the signed-in client that they may see; the download is recorded. */
    @Transactional
    public MyData myData() {
        AccountId me = currentUser.require().id();
        Instant now = clock.instant();
        MyData.Person person = privacy.person(me).orElseThrow();
        List<MyData.Request> requests = privacy.requestsOf(me).stream().map(request -> new MyData.Request(request.requestedAt().toString(),
                request.reason(), request.withdrawnAt().map(Instant::toString).orElse(""), request.decidedAt().map(Instant::toString).orElse(""))).toList();
        MyData data = new MyData(now.toString(), person, privacy.sessionsOf(me), privacy.messagesTo(person.email()), requests,
                checkIns.myCheckIns(), intake.myAnswers(), takeaways.sharedWithMe());
        privacy.record("DATA_DOWNLOADED", me, null, me, "", now);
        return data;
    }

    /** Writes {@link #myData()} into a ZIP archive: my-data.json and my-data.html. */
    @Transactional
    public void writeMyData(OutputStream out) throws IOException {
        MyData data = myData();
        try (ExportArchive archive = new ExportArchive(out)) {
            archive.add("my-data", "Your data at Good Enough", data);
        }
    }

    /** The signed-in client's erasure requests, newest first. */
    public List<ErasureRequest> myErasureRequests() {
        return privacy.requestsOf(currentUser.require().id());
    }

    /**
     * Asks the coach to erase the signed-in client's data.
     *
     * @throws InvalidInputException at {@code reason} when it is too long, or a request is open already
     */
    @Transactional
    public ErasureRequest requestErasure(String reason) {
        AccountId me = currentUser.require().id();
        String text = reason == null ? "" : reason.strip();
        if (text.length() > ErasureRequest.MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "Write at most 2,000 characters.");
        }
        TypedText.require("reason", text);
        Instant now = clock.instant();
        if (!privacy.insertRequest(me, text, now)) {
            throw new InvalidInputException("reason", "You have asked already; your coach will decide on it.");
        }
        privacy.record("ERASURE_REQUESTED", me, null, me, "", now);
        return privacy.requestsOf(me).getFirst();
    }

    /**
     * Takes back the signed-in client's open request, before their coach decided on it.
     *
     * @throws InvalidInputException when there is no open request
     */
    @Transactional
    public void withdrawErasureRequest() {
        AccountId me = currentUser.require().id();
        Instant now = clock.instant();
        if (!privacy.withdraw(me, now)) {
            throw new InvalidInputException("request", "There is no open request to take back; your coach may have decided on it.");
        }
        privacy.record("ERASURE_WITHDRAWN", me, null, me, "", now);
    }
}
