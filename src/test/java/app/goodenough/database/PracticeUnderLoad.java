package app.goodenough.database;

import app.goodenough.Application;
import app.goodenough.booking.BookingService;
import app.goodenough.identity.AccountId;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.support.Demo;
import app.goodenough.support.SignIn;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Run in a process of its own: the demo practice on the embedded PostgreSQL in the data folder
 * given, with readers booking and the coach saving notes as fast as they can, until the process
 * is killed. Every step is reported on standard output before it is tried and once it is
 * confirmed, so that whoever kills the process knows what each client was told:
 * <pre>
 * ready
 * trying booking KEY          booked KEY BOOKING-ID
 * trying note NOTE-ID VERSION saved NOTE-ID VERSION
 * </pre>
 */
public final class PracticeUnderLoad {

    static final ZoneId READERS = ZoneId.of("Europe/Berlin");
    private static final int READERS_AT_ONCE = 4;
    private static final int NOTE_WRITERS = 2;
    private static final int SAVES_PER_NOTE = 10;

    private final ConfigurableApplicationContext app;
    private final PrintStream out;

    private PracticeUnderLoad(ConfigurableApplicationContext app, PrintStream out) {
        this.app = app;
        this.out = out;
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0", "--management.server.port=0",
                "--good-enough.data-dir=" + args[0], "--good-enough.demo=true", "--logging.level.root=error");
        new PracticeUnderLoad(app, new PrintStream(System.out, true)).run();
    }

    /** The body saved as a note's version: the checker expects exactly this text. */
    static String body(String noteId, int version) {
        return "Version " + version + " of note " + noteId + ", saved while the practice was under load.";
    }

    private void run() {
        ConcurrentLinkedQueue<Instant> times = new ConcurrentLinkedQueue<>(freeTimes());
        out.println("ready");
        for (int i = 0; i < READERS_AT_ONCE; i++) {
            Thread.ofPlatform().start(() -> keepBooking(times));
        }
        for (int i = 0; i < NOTE_WRITERS; i++) {
            Thread.ofPlatform().start(this::keepWritingNotes);
        }
    }

    private List<Instant> freeTimes() {
        BookingService bookings = app.getBean(BookingService.class);
        SessionType type = app.getBean(SessionTypeService.class).bookableSessionTypes().getFirst();
        LocalDate today = LocalDate.now(app.getBean(Clock.class).withZone(READERS));
        return today.plusDays(2).datesUntil(today.plusDays(60))
                .flatMap(day -> bookings.freeTimesOn(type.id(), day, READERS).stream()).toList();
    }

    private void keepBooking(ConcurrentLinkedQueue<Instant> times) {
        BookingService bookings = app.getBean(BookingService.class);
        SessionType type = app.getBean(SessionTypeService.class).bookableSessionTypes().getFirst();
        for (Instant start = times.poll(); start != null; start = times.poll()) {
            UUID key = UUID.randomUUID();
            out.println("trying booking " + key);
            try {
                Confirmation booked = bookings.book(new BookingRequest(type.id(), start, "Reader Under Load",
                        "load-" + key + "@example.org", "", "", "", READERS.getId(), key));
                out.println("booked " + key + " " + booked.booking().id().value());
            } catch (RuntimeException failed) {
                pause();
            }
        }
    }

    private void keepWritingNotes() {
        app.getBean(SignIn.class).as(Demo.COACH);
        NotesService notes = app.getBean(NotesService.class);
        AccountId sam = new AccountId(new JdbcTemplate(app.getBean(DataSource.class))
                .queryForObject("select id from account where email = ?", UUID.class, Demo.SAM));
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Note note = notes.newClientNote(sam);
                for (int saves = 0; saves < SAVES_PER_NOTE; saves++) {
                    String id = note.id().value().toString();
                    int next = note.version() + 1;
                    out.println("trying note " + id + " " + next);
                    note = notes.save(note.id(), note.version(), new NoteDraft(body(id, next), List.of(), List.of()));
                    out.println("saved " + id + " " + note.version());
                }
            } catch (RuntimeException failed) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }
}
