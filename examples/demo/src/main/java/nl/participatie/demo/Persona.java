package nl.participatie.demo;

import java.util.Locale;
import java.util.Map;

import nl.participatie.budgetmonitoring.BudgetmonitoringWorkflow;
import nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow;
import nl.participatie.buurtschouw.BuurtschouwWorkflow;
import nl.participatie.core.value.Actor;
import nl.participatie.core.value.PersonId;
import nl.participatie.core.value.Role;
import nl.participatie.samenspel.SamenspelWorkflow;
import nl.participatie.youthmanifesto.YouthManifestoWorkflow;

/**
 * Who the visitor plays (<i>persona</i>), chosen on every page instead of a login: a person id and, per method, the
 * role that person has there (none: the persona only reads). The vendor's own user administration does this.
 */
public enum Persona {
    /** A resident (<i>bewoner</i>). */
    RESIDENT("p-demo-bewoner", "Bewoner", "Resident", Map.of(
            Method.BURGERS_AAN_HET_STUUR, BurgersAanHetStuurWorkflow.INITIATOR,
            Method.BUURTSCHOUW, BuurtschouwWorkflow.REPORTER,
            Method.BUDGETMONITORING, BudgetmonitoringWorkflow.RESIDENT,
            Method.SAMENSPEL, SamenspelWorkflow.RESIDENT)),
    /** An entrepreneur (<i>ondernemer</i>). */
    ENTREPRENEUR("p-demo-ondernemer", "Ondernemer", "Entrepreneur", Map.of(
            Method.BURGERS_AAN_HET_STUUR, BurgersAanHetStuurWorkflow.PARTICIPANT,
            Method.BUURTSCHOUW, BuurtschouwWorkflow.PARTICIPANT,
            Method.SAMENSPEL, SamenspelWorkflow.STAKEHOLDER)),
    /** A young participant (<i>jongere</i>). */
    YOUNG_PARTICIPANT("p-jongere-1", "Jongere", "Young participant", Map.of(
            Method.YOUTH_MANIFESTO, YouthManifestoWorkflow.YOUNG_PARTICIPANT,
            Method.BUURTSCHOUW, BuurtschouwWorkflow.REPORTER)),
    /** A facilitator (<i>opbouwwerker</i>). */
    FACILITATOR("p-demo-opbouwwerker", "Opbouwwerker", "Facilitator", Map.of(
            Method.BURGERS_AAN_HET_STUUR, BurgersAanHetStuurWorkflow.FACILITATOR,
            Method.BUURTSCHOUW, BuurtschouwWorkflow.FACILITATOR,
            Method.YOUTH_MANIFESTO, YouthManifestoWorkflow.FACILITATOR,
            Method.BUDGETMONITORING, BudgetmonitoringWorkflow.SOCIAL_PROFESSIONAL,
            Method.SAMENSPEL, SamenspelWorkflow.FACILITATOR)),
    /** A civil servant (<i>ambtenaar</i>). */
    CIVIL_SERVANT("p-demo-ambtenaar", "Ambtenaar", "Civil servant", Map.of(
            Method.BURGERS_AAN_HET_STUUR, BurgersAanHetStuurWorkflow.CIVIL_SERVANT,
            Method.BUURTSCHOUW, BuurtschouwWorkflow.CIVIL_SERVANT,
            Method.YOUTH_MANIFESTO, YouthManifestoWorkflow.CIVIL_SERVANT,
            Method.BUDGETMONITORING, BudgetmonitoringWorkflow.CIVIL_SERVANT,
            Method.SAMENSPEL, SamenspelWorkflow.CIVIL_SERVANT)),
    /** The council's clerk (<i>griffie</i>). */
    GRIFFIE("p-demo-griffie", "Griffie", "Council clerk (griffie)", Map.of(
            Method.YOUTH_MANIFESTO, YouthManifestoWorkflow.GRIFFIE,
            Method.BUDGETMONITORING, BudgetmonitoringWorkflow.GRIFFIE,
            Method.SAMENSPEL, SamenspelWorkflow.COUNCIL_MEMBER)),
    /** An alderman (<i>wethouder</i>). */
    ALDERMAN("p-demo-wethouder", "Wethouder", "Alderman", Map.of(
            Method.BURGERS_AAN_HET_STUUR, BurgersAanHetStuurWorkflow.EXECUTIVE,
            Method.BUURTSCHOUW, BuurtschouwWorkflow.EXECUTIVE,
            Method.YOUTH_MANIFESTO, YouthManifestoWorkflow.EXECUTIVE,
            Method.BUDGETMONITORING, BudgetmonitoringWorkflow.EXECUTIVE,
            Method.SAMENSPEL, SamenspelWorkflow.EXECUTIVE));

    private final PersonId person;
    private final String nl;
    private final String en;
    private final Map<Method, Role> roles;

    Persona(String person, String nl, String en, Map<Method, Role> roles) {
        this.person = PersonId.of(person);
        this.nl = nl;
        this.en = en;
        this.roles = roles;
    }

    /** The persona's person id. */
    public PersonId person() {
        return person;
    }

    /** The persona's name in the language. */
    public String label(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    /** The actor this persona is in a method, or {@code null} when it has no role there. */
    public Actor actorIn(Method method) {
        Role role = roles.get(method);
        return role == null ? null : Actor.of(person, role);
    }

    /** The persona named by a cookie's value; a resident when none or unknown. */
    public static Persona parse(String value) {
        for (Persona p : values()) {
            if (p.name().equalsIgnoreCase(value)) {
                return p;
            }
        }
        return RESIDENT;
    }

    /** The five methods, for the roles a persona has in each. */
    public enum Method {
        BURGERS_AAN_HET_STUUR, BUURTSCHOUW, YOUTH_MANIFESTO, BUDGETMONITORING, SAMENSPEL
    }
}
