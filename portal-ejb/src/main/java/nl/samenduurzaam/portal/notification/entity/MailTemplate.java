package nl.samenduurzaam.portal.notification.entity;

/**
 * Every mail text of the portal, with its kind and the number of arguments its texts take. The texts are in the
 * {@code notification/mail} bundles under {@code mail.<key>.subject} and {@code mail.<key>.body}; MailTemplatesTest
 * renders each in every language.
 */
public enum MailTemplate {
    /** A question of the screener to the proposing organisation: number, title, the question. */
    TASK_CLARIFY_IDEA("task.clarify-idea", MailKind.ORGANISATION_TASK, 3),
    /** A new task for a civil servant's group: number, title, the task's name (a MailText). */
    GROUP_TASK("task.group", MailKind.GROUP_TASK, 3),
    /** Ownership offered to an organisation: number, title. */
    TASK_ACCEPT_OWNERSHIP("task.accept-ownership", MailKind.ORGANISATION_TASK, 2),
    /** The owner elaborates the idea (again): number, title. */
    TASK_ELABORATE_IDEA("task.elaborate-idea", MailKind.ORGANISATION_TASK, 2),
    /** The owner reports progress and completion: number, title. */
    TASK_REPORT_COMPLETION("task.report-completion", MailKind.ORGANISATION_TASK, 2),
    /** The ownership proposal waits for an answer: number, title. */
    REMINDER_OWNERSHIP("reminder.ownership", MailKind.REMINDER, 2),
    /** The elaboration is due: number, title. */
    REMINDER_ELABORATION("reminder.elaboration", MailKind.REMINDER, 2),
    /** A progress report is due: number, title. */
    REMINDER_PROGRESS("reminder.progress", MailKind.REMINDER, 2),
    /** A screening is overdue and the programme managers may take it over: number, title. */
    ESCALATION_SCREENING("escalation.screening", MailKind.ESCALATION, 2),
    /** Selected: number, title, the reason. */
    DECISION_SELECTED("decision.selected", MailKind.DECISION, 3),
    DECISION_NOT_PURSUED("decision.not-pursued", MailKind.DECISION, 3),
    DECISION_PARKED("decision.parked", MailKind.DECISION, 3),
    DECISION_ROLE_ASSIGNED("decision.role-assigned", MailKind.DECISION, 3),
    DECISION_TO_REVISE("decision.to-revise", MailKind.DECISION, 3),
    DECISION_ELABORATION_APPROVED("decision.elaboration-approved", MailKind.DECISION, 3),
    DECISION_STOPPED("decision.stopped", MailKind.DECISION, 3),
    DECISION_COMPLETED("decision.completed", MailKind.DECISION, 3),
    /** Management sent a role proposal back: number, title, management's note. */
    ROLE_SENT_BACK("role.sent-back", MailKind.ROLE_SENT_BACK, 3),
    /** Registered for a session: its title, its days with place and agenda. */
    SESSION_REGISTERED("session.registered", MailKind.SESSION, 2),
    /** The session is tomorrow: its title, its days with place and agenda. */
    SESSION_TOMORROW("session.tomorrow", MailKind.SESSION, 2),
    /** The daily digest: its sections, each a heading and its lines. */
    DIGEST("digest", MailKind.DIGEST, 1),
    /** A password reset link: the person's name, minutes the link is valid. */
    PASSWORD_RESET("account.password-reset", MailKind.PASSWORD_RESET, 2),
    /** A new account's invitation to choose a password: the person's name, the username, hours the link works. */
    INVITATION("account.invitation", MailKind.INVITATION, 3),
    /** Confirm a new address: the person's name, the new address, hours the link works. */
    EMAIL_CONFIRMATION("account.email-confirmation", MailKind.EMAIL_CONFIRMATION, 3);

    private final String key;
    private final MailKind kind;
    private final int arguments;

    MailTemplate(String key, MailKind kind, int arguments) {
        this.key = key;
        this.kind = kind;
        this.arguments = arguments;
    }

    public String subjectKey() {
        return "mail." + key + ".subject";
    }

    public String bodyKey() {
        return "mail." + key + ".body";
    }

    public MailKind kind() {
        return kind;
    }

    public int arguments() {
        return arguments;
    }

    /** An account's own mail greets the person by name in its body; the others greet whoever reads them. */
    public boolean greetsByName() {
        return kind == MailKind.PASSWORD_RESET || kind == MailKind.INVITATION || kind == MailKind.EMAIL_CONFIRMATION;
    }
}
