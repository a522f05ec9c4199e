package app.goodenough.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupService;
import app.goodenough.backup.internal.Backups;
import app.goodenough.database.EmbeddedDatabase;
import app.goodenough.support.Demo;
import app.goodenough.support.TestBackups;
import app.goodenough.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BackupsViewTest extends ViewTest {

    @Autowired BackupService backupService;

    @BeforeEach
    void openBackups() {
        signIn.as(Demo.ADMIN);
        navigate(BackupsView.class);
    }

    @Test
    void theAdminTakesABackupNowAndSeesItsTimeAndSize() {
        int before = backupService.status().backups().size();

        test($(Button.class).withText("Take a backup now").single()).click();

        BackupFile newest = backupService.status().newest().orElseThrow();
        assertThat(backupService.status().backups()).hasSize(before + 1);
        assertThat($(Paragraph.class).withTextContaining("Backup taken: ").single().getText()).endsWith(BackupsView.size(newest.sizeBytes()) + ".");
        assertThat($(Paragraph.class).withTextContaining("Newest backup: ").single().getText())
                .contains(" UTC, " + BackupsView.size(newest.sizeBytes()));
        assertThat(test($(Grid.class).single()).size()).isEqualTo(before + 1);
        assertThat($(Paragraph.class).withTextContaining("every night and before every upgrade").exists()).isTrue();
        assertThat($(Paragraph.class).withTextContaining("The last backup failed").exists()).isFalse();
    }

    @Test
    void aFailedBackupIsShownUntilOneSucceeds() throws IOException {
        Path aside = TestBackups.FOLDER.resolveSibling(TestBackups.FOLDER.getFileName() + "-aside");
        Files.move(TestBackups.FOLDER, aside);
        Files.createFile(TestBackups.FOLDER);
        try {
            test($(Button.class).withText("Take a backup now").single()).click();

            assertThat($(Paragraph.class).withTextContaining("The last backup failed at ").single().getText())
                    .contains(" UTC: FileAlreadyExistsException");
            assertThat($(Paragraph.class).withTextContaining("Backup taken").exists()).isFalse();
        } finally {
            Files.delete(TestBackups.FOLDER);
            Files.move(aside, TestBackups.FOLDER);
        }
        test($(Button.class).withText("Take a backup now").single()).click();
        assertThat($(Paragraph.class).withTextContaining("The last backup failed").exists()).isFalse();
    }

    @Test
    void withAnExternalDatabaseThePageSaysBackupsAreTheOperatorsAndOffersNone(@Autowired DataSource dataSource, @Autowired Clock clock,
            @Autowired EmbeddedDatabase embedded) {
        BackupsView view = new BackupsView(new BackupService(new Backups(dataSource, clock, embedded, "auto", TestBackups.FOLDER)));

        assertThat(view.getElement().getTextRecursively()).contains("its backups are taken by the database's operator");
        assertThat(view.getChildren().flatMap(child -> child.getChildren()).filter(Button.class::isInstance)).isEmpty();
    }

    @Test
    void sizesReadTheWayPeopleSayThem() {
        assertThat(BackupsView.size(2_560)).isEqualTo("2.5 KB");
        assertThat(BackupsView.size(3 * 1024 * 1024 + 512 * 1024)).isEqualTo("3.5 MB");
    }
}
