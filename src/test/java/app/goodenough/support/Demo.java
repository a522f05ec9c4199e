package app.goodenough.support;

/** The demo practice's sign-ins, as the README lists them. */
public final class Demo {

    public static final String PASSWORD = "good-enough-demo";
    public static final String COACH = "coach@example.com";
    public static final String ADMIN = "admin@example.com";
    public static final String SAM = "sam@example.com";
    public static final String ALEX = "alex@example.com";

    private Demo() {
    }
}
