package app.goodenough.identity;

/**
 * Role names for {@code @RolesAllowed} on routes, and the rules for {@code @PreAuthorize} on
 * service methods; Spring Security adds the {@code ROLE_} prefix.
 *
 * <p>Why: {@code src/docs/decisions/008-access-three-times.md}.
 */
public final class Roles {

    public static final String CLIENT = "CLIENT";
    public static final String COACH = "COACH";
    public static final String ADMIN = "ADMIN";
    /** Held only by the application's own start-up work (first accounts, demo practice), never by a person. */
    public static final String SYSTEM = "SYSTEM";

    public static final String IS_CLIENT = "hasRole('" + CLIENT + "')";
    public static final String IS_COACH = "hasRole('" + COACH + "')";
    public static final String IS_ADMIN = "hasRole('" + ADMIN + "')";
    public static final String IS_SYSTEM = "hasRole('" + SYSTEM + "')";
    public static final String IS_ADMIN_OR_SYSTEM = "hasAnyRole('" + ADMIN + "', '" + SYSTEM + "')";
    /** Someone with sessions of their own: a client or a coach. */
    public static final String HAS_SESSIONS = "hasAnyRole('" + CLIENT + "', '" + COACH + "')";
    /** Anyone signed in: a client, a coach or the admin. */
    public static final String IS_A_PERSON = "hasAnyRole('" + CLIENT + "', '" + COACH + "', '" + ADMIN + "')";
    /** Anyone, signed in or not. */
    public static final String ANYONE = "permitAll()";

    private Roles() {
    }
}
