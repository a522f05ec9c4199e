package app.goodenough.account;

/** Role names for {@code @RolesAllowed} and {@code hasRole(...)}; Spring Security adds the {@code ROLE_} prefix. */
public final class Roles {

    public static final String CLIENT = "CLIENT";
    public static final String COACH = "COACH";
    public static final String ADMIN = "ADMIN";
    /** Held only by the application's own start-up work (first accounts, demo practice), never by a person. */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
