package app.goodenough.database;

import app.goodenough.database.internal.SecretKeys;
import org.springframework.stereotype.Component;

/** The application's secret keys by name, the same for every instance: made once, kept in the database. */
@Component
public class AppSecrets {

    private final SecretKeys keys;

    AppSecrets(SecretKeys keys) {
        this.keys = keys;
    }

    /** The 32-byte key called {@code name}; the first call on a new database makes it. */
    public byte[] key(String name) {
        return keys.key(name);
    }
}
