package nl.samenduurzaam.workflow.idea.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.audit.control.AccessGuard;
import nl.samenduurzaam.portal.common.MultiLineText;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.elaboration.boundary.Elaborations;
import nl.samenduurzaam.portal.idea.boundary.IdeaDetail;
import nl.samenduurzaam.portal.idea.boundary.IdeaNumberFormat;
import nl.samenduurzaam.portal.idea.boundary.Ideas;
import nl.samenduurzaam.portal.organisation.control.OrganisationNames;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.role.boundary.MunicipalRoles;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.workflow.idea.IdeaLifecycle;
import nl.samenduurzaam.workflow.task.control.CandidateGroups;
import nl.samenduurzaam.workflow.task.control.TaskAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An idea's process as the portal shows it: the current step, who holds the ball and by when, the steps passed, and
 * the two actions possible at any step: withdrawal by the proposing organisation and parking by the programme
 * manager. Partners reach only the ideas their organisation may read.
 */
@Stateless
@DeclareRoles({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER,
        PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT, PortalRoles.ADMIN})
public class IdeaWorkflow {

    private static final String IDEA = "idea";
    private static final Set<String> SHOWN_STEPS = Set.of("userTask", "multiInstanceBody", "boundaryTimer",
            "noneEndEvent", "startEvent", "messageStartEvent", "businessRuleTask");

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private TaskService taskService;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private HistoryService historyService;

    @Inject
    private Ideas ideas;

    @Inject
    private Caller caller;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private AccessGuard guard;

    @Inject
    private TaskAccess access;

    @Inject
    private OrganisationNames organisationNames;

    @Inject
    private MunicipalRoles municipalRoles;

    @Inject
    private Elaborations elaborations;

    /**
     * Everything the idea page shows, read in one transaction: the idea, its open steps, its process diagram and the
     * municipality's approved role.
     * Refuses (and audits) an idea the caller may not read.
     */
    @RolesAllowed(PortalRoles.PROGRAMME_MEMBER)
    public IdeaPage page(@IdeaNumberFormat String number) {
        IdeaDetail detail = ideas.detail(number);
        String found = detail.summary().number();
        return new IdeaPage(detail, openSteps(found), latestDiagram(found).orElse(null),
                municipalRoles.approvedFor(found).orElse(null), elaborations.shownOnIdeaPage(found).orElse(null));
    }

    /** The open tasks of the idea, earliest due first; empty when its process has ended. */
    private List<CurrentStep> openSteps(String number) {
        Optional<ProcessInstance> instance = running(number);
        if (instance.isEmpty()) {
            return List.of();
        }
        return steps(taskService.createTaskQuery().processInstanceId(instance.get().getId())
                .orderByDueDate().asc().list());
    }

    /**
     * The open steps of several ideas at once, for lists (the partner's dashboard): one task query for all of them.
     * Ideas the caller may not read are left out.
     */
    @RolesAllowed(PortalRoles.LIFECYCLE_MEMBER)
    public Map<String, List<CurrentStep>> currentStepsOf(@NotNull @Size(max = 500) Collection<String> numbers) {
        Set<String> readable = ideas.findByNumbers(numbers).keySet();
        if (readable.isEmpty()) {
            return Map.of();
        }
        List<Task> open = taskService.createTaskQuery().processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .processInstanceBusinessKeyIn(readable.toArray(String[]::new)).orderByDueDate().asc().list();
        Map<String, String> numbersByProcess = access.businessKeys(open);
        List<CurrentStep> all = steps(open);
        Map<String, List<CurrentStep>> steps = new LinkedHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            steps.computeIfAbsent(numbersByProcess.get(open.get(i).getProcessInstanceId()), number -> new ArrayList<>())
                    .add(all.get(i));
        }
        return steps;
    }

    /** The steps the idea's process passed, oldest first, from the engine's history. */
    @RolesAllowed(PortalRoles.PROGRAMME_MEMBER)
    public List<StepRecord> history(@IdeaNumberFormat String number) {
        ideas.findByNumber(number);
        boolean civilServant = caller.isInAnyRole(PortalRoles.CIVIL_SERVANTS);
        List<String> instances = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY).processInstanceBusinessKey(number).list().stream()
                .map(HistoricProcessInstance::getId).toList();
        return instances.stream()
                .flatMap(id -> historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                        .orderByHistoricActivityInstanceStartTime().asc()
                        .orderPartiallyByOccurrence().asc().list().stream())
                .filter(step -> SHOWN_STEPS.contains(step.getActivityType()))
                .map(step -> record(step, civilServant))
                .toList();
    }

    /**
     * The idea's latest process on its model: the open steps and the steps passed; empty for an idea that never had a
     * process (such as an old demo idea).
     */
    private Optional<ProcessDiagram> latestDiagram(String number) {
        Optional<HistoricProcessInstance> latest = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(IdeaLifecycle.PROCESS_KEY).processInstanceBusinessKey(number)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst();
        return latest.map(instance -> {
            List<HistoricActivityInstance> steps = historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).list();
            List<String> current = steps.stream().filter(step -> step.getEndTime() == null)
                    .map(HistoricActivityInstance::getActivityId).filter(IdeaWorkflow::isModelElement)
                    .distinct().toList();
            List<String> passed = steps.stream().filter(step -> step.getEndTime() != null)
                    .map(HistoricActivityInstance::getActivityId).filter(IdeaWorkflow::isModelElement)
                    .filter(id -> !current.contains(id)).distinct().toList();
            return new ProcessDiagram(instance.getProcessDefinitionId(), current, passed);
        });
    }

    /**
     * The BPMN XML of a version of the idea lifecycle model: the model is the same for everybody and holds no data of
     * any idea. Empty for an unknown version or another process.
     */
    @RolesAllowed(PortalRoles.PROGRAMME_MEMBER)
    public Optional<byte[]> model(@NotBlank @Size(max = 64) String definitionId) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult();
        if (definition == null || !IdeaLifecycle.PROCESS_KEY.equals(definition.getKey())) {
            return Optional.empty();
        }
        try (InputStream xml = repositoryService.getProcessModel(definitionId)) {
            return Optional.of(xml.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The proposing organisation withdraws its idea, at any step of the process. */
    @RolesAllowed(PortalRoles.PARTNER)
    public void withdraw(@IdeaNumberFormat String number,
                         @NotBlank(message = "{withdrawal.reason.required}")
                         @Size(max = 2000, message = "{decision.reason.too-long}")
                         @MultiLineText
                         String reason) {
        ProcessInstance instance = running(number).orElseThrow(() -> guard.refuse("idea.withdraw", IDEA, number));
        Object proposer = runtimeService.getVariable(instance.getId(), IdeaLifecycle.PROPOSING_ORGANISATION_ID);
        Long own = callerAccount.get().getOrganisation().map(Organisation::getId).orElse(null);
        if (own == null || !(proposer instanceof Number id) || id.longValue() != own) {
            throw guard.refuse("idea.withdraw", IDEA, number);
        }
        correlate(number, IdeaLifecycle.WITHDRAWN_MESSAGE, IdeaLifecycle.WITHDRAWAL_REASON, reason.strip());
    }

    /** The programme manager parks an idea, at any step of the process. */
    @RolesAllowed(PortalRoles.PROGRAMME_MANAGER)
    public void park(@IdeaNumberFormat String number,
                     @NotBlank(message = "{decision.reason.required}")
                     @Size(max = 2000, message = "{decision.reason.too-long}")
                     @MultiLineText
                     String reason) {
        ideas.findByNumber(number);
        if (running(number).isEmpty()) {
            throw new PortalException("workflow.not-running");
        }
        correlate(number, IdeaLifecycle.PARKED_MESSAGE, IdeaLifecycle.PARKING_REASON, reason.strip());
    }

    private void correlate(String number, String message, String variable, String value) {
        access.asCaller(() -> runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(number)
                .setVariables(Variables.createVariables().putValue(variable, value))
                .correlateWithResult());
    }

    /** Multi-instance bodies are ids of the engine ("assessIdea#multiInstanceBody"), not of the drawn model. */
    private static boolean isModelElement(String activityId) {
        return activityId != null && activityId.indexOf('#') < 0;
    }

    private Optional<ProcessInstance> running(String number) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(IdeaLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(number).list().stream().findFirst();
    }

    /**
     * The open tasks as steps, in their order: who holds each (the municipality, the caller's own organisation or
     * another one, named) and, for civil servants, who works on it. An organisation's task names the organisation
     * of its candidate group; the names are read in one query.
     */
    private List<CurrentStep> steps(List<Task> tasks) {
        boolean civilServant = caller.isInAnyRole(PortalRoles.CIVIL_SERVANTS);
        Map<String, Long> holders = new HashMap<>();
        for (Task task : tasks) {
            if (IdeaLifecycle.ORGANISATION_TASKS.contains(task.getTaskDefinitionKey())) {
                holdingOrganisation(task).ifPresent(organisation -> holders.put(task.getId(), organisation));
            }
        }
        Map<Long, String> names = organisationNames.of(Set.copyOf(holders.values()));
        Long own = civilServant ? null : callerAccount.get().getOrganisation().map(Organisation::getId).orElse(null);
        return tasks.stream().map(task -> {
            Long holder = holders.get(task.getId());
            CurrentStep.Holder who = holder == null ? CurrentStep.Holder.MUNICIPALITY
                    : holder.equals(own) ? CurrentStep.Holder.YOUR_ORGANISATION : CurrentStep.Holder.ORGANISATION;
            return new CurrentStep(task.getTaskDefinitionKey(), who, holder == null ? null : names.get(holder),
                    civilServant ? task.getAssignee() : null, instant(task.getCreateTime()),
                    instant(task.getDueDate()));
        }).toList();
    }

    /** The organisation whose group an organisation's task is offered to. */
    private Optional<Long> holdingOrganisation(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> CandidateGroups.organisationOf(link.getGroupId()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static StepRecord record(HistoricActivityInstance step, boolean civilServant) {
        return new StepRecord(step.getActivityId(), step.getActivityType(),
                civilServant ? step.getAssignee() : null, instant(step.getStartTime()), instant(step.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
