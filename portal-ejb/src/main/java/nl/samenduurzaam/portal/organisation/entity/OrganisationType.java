package nl.samenduurzaam.portal.organisation.entity;

public enum OrganisationType {
    COMPANY,
    SOCIETAL_PARTNER,
    KNOWLEDGE_INSTITUTE,
    MUNICIPALITY,
    FACILITATOR;

    /** Partners propose, own and elaborate ideas; the municipality and the facilitator run the programme. */
    public boolean isPartner() {
        return this != MUNICIPALITY && this != FACILITATOR;
    }
}
