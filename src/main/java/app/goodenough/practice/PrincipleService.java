package app.goodenough.practice;

import app.goodenough.practice.internal.PrincipleRepository;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seven principles are public: the article and the booking form show them to every reader. */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class PrincipleService {

    private final PrincipleRepository principles;

    PrincipleService(PrincipleRepository principles) {
        this.principles = principles;
    }

    public List<Principle> principles() {
        return principles.findAll();
    }
}
