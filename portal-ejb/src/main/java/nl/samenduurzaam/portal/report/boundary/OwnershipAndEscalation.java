package nl.samenduurzaam.portal.report.boundary;

import java.io.Serializable;

/**
 * The service figures from the ideas' timelines: escalations of late screenings, and how partner organisations
 * answered the ownership proposals (the time they took is the acceptOwnership step's lead time). Every proposal made
 * is accepted, declined, lapsed or still waiting: {@code ownerProposals = accepted + declined + lapsed + waiting}.
 */
public record OwnershipAndEscalation(long escalations, long ownerProposals, long accepted, long declined,
                                     long lapsed, long waiting) implements Serializable {

    /** Of the proposals answered (accepted, declined or lapsed), the share accepted in percent; null without any. */
    public Double acceptancePercent() {
        long answered = accepted + declined + lapsed;
        return answered == 0 ? null : 100.0 * accepted / answered;
    }
}
