/**
 * Samenspel (<i>samenspel gemeente–inwoner</i>): tailor-made change trajectories (<i>veranderingstrajecten</i>) in
 * which a municipality renews how it works with its residents. The municipality writes the design as data (phases,
 * stakeholder groups, the promised rung of the participation ladder per group, activities, deliverables, dates,
 * council-only decisions); the library validates it, runs it phase by phase, records contributions and what became of
 * them, and checks every promise about participation: kept, open or broken, with its evidence.
 */
package nl.participatie.samenspel;
