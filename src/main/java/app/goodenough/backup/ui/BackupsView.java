package app.goodenough.backup.ui;

import app.goodenough.backup.BackupFailedException;
import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupService;
import app.goodenough.backup.BackupStatus;
import app.goodenough.identity.Roles;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.Locale;

/** The admin's backups: the newest one's time and size, a failure when there was one, and a backup taken now. */
@Route("admin/backups")
@PageTitle("Backups · Good Enough")
@Menu(order = 75, title = "Backups")
@RolesAllowed(Roles.ADMIN)
class BackupsView extends Main {

    private final BackupService backupService;
    private final Div summary = new Div();
    private final Grid<BackupFile> backups = new Grid<>();

    BackupsView(BackupService backupService) {
        this.backupService = backupService;
        addClassName("page");
        backups.addColumn(backup -> moment(backup)).setHeader("Taken").setAutoWidth(true);
        backups.addColumn(backup -> backup.kind().label()).setHeader("Why");
        backups.addColumn(backup -> size(backup.sizeBytes())).setHeader("Size");
        backups.addColumn(backup -> backup.path().getFileName().toString()).setHeader("File").setAutoWidth(true);
        backups.setAllRowsVisible(true);
        add(new H1("Backups"), summary);
        refresh();
    }

    private void refresh() {
        BackupStatus status = backupService.status();
        summary.removeAll();
        if (!status.taken()) {
            summary.add(new Paragraph("This practice runs on an external PostgreSQL: its backups are taken by the database's operator "
                    + "(see \"Backups and restore\" in the README)."));
            backups.setVisible(false);
            return;
        }
        status.lastFailure().ifPresent(failure -> {
            Paragraph failed = new Paragraph("The last backup failed at " + DateFormats.current().moment(failure.at().atZone(ZoneOffset.UTC))
                    + " UTC: " + failure.reason());
            failed.addClassName("backup-failed");
            summary.add(failed);
        });
        summary.add(new Paragraph(status.newest().map(newest -> "Newest backup: " + moment(newest) + ", " + size(newest.sizeBytes()) + ".")
                .orElse("No backup has been taken yet.")));
        summary.add(new Paragraph("A backup is taken every night and before every upgrade, into " + status.folder()
                + ". The last 14 nightly backups are kept, and one for each of the last 8 weeks."));
        Button takeNow = new Button("Take a backup now", click -> takeNow());
        takeNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeNow.setDisableOnClick(true);
        summary.add(takeNow);
        backups.setItems(status.backups());
        backups.setVisible(true);
        add(backups);
    }

    private void takeNow() {
        try {
            BackupFile taken = backupService.takeNow();
            refresh();
            Paragraph done = new Paragraph("Backup taken: " + size(taken.sizeBytes()) + ".");
            done.addClassName("backup-taken");
            summary.addComponentAtIndex(0, done);
        } catch (BackupFailedException failed) {
            refresh();
        }
    }

    private static String moment(BackupFile backup) {
        return DateFormats.current().moment(backup.takenAt().atZone(ZoneOffset.UTC)) + " UTC";
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
