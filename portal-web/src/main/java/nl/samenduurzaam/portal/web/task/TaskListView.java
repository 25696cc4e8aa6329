package nl.samenduurzaam.portal.web.task;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.session.boundary.SessionSummary;
import nl.samenduurzaam.portal.session.boundary.Sessions;
import nl.samenduurzaam.portal.theme.boundary.ThemeSummary;
import nl.samenduurzaam.portal.theme.boundary.Themes;
import nl.samenduurzaam.portal.web.paging.UncountedDataModel;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.boundary.TaskQuery;
import nl.samenduurzaam.workflow.task.boundary.TaskSummary;
import nl.samenduurzaam.workflow.task.boundary.Tasks;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The civil servant's task list: mine, my groups' unclaimed tasks or everything I may take; filtered by kind of task,
 * theme, session, idea number or title, overdue and due date; sorted; paged without counting (PrimeFaces' paginator over an {@link UncountedDataModel}). Claiming and handing
 * back happen here, the forms on each task's page.
 */
@Named
@ViewScoped
public class TaskListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 25;
    private static final List<String> TASK_KEYS = List.of(IdeaLifecycle.SCREEN_IDEA, IdeaLifecycle.ASSESS_IDEA,
            IdeaLifecycle.DECIDE_SELECTION, IdeaLifecycle.PROPOSE_OWNER, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE,
            IdeaLifecycle.APPROVE_MUNICIPAL_ROLE, IdeaLifecycle.REVIEW_ELABORATION, IdeaLifecycle.CONFIRM_COMPLETION);
    private static final Set<String> CIVIL_SERVANT_FORMS = Set.of(IdeaLifecycle.SCREEN_IDEA,
            IdeaLifecycle.ASSESS_IDEA, IdeaLifecycle.PROPOSE_OWNER, IdeaLifecycle.PROPOSE_MUNICIPAL_ROLE);

    @Inject
    private Tasks tasks;

    @Inject
    private Themes themes;

    @Inject
    private Sessions sessions;

    private TaskQuery.Scope scope = TaskQuery.Scope.ALL;
    private String taskKey;
    private String text;
    private Long themeId;
    private Long sessionId;
    private boolean overdueOnly;
    private LocalDate dueUntil;
    private TaskQuery.Sort sort = TaskQuery.Sort.CREATED;
    private boolean ascending = true;
    private final UncountedDataModel<TaskSummary> rows = new UncountedDataModel<>(this::page, PAGE_SIZE,
            "tasks-form:tasks");
    private List<ThemeSummary> themeOptions;
    private List<SessionSummary> sessionOptions;

    @PostConstruct
    void init() {
        themeOptions = themes.all();
        sessionOptions = sessions.all();
    }

    /** Applies the filters from the first page on. */
    public void search() {
        rows.showFirstPage();
    }

    public void reset() {
        scope = TaskQuery.Scope.ALL;
        taskKey = null;
        text = null;
        themeId = null;
        sessionId = null;
        overdueOnly = false;
        dueUntil = null;
        sort = TaskQuery.Sort.CREATED;
        ascending = true;
        search();
    }

    private Page<TaskSummary> page(int page, int size) {
        return tasks.search(new TaskQuery(scope, taskKey, text, themeId, sessionId, overdueOnly, dueUntil, sort,
                ascending, page, size));
    }

    /** Also after a lost race the table is fetched again as it renders, and shows who holds the task now. */
    public void claim(TaskSummary task) {
        tasks.claim(task.taskId());
        Messages.addGlobalInfo("task.claim.done", task.ideaNumber());
    }

    /** Takes the task and opens its page with the form: what a screener does next anyway. */
    public String claimAndOpen(TaskSummary task) {
        tasks.claim(task.taskId());
        Messages.addFlashGlobalInfo("task.claim.done", task.ideaNumber());
        return "/tasks/task?faces-redirect=true&id=" + URLEncoder.encode(task.taskId(), StandardCharsets.UTF_8);
    }

    public void unclaim(TaskSummary task) {
        tasks.unclaim(task.taskId());
        Messages.addGlobalInfo("task.unclaim.done", task.ideaNumber());
    }

    /** The tasks the task page has a form for: every task of civil servants. */
    public boolean hasForm(TaskSummary task) {
        return task.ideaNumber() != null && (CIVIL_SERVANT_FORMS.contains(task.taskKey())
                || DecisionFormView.isCivilServantDecision(task.taskKey()));
    }

    public UncountedDataModel<TaskSummary> getMyTasks() {
        return rows;
    }

    public List<String> getTaskKeys() {
        return TASK_KEYS;
    }

    public TaskQuery.Scope[] getScopes() {
        return TaskQuery.Scope.values();
    }

    public TaskQuery.Sort[] getSorts() {
        return TaskQuery.Sort.values();
    }

    public List<ThemeSummary> getThemeOptions() {
        return themeOptions;
    }

    public List<SessionSummary> getSessionOptions() {
        return sessionOptions;
    }

    public TaskQuery.Scope getScope() {
        return scope;
    }

    public void setScope(TaskQuery.Scope scope) {
        this.scope = scope == null ? TaskQuery.Scope.ALL : scope;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public void setTaskKey(String taskKey) {
        this.taskKey = taskKey;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public LocalDate getDueUntil() {
        return dueUntil;
    }

    public void setDueUntil(LocalDate dueUntil) {
        this.dueUntil = dueUntil;
    }

    public TaskQuery.Sort getSort() {
        return sort;
    }

    public void setSort(TaskQuery.Sort sort) {
        this.sort = sort == null ? TaskQuery.Sort.CREATED : sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }
}
