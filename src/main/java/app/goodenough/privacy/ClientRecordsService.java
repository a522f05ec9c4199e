package app.goodenough.privacy;

import app.goodenough.checkins.CheckInService;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.intake.IntakeService;
import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.PracticeService;
import app.goodenough.privacy.internal.ExportArchive;
import app.goodenough.privacy.internal.PrivacyRepository;
import app.goodenough.privacy.internal.RecordRepository;
import app.goodenough.shared.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The coach's own export: one client's whole record for a transfer or a records request, and
 * the whole practice as one archive. Every export is in the notes' audit (each note exported) and
 * in the privacy trail.
 */
@Service
@PreAuthorize(Roles.IS_COACH)
public class ClientRecordsService {

    private final RecordRepository records;
    private final CheckInService checkIns;
    private final IntakeService intake;
    private final PrivacyRepository privacy;
    private final PracticeService practiceService;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ClientRecordsService(RecordRepository records, PrivacyRepository privacy, PracticeService practiceService, CheckInService checkIns,
            IntakeService intake, CurrentUser currentUser, TransactionTemplate transactions, Clock clock) {
        this.records = records;
        this.checkIns = checkIns;
        this.intake = intake;
        this.privacy = privacy;
        this.practiceService = practiceService;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * One client's whole record with the signed-in coach.
     *
     * @throws InvalidInputException when the client is not the coach's
     */
    public ClientRecord clientRecord(AccountId client) {
        if (!practiceService.isMyClient(client)) {
            throw new InvalidInputException("client", "There is no such client.");
        }
        AccountId coach = currentUser.require().id();
        Instant now = clock.instant();
        return transactions.execute(status -> {
            ClientRecord record = recordOf(coach, client, now);
            privacy.record("RECORD_EXPORTED", client, coach, coach, record.notes().size() + " notes", now);
            return record;
        });
    }

    /** Writes one client's record, as JSON and as a page, into a ZIP archive. */
    public void writeClientRecord(AccountId client, OutputStream out) throws IOException {
        ClientRecord record = clientRecord(client);
        try (ExportArchive archive = new ExportArchive(out)) {
            archive.add("client-record", "Record of " + record.client().name(), record);
        }
    }

    /** Writes every client's record into one ZIP archive, one client at a time, with an index page. */
    public void writePracticeArchive(OutputStream out) throws IOException {
        AccountId coach = currentUser.require().id();
        List<ClientSummary> clients = practiceService.myClients();
        StringBuilder index = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Practice records"
                + "</title></head><body><h1>Practice records</h1><ol>\n");
        try (ExportArchive archive = new ExportArchive(out)) {
            int number = 0;
            for (ClientSummary client : clients) {
                String path = String.format(Locale.ROOT, "clients/%03d-%s", ++number, client.id().value());
                ClientRecord record = transactions.execute(status -> recordOf(coach, client.id(), clock.instant()));
                archive.add(path, "Record of " + record.client().name(), record);
                index.append("<li><a href=\"").append(path).append(".html\">").append(HtmlUtils.htmlEscape(record.client().name()))
                        .append("</a> (").append(record.sessions().size()).append(" sessions, ").append(record.notes().size())
                        .append(" notes)</li>\n");
            }
            archive.addPage("index.html", index.append("</ol></body></html>\n").toString());
        }
        transactions.executeWithoutResult(status -> privacy.record("PRACTICE_EXPORTED", null, coach, coach,
                clients.size() + " clients", clock.instant()));
    }

    private ClientRecord recordOf(AccountId coach, AccountId client, Instant at) {
        var person = privacy.person(client).orElseThrow();
        var sessions = records.sessions(coach, client);
        var notes = records.notes(coach, client);
        records.auditExport(coach, client);
        return new ClientRecord(at.toString(), currentUser.require().displayName(), person, sessions, notes, records.story(notes, sessions),
                checkIns.ofClient(client), intake.answersOfClient(client).values().stream().flatMap(List::stream).toList());
    }
}
