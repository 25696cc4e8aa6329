package nl.samenduurzaam.portal.idea.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.AccessRefusedException;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.idea.control.IdeaNumbers;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/** Ideas: submitted by partners, read by their organisation and by civil servants, moved on by the workflow. */
@Stateless
public class Ideas {

    private static final Logger LOG = Logger.getLogger(Ideas.class.getName());
    /** Idea numbers count per calendar year in the municipality's time zone. */
    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerAccount caller;

    @Inject
    private IdeaNumbers numbers;

    @Inject
    private Event<IdeaSubmitted> submitted;

    @Inject
    private Clock clock;

    @RolesAllowed(PortalRoles.PARTNER)
    public IdeaSummary submit(@NotNull @Valid IdeaSubmission submission) {
        Account account = caller.get();
        if (account.getOrganisation().isEmpty()) {
            throw new PortalException("idea.submit.no-organisation");
        }
        Theme theme = em.find(Theme.class, submission.themeId());
        if (theme == null) {
            throw new NotFoundException("idea.theme.unknown");
        }
        Instant now = clock.instant();
        int year = now.atZone(MUNICIPALITY_ZONE).getYear();
        numbers.ensureCounter(year);
        Idea idea = Idea.submit(numbers.next(year), submission.title().strip(), submission.description().strip(),
                theme, account, now);
        em.persist(idea);
        em.flush();
        submitted.fire(new IdeaSubmitted(idea.getId(), idea.getNumber(), theme.getCode(),
                idea.getProposingOrganisation().getId(), account.getUsername()));
        LOG.info(() -> account.getUsername() + " submitted idea " + idea.getNumber());
        return IdeaSummary.of(idea);
    }

    @RolesAllowed(PortalRoles.PARTNER)
    public List<IdeaSummary> listForMyOrganisation() {
        Account account = caller.get();
        return account.getOrganisation()
                .map(organisation -> em.createNamedQuery(Idea.BY_PROPOSING_ORGANISATION, Idea.class)
                        .setParameter("organisationId", organisation.getId())
                        .getResultStream().map(IdeaSummary::of).toList())
                .orElse(List.of());
    }

    /** A partner reads its own organisation's ideas only; civil servants read all. */
    @RolesAllowed({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER,
            PortalRoles.PROGRAMME_MANAGER, PortalRoles.ROLE_HOLDER, PortalRoles.MANAGEMENT})
    public IdeaSummary findByNumber(@NotBlank @Size(max = 20) String number) {
        Optional<Idea> idea = find(number);
        if (idea.isPresent() && mayRead(idea.get())) {
            return IdeaSummary.of(idea.get());
        }
        if (idea.isEmpty() && mayReadAll()) {
            throw new NotFoundException("idea.not-found", number);
        }
        // a partner is told the same whether the number exists or belongs to someone else
        LOG.warning(() -> "Refused " + caller.username() + " reading idea " + number);
        throw new AccessRefusedException();
    }

    /** Ideas by number for lists of civil servants (such as the task list), keyed by number. */
    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER, PortalRoles.ROLE_HOLDER,
            PortalRoles.MANAGEMENT})
    public Map<String, IdeaSummary> findByNumbers(@NotNull Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Idea.BY_NUMBERS, Idea.class)
                .setParameter("numbers", Set.copyOf(numbers))
                .getResultStream()
                .map(IdeaSummary::of)
                .collect(Collectors.toMap(IdeaSummary::number, Function.identity()));
    }

    /** The screening decision "shortlist", recorded by the workflow in the transaction that completes the task. */
    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER})
    public void shortlist(@NotBlank String number) {
        load(number).shortlist(caller.username(), clock.instant());
    }

    /** The screening decision "not pursued", with the reason the partner will read. */
    @RolesAllowed({PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER})
    public void notPursue(@NotBlank String number, @NotBlank @Size(max = 2000) String reason) {
        load(number).notPursue(reason.strip(), caller.username(), clock.instant());
    }

    private boolean mayRead(Idea idea) {
        return mayReadAll() || idea.isProposedBy(caller.get().getOrganisation().orElse(null));
    }

    private boolean mayReadAll() {
        return PortalRoles.CIVIL_SERVANTS.stream().anyMatch(caller::isInRole)
                || caller.isInRole(PortalRoles.FACILITATOR);
    }

    private Optional<Idea> find(String number) {
        return em.createNamedQuery(Idea.BY_NUMBER, Idea.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    private Idea load(String number) {
        return find(number).orElseThrow(() -> new NotFoundException("idea.not-found", number));
    }
}
