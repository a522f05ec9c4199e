package app.goodenough.practice;

import app.goodenough.identity.Roles;
import app.goodenough.practice.internal.PrincipleRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The seven principles are public: the article and the booking form show them to every reader.
 * They come with the database's migrations and nothing in the application changes them, so they
 * are read once; every booking, note and page needs them.
 */
@Service
@PreAuthorize(Roles.ANYONE)
public class PrincipleService {

    private final PrincipleRepository principles;
    private volatile List<Principle> loaded;

    PrincipleService(PrincipleRepository principles) {
        this.principles = principles;
    }

    public List<Principle> principles() {
        List<Principle> known = loaded;
        if (known == null) {
            known = List.copyOf(principles.findAll());
            loaded = known;
        }
        return known;
    }
}
