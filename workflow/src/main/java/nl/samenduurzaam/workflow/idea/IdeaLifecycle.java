package nl.samenduurzaam.workflow.idea;

/** Keys of the {@code ideaLifecycle} BPMN model, shared by delegates, the task boundary and the tests. */
public final class IdeaLifecycle {

    public static final String PROCESS_KEY = "ideaLifecycle";

    // activities
    public static final String IDEA_SUBMITTED = "ideaSubmitted";
    public static final String SCREEN_IDEA = "screenIdea";
    public static final String RECORD_SHORTLIST = "recordShortlist";
    public static final String RECORD_NOT_PURSUED = "recordNotPursued";
    public static final String SHORTLIST_RECORDED = "shortlistRecorded";
    public static final String NOT_PURSUED_RECORDED = "notPursuedRecorded";

    // variables
    public static final String IDEA_ID = "ideaId";
    public static final String IDEA_NUMBER = "ideaNumber";
    public static final String THEME_CODE = "themeCode";
    public static final String PROPOSING_ORGANISATION_ID = "proposingOrganisationId";
    public static final String SCREENING_DECISION = "screeningDecision";
    public static final String NOT_PURSUED_REASON = "notPursuedReason";

    private IdeaLifecycle() {
    }
}
