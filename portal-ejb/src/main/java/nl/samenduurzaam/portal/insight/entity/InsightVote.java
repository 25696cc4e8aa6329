package nl.samenduurzaam.portal.insight.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.samenduurzaam.portal.account.entity.Account;
import nl.samenduurzaam.portal.common.PortalException;

import java.time.Instant;
import java.util.Objects;

/** One dot a participant put on an insight during a session's dot vote. */
@Entity
@Table(name = "insight_vote")
@NamedQuery(name = InsightVote.COUNT_BY_INSIGHT, query = "select v.insight.id, count(v) from InsightVote v "
        + "where v.insight.session.id = :sessionId group by v.insight.id")
@NamedQuery(name = InsightVote.OF_ACCOUNT, query = "select v from InsightVote v "
        + "where v.insight.session.id = :sessionId and v.account = :account order by v.id")
public class InsightVote {

    public static final String COUNT_BY_INSIGHT = "InsightVote.countByInsight";
    public static final String OF_ACCOUNT = "InsightVote.ofAccount";

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "insight_id", nullable = false)
    private Insight insight;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected InsightVote() {
    }

    public InsightVote(Insight insight, Account account, Instant castAt) {
        if (insight.getStatus() == InsightStatus.PARKED || insight.getStatus() == InsightStatus.CONVERTED) {
            throw new PortalException("voting.insight-closed");
        }
        this.insight = insight;
        this.account = Objects.requireNonNull(account);
        this.castAt = Objects.requireNonNull(castAt);
    }

    public Insight getInsight() {
        return insight;
    }
}
