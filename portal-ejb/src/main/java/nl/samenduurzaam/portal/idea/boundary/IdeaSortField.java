package nl.samenduurzaam.portal.idea.boundary;

/** The fields idea lists may be sorted on; anything else is refused, so no caller text reaches the query. */
public enum IdeaSortField {
    NUMBER("i.number"),
    TITLE("i.title"),
    STATUS("i.status"),
    SUBMITTED_AT("i.submittedAt"),
    STATUS_CHANGED_AT("i.statusChangedAt");

    private final String path;

    IdeaSortField(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
