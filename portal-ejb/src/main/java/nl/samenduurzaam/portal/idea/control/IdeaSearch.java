package nl.samenduurzaam.portal.idea.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.samenduurzaam.portal.idea.boundary.IdeaQuery;
import nl.samenduurzaam.portal.idea.entity.Idea;
import nl.samenduurzaam.portal.idea.entity.IdeaStatus;
import nl.samenduurzaam.portal.organisation.entity.Organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the idea queries from fixed fragments only; every value the caller gives is a bound parameter and the sort
 * field comes from a whitelist, so no caller text becomes query text.
 */
@Stateless
public class IdeaSearch {

    static final int MIN_WORD_LENGTH = 4;
    static final int MAX_WORDS = 8;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * One page of ideas matching the query, plus one row to tell whether more follow.
     *
     * @param visibleTo when not null, only ideas this organisation proposes, co-proposes or owns, and published ones
     */
    public List<Idea> page(IdeaQuery query, Organisation visibleTo) {
        StringBuilder jpql = new StringBuilder("select i from Idea i where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        appendCriteria(jpql, parameters, query.text(), query.themeId(), query.sessionId());
        if (!query.statuses().isEmpty()) {
            jpql.append(" and i.status in :statuses");
            parameters.put("statuses", query.statuses());
        }
        if (query.ownerOrganisationId() != null) {
            jpql.append(" and i.ownerOrganisation.id = :ownerId");
            parameters.put("ownerId", query.ownerOrganisationId());
        }
        appendVisibility(jpql, parameters, visibleTo);
        jpql.append(" order by ").append(query.sort().path()).append(query.ascending() ? " asc" : " desc")
                .append(", i.id").append(query.ascending() ? " asc" : " desc");
        TypedQuery<Idea> typed = em.createQuery(jpql.toString(), Idea.class);
        parameters.forEach(typed::setParameter);
        return typed.setFirstResult(query.page() * query.size()).setMaxResults(query.size() + 1).getResultList();
    }

    /**
     * The numbers of the ideas matching a text (number or title), a theme and a session, at most {@code limit}: the
     * filter of lists over other data, such as the task list.
     */
    public List<String> numbers(String text, Long themeId, Long sessionId, int limit) {
        StringBuilder jpql = new StringBuilder("select i.number from Idea i where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        appendCriteria(jpql, parameters, text, themeId, sessionId);
        TypedQuery<String> typed = em.createQuery(jpql.toString(), String.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(limit).getResultList();
    }

    private static void appendCriteria(StringBuilder jpql, Map<String, Object> parameters, String text, Long themeId,
                                       Long sessionId) {
        if (text != null && !text.isBlank()) {
            jpql.append(" and (lower(i.title) like :text escape '\\' or lower(i.number) like :text escape '\\')");
            parameters.put("text", "%" + likeEscaped(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (themeId != null) {
            jpql.append(" and (i.theme.id = :themeId or exists (select t from Idea i2 join i2.additionalThemes t "
                    + "where i2 = i and t.id = :themeId))");
            parameters.put("themeId", themeId);
        }
        if (sessionId != null) {
            jpql.append(" and i.originSession.id = :sessionId");
            parameters.put("sessionId", sessionId);
        }
    }

    /** Open ideas of a theme whose titles share words with the given title, most shared words first. */
    public List<Idea> similarOpenIdeas(long themeId, String title, Organisation visibleTo, int limit) {
        Set<String> words = significantWords(title);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select i from Idea i where (i.theme.id = :themeId or exists "
                + "(select t from Idea i2 join i2.additionalThemes t where i2 = i and t.id = :themeId)) "
                + "and i.status not in :closed and (");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("themeId", themeId);
        parameters.put("closed", Arrays.stream(IdeaStatus.values()).filter(IdeaStatus::isFinal).toList());
        int index = 0;
        for (String word : words) {
            jpql.append(index == 0 ? "" : " or ").append("lower(i.title) like :w").append(index).append(" escape '\\'");
            parameters.put("w" + index, "%" + likeEscaped(word) + "%");
            index++;
        }
        jpql.append(")");
        appendVisibility(jpql, parameters, visibleTo);
        TypedQuery<Idea> typed = em.createQuery(jpql.toString(), Idea.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(limit * 4).getResultList().stream()
                .sorted((a, b) -> Integer.compare(sharedWords(b.getTitle(), words), sharedWords(a.getTitle(), words)))
                .limit(limit)
                .toList();
    }

    public static Set<String> significantWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_WORD_LENGTH && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    public static int sharedWords(String title, Set<String> words) {
        Set<String> own = significantWords(title);
        List<String> shared = new ArrayList<>(words);
        shared.retainAll(own);
        return shared.size();
    }

    private static void appendVisibility(StringBuilder jpql, Map<String, Object> parameters, Organisation visibleTo) {
        if (visibleTo != null) {
            jpql.append(" and (i.proposingOrganisation = :organisation or i.ownerOrganisation = :organisation"
                    + " or i.publishedAt is not null or exists (select c from Idea i3 join i3.coProposers c"
                    + " where i3 = i and c = :organisation))");
            parameters.put("organisation", visibleTo);
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
