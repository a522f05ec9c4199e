package app.goodenough.identity;

/** What an account may do. Stored by name; see {@link Roles} for the annotation names. */
public enum Role {
    CLIENT("Client"),
    COACH("Coach"),
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
