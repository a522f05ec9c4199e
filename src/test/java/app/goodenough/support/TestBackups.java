package app.goodenough.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The backup folder of the application under test: a fresh temporary folder for each test run. Tests take backups themselves. */
public final class TestBackups {

    public static final Path FOLDER = create();

    private TestBackups() {
    }

    private static Path create() {
        try {
            return Files.createTempDirectory("good-enough-backups");
        } catch (IOException unavailable) {
            throw new UncheckedIOException(unavailable);
        }
    }
}
