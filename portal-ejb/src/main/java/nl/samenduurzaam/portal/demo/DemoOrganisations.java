package nl.samenduurzaam.portal.demo;

import jakarta.persistence.EntityManager;
import nl.samenduurzaam.portal.organisation.entity.Contact;
import nl.samenduurzaam.portal.organisation.entity.Organisation;
import nl.samenduurzaam.portal.organisation.entity.OrganisationType;

import java.util.List;

/** The municipality, the facilitator and a dozen clearly fictional partner organisations with contacts. */
record DemoOrganisations(Organisation municipality, Organisation facilitator, Organisation cooperative,
                         Organisation installer, Organisation housing, List<Organisation> partners) {

    static DemoOrganisations create(EntityManager em) {
        Organisation municipality = create(em, "Gemeente Sittard-Geleen", OrganisationType.MUNICIPALITY,
                "Team Samen Duurzaam", "samenduurzaam@example.org");
        Organisation facilitator = create(em, "Brightlands Innovation Factory", OrganisationType.FACILITATOR,
                "Procesbegeleiding", "factory@example.org");
        Organisation cooperative = create(em, "Energiecoöperatie Zonnedak Westelijke Mijnstreek (fictief)",
                OrganisationType.SOCIETAL_PARTNER, "Petra Partner", "bestuur@zonnedak.example.org");
        Organisation installer = create(em, "Installatiebedrijf Warmtewijzer (fictief)", OrganisationType.COMPANY,
                "Bas Bouwens", "info@warmtewijzer.example.org");
        Organisation housing = create(em, "Woningcorporatie Thuis in de Westhoek (fictief)",
                OrganisationType.SOCIETAL_PARTNER, "Noor Nijsten", "duurzaam@westhoek.example.org");
        List<Organisation> partners = List.of(cooperative, installer, housing,
                create(em, "Chemiepark Starters Collectief (fictief)", OrganisationType.COMPANY, "Luuk Lemmens",
                        "hallo@starters.example.org"),
                create(em, "Hogeschool Zuid-Limburg Lectoraat Energie (fictief)",
                        OrganisationType.KNOWLEDGE_INSTITUTE, "Dr. Yara Hendriks", "lectoraat@hzl.example.org"),
                create(em, "ROC Maasgouw Techniekcampus (fictief)", OrganisationType.KNOWLEDGE_INSTITUTE,
                        "Tom Vroemen", "techniek@maasgouw.example.org"),
                create(em, "Ondernemersvereniging Binnenstad Sittard (fictief)", OrganisationType.SOCIETAL_PARTNER,
                        "Ilse Coenen", "bestuur@binnenstad.example.org"),
                create(em, "Stichting Buurtkracht Geleen-Zuid (fictief)", OrganisationType.SOCIETAL_PARTNER,
                        "Mohamed El Amrani", "buurtkracht@example.org"),
                create(em, "Logistiek Knooppunt Born (fictief)", OrganisationType.COMPANY, "Ellen Dassen",
                        "contact@knooppuntborn.example.org"),
                create(em, "Waterstofpioniers Limburg (fictief)", OrganisationType.COMPANY, "Sven Ramakers",
                        "pioniers@waterstof.example.org"),
                create(em, "Zorggroep Westelijke Mijnstreek (fictief)", OrganisationType.SOCIETAL_PARTNER,
                        "Anouk Schreurs", "innovatie@zorggroep.example.org"),
                create(em, "Jongerenplatform Sjittesj (fictief)", OrganisationType.SOCIETAL_PARTNER,
                        "Daan Pelzer", "jongeren@sjittesj.example.org"));
        return new DemoOrganisations(municipality, facilitator, cooperative, installer, housing, partners);
    }

    Organisation partner(int index) {
        return partners.get(index % partners.size());
    }

    private static Organisation create(EntityManager em, String name, OrganisationType type, String contact,
                                       String email) {
        Organisation organisation = new Organisation(name, type);
        organisation.addContact(new Contact(contact, email, null, null));
        em.persist(organisation);
        return organisation;
    }
}
