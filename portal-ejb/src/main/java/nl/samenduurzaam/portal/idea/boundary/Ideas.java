package nl.samenduurzaam.portal.idea.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.samenduurzaam.portal.account.control.CallerAccount;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.audit.control.AccessGuard;
import nl.samenduurzaam.portal.audit.control.AuditTrail;
import nl.samenduurzaam.portal.common.ConcurrentChangeException;
import nl.samenduurzaam.portal.common.NotFoundException;
import nl.samenduurzaam.portal.common.Page;
import nl.samenduurzaam.portal.common.PortalException;
import nl.samenduurzaam.portal.common.SingleLineText;
import nl.samenduurzaam.portal.idea.control.IdeaIntake;
import nl.samenduurzaam.portal.idea.control.IdeaLookup;
import nl.samenduurzaam.portal.idea.control.IdeaSearch;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.security.Caller;
import nl.samenduurzaam.portal.security.PortalRoles;
import nl.samenduurzaam.portal.theme.entity.Theme;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ideas: submitted by partners, read by their organisation and by civil servants, edited, merged and moved on.
 * A partner reaches only ideas its organisation proposes, co-proposes or owns (and published ones); every other
 * attempt is refused and audited, and told the same whether the idea exists or not.
 */
@Stateless
public class Ideas {

    public static final int MAX_MATCHING = 1000;

    private static final int DUPLICATE_CANDIDATES = 5;
    private static final String IDEA = "idea";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private IdeaIntake intake;

    @Inject
    private IdeaLookup lookup;

    @Inject
    private IdeaSearch search;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed(PortalRoles.PARTNER)
    public IdeaSummary submit(@NotNull @Valid IdeaSubmission submission) {
        Account account = callerAccount.get();
        if (account.getOrganisation().isEmpty()) {
            throw new PortalException("idea.submit.no-organisation");
        }
        Optional<IdeaSummary> earlier = submittedWith(submission.submissionKey(), account);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Theme theme = em.find(Theme.class, submission.themeId());
        if (theme == null) {
            throw new NotFoundException("idea.theme.unknown");
        }
        Idea idea = Idea.submit(intake.nextNumber(), submission.title().strip(), submission.description().strip(),
                theme, account, clock.instant(), submission.submissionKey());
        intake.store(idea, account.getUsername());
        return IdeaSummary.of(idea);
    }

    /**
     * The idea the caller submitted with this form key, if that submission was stored: after a failed or lost
     * answer the form asks before it reports a failure (the first submission may have been stored after all).
     */
    @RolesAllowed(PortalRoles.PARTNER)
    public Optional<IdeaSummary> submittedWith(@NotBlank @Size(max = 36) String submissionKey) {
        return submittedWith(submissionKey, callerAccount.get());
    }

    private Optional<IdeaSummary> submittedWith(String submissionKey, Account account) {
        if (submissionKey == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Idea.BY_SUBMISSION_KEY, Idea.class).setParameter("key", submissionKey)
                .getResultStream().filter(idea -> idea.wasSubmittedWith(submissionKey, account))
                .findFirst().map(IdeaSummary::of);
    }

    /** One page of the caller's organisation's ideas, newest first (see {@link #listForMyOrganisation()}). */
    @RolesAllowed(PortalRoles.PARTNER)
    public Page<IdeaSummary> pageForMyOrganisation(@Min(0) int page, @Min(1) @Max(Page.MAX_SIZE) int size) {
        Account account = callerAccount.get();
        List<IdeaSummary> rows = account.getOrganisation()
                .map(organisation -> em.createNamedQuery(Idea.OF_ORGANISATION, Idea.class)
                        .setParameter("organisationId", organisation.getId())
                        .setFirstResult(page * size).setMaxResults(size + 1)
                        .getResultStream().map(IdeaSummary::of).toList())
                .orElse(List.of());
        return Page.of(rows, page, size);
    }

    /** The ideas of the caller's organisation: proposed, co-proposed, owned, or offered to it for ownership. */
    @RolesAllowed(PortalRoles.PARTNER)
    public List<IdeaSummary> listForMyOrganisation() {
        Account account = callerAccount.get();
        return account.getOrganisation()
                .map(organisation -> em.createNamedQuery(Idea.OF_ORGANISATION, Idea.class)
                        .setParameter("organisationId", organisation.getId())
                        .getResultStream().map(IdeaSummary::of).toList())
                .orElse(List.of());
    }

    /** Searches what the caller may see: civil servants everything, partners their organisation's and published. */
    @RolesAllowed(PortalRoles.PROGRAMME_MEMBER)
    public Page<IdeaSummary> search(@NotNull @Valid IdeaQuery query) {
        List<IdeaSummary> rows = search.page(query, scopeOfCaller()).stream().map(IdeaSummary::of).toList();
        return Page.of(rows, query.page(), query.size());
    }

    /**
     * Numbers of the ideas whose number or title contains the text, of a theme and of a session (each optional), at
     * most {@link #MAX_MATCHING}: how civil servants filter lists of other things about ideas, such as tasks.
     */
    @RolesAllowed(PortalRoles.CIVIL_SERVANT)
    public List<String> numbersMatching(@Size(max = 200, message = "{search.text.too-long}")
                                        @SingleLineText String text,
                                        Long themeId, Long sessionId) {
        return search.numbers(text, themeId, sessionId, MAX_MATCHING);
    }

    /** Open ideas of the theme with a similar title, shown while a new idea is being written. */
    @RolesAllowed({PortalRoles.PARTNER, PortalRoles.FACILITATOR, PortalRoles.SCREENER,
            PortalRoles.PROGRAMME_MANAGER})
    public List<DuplicateCandidate> duplicateCandidates(@NotNull Long themeId, @Size(max = 200) String title) {
        Set<String> words = IdeaSearch.significantWords(title);
        return search.similarOpenIdeas(themeId, title, scopeOfCaller(), DUPLICATE_CANDIDATES).stream()
                .map(idea -> new DuplicateCandidate(idea.getNumber(), idea.getTitle(), idea.getStatus(),
                        IdeaSearch.sharedWords(idea.getTitle(), words)))
                .toList();
    }

    @RolesAllowed(PortalRoles.PROGRAMME_MEMBER)
    public IdeaSummary findByNumber(@IdeaNumberFormat String number) {
        return IdeaSummary.of(readable(number, "idea.read"));
    }

    @RolesAllowed(PortalRoles.PROGRAMME_MEMBER)
    public IdeaDetail detail(@IdeaNumberFormat String number) {
        Idea idea = readable(number, "idea.read");
        List<String> mergedFrom = em.createNamedQuery(Idea.MERGED_INTO, String.class)
                .setParameter("ideaId", idea.getId()).getResultList();
        boolean mayAddCoAuthors = caller.isInRole(PortalRoles.PARTNER)
                && idea.isProposedBy(callerAccount.get().getOrganisation().orElse(null));
        IdeaDetail detail = IdeaDetail.of(idea, mergedFrom, mayAddCoAuthors,
                caller.isInAnyRole(PortalRoles.CIVIL_SERVANTS));
        // a published idea of another organisation: its people, insights and internal notes stay private
        return isInvolved(idea) ? detail : detail.publicPart();
    }

    /** Ideas by number for lists (such as the task list), keyed by number; a partner gets those it may read. */
    @RolesAllowed(PortalRoles.LIFECYCLE_MEMBER)
    public Map<String, IdeaSummary> findByNumbers(@NotNull Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Idea.BY_NUMBERS, Idea.class)
                .setParameter("numbers", Set.copyOf(numbers))
                .getResultStream()
                .filter(this::mayRead)
                .map(IdeaSummary::of)
                .collect(Collectors.toMap(IdeaSummary::number, Function.identity()));
    }

    /**
     * Changes an idea's texts: its proposing organisation's partners and civil servants may. The version read with
     * the texts must still be the idea's version, otherwise someone else changed it first and nothing is stored.
     */
    @RolesAllowed({PortalRoles.PARTNER, PortalRoles.SCREENER, PortalRoles.PROGRAMME_MANAGER})
    public IdeaDetail update(@IdeaNumberFormat String number, @NotNull @Valid IdeaUpdate update) {
        Idea idea = find(number).orElse(null);
        if (idea == null || !mayChange(idea)) {
            if (idea == null && isCivilServant()) {
                throw new NotFoundException("idea.not-found", number);
            }
            throw guard.refuse("idea.update", IDEA, number);
        }
        if (idea.getVersion() != update.version()) {
            throw new ConcurrentChangeException();
        }
        idea.edit(update.title().strip(), strippedOrNull(update.problem()), update.description().strip(),
                strippedOrNull(update.expectedImpact()), caller.username(), clock.instant());
        flush();
        audit.done(caller.username(), "idea.update", IDEA, number, null);
        return detail(number);
    }

    /** A partner adds a colleague of a proposing organisation as co-author. */
    @RolesAllowed(PortalRoles.PARTNER)
    public void addCoAuthor(@IdeaNumberFormat String number, @NotBlank @Size(max = 100) String username) {
        Idea idea = find(number).filter(this::mayChange).orElseThrow(() -> guard.refuse("idea.co-author", IDEA,
                number));
        Account author = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst()
                .filter(account -> idea.isProposedBy(account.getOrganisation().orElse(null)))
                .orElseThrow(() -> new PortalException("idea.co-author.not-a-colleague"));
        idea.addCoAuthor(author, caller.username(), clock.instant());
    }

    private Idea readable(String number, String action) {
        Optional<Idea> idea = find(number);
        if (idea.isPresent() && mayRead(idea.get())) {
            return idea.get();
        }
        if (idea.isEmpty() && mayReadAll()) {
            throw new NotFoundException("idea.not-found", number);
        }
        // a partner is told the same whether the number exists or belongs to someone else
        throw guard.refuse(action, IDEA, number);
    }

    private boolean mayRead(Idea idea) {
        if (mayReadAll() || idea.isPublished()) {
            return true;
        }
        Organisation own = callerAccount.get().getOrganisation().orElse(null);
        return idea.isProposedBy(own) || idea.isOwnedBy(own) || idea.isProposedAsOwner(own);
    }

    private boolean isInvolved(Idea idea) {
        if (mayReadAll()) {
            return true;
        }
        Organisation own = callerAccount.get().getOrganisation().orElse(null);
        return idea.isProposedBy(own) || idea.isOwnedBy(own) || idea.isProposedAsOwner(own);
    }

    private boolean mayChange(Idea idea) {
        return isCivilServant() || idea.isProposedBy(callerAccount.get().getOrganisation().orElse(null));
    }

    private boolean mayReadAll() {
        return isCivilServant() || caller.isInRole(PortalRoles.FACILITATOR);
    }

    private boolean isCivilServant() {
        return caller.isInAnyRole(PortalRoles.CIVIL_SERVANTS);
    }

    /** The organisation whose view of the ideas the caller has; none (everything) for civil servants. */
    private Organisation scopeOfCaller() {
        if (mayReadAll()) {
            return null;
        }
        return callerAccount.get().getOrganisation().orElseThrow(() -> new PortalException("idea.submit.no-organisation"));
    }

    private Optional<Idea> find(String number) {
        return lookup.find(number);
    }

    private Idea load(String number) {
        return lookup.load(number);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new ConcurrentChangeException();
        }
    }

    private static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
