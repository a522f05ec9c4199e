package app.goodenough.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.support.Demo;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestBackups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class BackupServiceTest extends ServiceTest {

    @Autowired BackupService backupService;

    @Test
    void theAdminTakesABackupAndSeesItFirst() {
        signIn.as(Demo.ADMIN);

        BackupFile taken = backupService.takeNow();

        assertThat(taken.kind()).isEqualTo(BackupKind.ON_REQUEST);
        assertThat(taken.path().getParent()).isEqualTo(TestBackups.FOLDER.toAbsolutePath().normalize());
        assertThat(backupService.status().newest()).contains(taken);
    }

    @Test
    void noOtherRoleSeesOrTakesBackups() {
        for (String someoneElse : new String[] {Demo.COACH, Demo.SAM}) {
            signIn.as(someoneElse);
            assertThatThrownBy(() -> backupService.status()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backupService.takeNow()).isInstanceOf(AccessDeniedException.class);
        }
        signIn.out();
        assertThatThrownBy(() -> backupService.takeNow()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
