package nl.participatie.core.link;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.participatie.core.API;
import nl.participatie.core.link.LinkType.Cardinality;
import nl.participatie.core.link.LinkType.Direction;

/**
 * The registry of link types an engine accepts (<i>koppelingssoorten</i>): immutable, built once. The defaults name
 * the links between the five methods; a municipality or vendor adds its own with {@link #with}.
 *
 * <table>
 * <caption>The default link types</caption>
 * <tr><th>name</th><th>from</th><th>to</th><th>recorded by</th><th>cardinality</th></tr>
 * <tr><td>became</td><td>a Buurtschouw report (an idea) or an initiative</td><td>an initiative</td><td>target</td><td>one to one</td></tr>
 * <tr><td>evidence-for</td><td>a report</td><td>an initiative, a budget round, a manifesto group</td><td>target</td><td>many to many</td></tr>
 * <tr><td>funded-by</td><td>an initiative (its action)</td><td>a budget round (its line)</td><td>source</td><td>many to many</td></tr>
 * <tr><td>realised-by</td><td>a manifesto group (its action)</td><td>a budget round or an initiative</td><td>source</td><td>many to many</td></tr>
 * <tr><td>phase-of</td><td>a campaign, an initiative, a manifesto group or a budget round</td><td>a Samenspel trajectory</td><td>target</td><td>many to one</td></tr>
 * <tr><td>responds-to</td><td>a budget round (the council's decision)</td><td>a manifesto group (its action)</td><td>source</td><td>many to many</td></tr>
 * <tr><td>part-of</td><td>a report</td><td>a campaign</td><td>source</td><td>many to one</td></tr>
 * <tr><td>duplicate-of</td><td>a report</td><td>a report</td><td>source</td><td>many to many</td></tr>
 * </table>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class LinkTypes {

    /** Stream types of the five methods, as their workflows declare them. */
    public static final String REPORT = "buurtschouw.report";
    /** A Buurtschouw campaign. */
    public static final String CAMPAIGN = "buurtschouw.campaign";
    /** A Burgers aan het stuur initiative. */
    public static final String INITIATIVE = "burgersaanhetstuur.initiative";
    /** A Budgetmonitoring round. */
    public static final String BUDGET_ROUND = "budgetmonitoring.budget-round";
    /** A Youth Manifesto group. */
    public static final String MANIFESTO_GROUP = "youthmanifesto.group";
    /** A Samenspel trajectory. */
    public static final String TRAJECTORY = "samenspel.trajectory";

    private static final LinkTypes DEFAULTS = new LinkTypes(Map.of()).with(
            LinkType.of("became", Direction.RECORDED_BY_TARGET, Set.of(REPORT, INITIATIVE), Set.of(INITIATIVE), Cardinality.ONE_TO_ONE),
            LinkType.of("evidence-for", Direction.RECORDED_BY_TARGET, Set.of(REPORT),
                    Set.of(INITIATIVE, BUDGET_ROUND, MANIFESTO_GROUP), Cardinality.MANY_TO_MANY),
            LinkType.of("funded-by", Direction.RECORDED_BY_SOURCE, Set.of(INITIATIVE), Set.of(BUDGET_ROUND), Cardinality.MANY_TO_MANY),
            LinkType.of("realised-by", Direction.RECORDED_BY_SOURCE, Set.of(MANIFESTO_GROUP), Set.of(BUDGET_ROUND, INITIATIVE),
                    Cardinality.MANY_TO_MANY),
            LinkType.of("phase-of", Direction.RECORDED_BY_TARGET, Set.of(CAMPAIGN, INITIATIVE, MANIFESTO_GROUP, BUDGET_ROUND),
                    Set.of(TRAJECTORY), Cardinality.MANY_TO_ONE),
            LinkType.of("responds-to", Direction.RECORDED_BY_SOURCE, Set.of(BUDGET_ROUND), Set.of(MANIFESTO_GROUP),
                    Cardinality.MANY_TO_MANY),
            LinkType.of("part-of", Direction.RECORDED_BY_SOURCE, Set.of(REPORT), Set.of(CAMPAIGN), Cardinality.MANY_TO_ONE),
            // Many to many over time: an idea separated again may be grouped with another one, and the index keeps
            // every link ever made; which original a report duplicates now is the report's state.
            LinkType.of("duplicate-of", Direction.RECORDED_BY_SOURCE, Set.of(REPORT), Set.of(REPORT), Cardinality.MANY_TO_MANY));

    private final Map<String, LinkType> types;

    private LinkTypes(Map<String, LinkType> types) {
        this.types = types;
    }

    /** The library's link types between the five methods (see the table above). */
    public static LinkTypes defaults() {
        return DEFAULTS;
    }

    /** A registry of exactly these types. */
    public static LinkTypes of(LinkType... types) {
        return new LinkTypes(Map.of()).with(types);
    }

    /** This registry with the given types added; a type of a name already registered replaces it. */
    public LinkTypes with(LinkType... added) {
        Map<String, LinkType> all = new LinkedHashMap<>(types);
        for (LinkType type : added) {
            all.put(type.name(), type);
        }
        return new LinkTypes(java.util.Collections.unmodifiableMap(all));
    }

    /** The type of this name, if registered. */
    public Optional<LinkType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Every registered type, in the order registered. */
    public List<LinkType> all() {
        Collection<LinkType> values = types.values();
        return List.copyOf(values);
    }
}
