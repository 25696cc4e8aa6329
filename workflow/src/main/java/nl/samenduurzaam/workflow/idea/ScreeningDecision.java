package nl.samenduurzaam.workflow.idea;

/** The outcomes of the screenIdea task that this version of the model knows. */
public enum ScreeningDecision {
    SHORTLIST,
    NOT_PURSUED
}
