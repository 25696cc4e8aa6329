package nl.samenduurzaam.workflow.task.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.samenduurzaam.portal.account.control.MailAddresses;
import nl.samenduurzaam.portal.common.LogText;
import nl.samenduurzaam.portal.idea.control.IdeaLookup;
import nl.samenduurzaam.portal.idea.control.IdeaPaths;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.notification.control.DigestTask;
import nl.samenduurzaam.portal.notification.control.DailyRounds;
import nl.samenduurzaam.portal.notification.control.Digests;
import nl.samenduurzaam.portal.notification.control.MailChoices;
import nl.samenduurzaam.portal.notification.control.Recipient;
import nl.samenduurzaam.portal.notification.control.TaskOverview;
import nl.samenduurzaam.portal.notification.entity.MailChoice;
import nl.samenduurzaam.portal.notification.entity.MailKind;
import nl.samenduurzaam.portal.security.PortalRoles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily digest, at seven in the morning in the municipality, once per day however many nodes run: for each civil
 * servant who reads their tasks in it (the default), the tasks over time, their own due soon, their groups' due soon
 * and what is new since yesterday; for everybody, the mail they chose to read in it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyDigest {

    static final String ROUND = "digest";
    static final Duration SOON = Duration.ofDays(3);
    static final Duration NEW = Duration.ofHours(24);
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");
    private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

    @Inject
    private Digests digests;

    @Inject
    private DailyRounds rounds;

    @Inject
    private MailAddresses addresses;

    @Inject
    private MailChoices choices;

    @Inject
    private TaskService taskService;

    @Inject
    private TaskAccess access;

    @Inject
    private IdeaLookup ideas;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Amsterdam", persistent = false, info = "daily digest")
    public void daily() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), MUNICIPALITY);
        try {
            if (!rounds.claim(ROUND, today)) {
                return;
            }
        } catch (EJBException anotherNodeWasFirst) {
            return;
        }
        int sent = 0;
        for (String username : people()) {
            try {
                sent += context.getBusinessObject(DailyDigest.class).deliverTo(username) ? 1 : 0;
            } catch (RuntimeException failed) {
                // one person's digest failing leaves the others' alone
                LOG.log(Level.WARNING, "Digest of " + LogText.clean(username) + " failed", failed);
            }
        }
        int count = sent;
        LOG.info(() -> "Daily digest: " + count + " mails");
    }

    /** Everybody who may get a digest: the civil servants, and whoever has mail waiting for one. */
    private Set<String> people() {
        Set<String> people = new LinkedHashSet<>();
        PortalRoles.CIVIL_SERVANTS.stream().sorted().forEach(role -> addresses.withRole(role)
                .forEach(recipient -> people.add(recipient.username())));
        people.addAll(digests.peopleWithOpenItems());
        return people;
    }

    /** The person's digest, in a transaction of its own; false when there was nothing to tell. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverTo(String username) {
        Optional<Recipient> recipient = addresses.ofUsername(username).stream().findFirst();
        if (recipient.isEmpty()) {
            return false;
        }
        Set<String> groups = new LinkedHashSet<>(addresses.rolesOf(username));
        groups.retainAll(PortalRoles.CIVIL_SERVANTS);
        boolean readsTasks = !groups.isEmpty()
                && choices.of(username, MailKind.GROUP_TASK) == MailChoice.DIGEST;
        return digests.deliver(recipient.get(), readsTasks ? overview(username, groups) : TaskOverview.NONE);
    }

    private TaskOverview overview(String username, Set<String> groups) {
        Instant now = clock.instant();
        Instant soon = now.plus(SOON);
        Map<String, Task> all = new LinkedHashMap<>();
        taskService.createTaskQuery().taskAssignee(username).active().list()
                .forEach(task -> all.put(task.getId(), task));
        taskService.createTaskQuery().taskCandidateGroupIn(List.copyOf(groups)).active().list()
                .forEach(task -> all.putIfAbsent(task.getId(), task));
        List<Task> overdue = new ArrayList<>();
        List<Task> mine = new ArrayList<>();
        List<Task> dueSoon = new ArrayList<>();
        List<Task> fresh = new ArrayList<>();
        for (Task task : all.values()) {
            boolean own = username.equals(task.getAssignee());
            Instant due = instant(task.getDueDate());
            Instant followUp = instant(task.getFollowUpDate());
            if (due != null && due.isBefore(now)) {
                overdue.add(task);
            } else if (own && (due != null && due.isBefore(soon) || followUp != null && followUp.isBefore(soon))) {
                mine.add(task);
            } else if (!own && due != null && due.isBefore(soon)) {
                dueSoon.add(task);
            } else if (!own && task.getCreateTime().toInstant().isAfter(now.minus(NEW))) {
                fresh.add(task);
            }
        }
        Comparator<Task> byDue = Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()));
        // the newest first: the digest shows the first lines of a long section
        Comparator<Task> newestFirst = Comparator.comparing(Task::getCreateTime).reversed();
        Map<String, String> numbers = access.businessKeys(List.copyOf(all.values()));
        Map<String, Optional<Idea>> ideasByNumber = new HashMap<>();
        return new TaskOverview(lines(overdue, byDue, numbers, ideasByNumber),
                lines(mine, byDue, numbers, ideasByNumber), lines(dueSoon, byDue, numbers, ideasByNumber),
                lines(fresh, newestFirst, numbers, ideasByNumber));
    }

    private List<DigestTask> lines(List<Task> tasks, Comparator<Task> order, Map<String, String> numbers,
                                   Map<String, Optional<Idea>> ideasByNumber) {
        List<DigestTask> lines = new ArrayList<>();
        for (Task task : tasks.stream().sorted(order).toList()) {
            String number = numbers.get(task.getProcessInstanceId());
            Optional<Idea> idea = number == null ? Optional.empty()
                    : ideasByNumber.computeIfAbsent(number, ideas::find);
            idea.ifPresent(found -> lines.add(new DigestTask(found.getNumber(), found.getTitle(),
                    task.getTaskDefinitionKey(), instant(task.getDueDate()), IdeaPaths.task(task.getId()))));
        }
        return lines;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
