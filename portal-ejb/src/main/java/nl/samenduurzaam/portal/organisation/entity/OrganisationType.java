package nl.samenduurzaam.portal.organisation.entity;

public enum OrganisationType {
    COMPANY,
    SOCIETAL_PARTNER,
    KNOWLEDGE_INSTITUTE,
    MUNICIPALITY,
    FACILITATOR
}
