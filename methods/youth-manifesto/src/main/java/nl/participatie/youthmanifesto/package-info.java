/**
 * Youth Manifesto (<i>jongerenmanifest</i>): 12 to 16 young people with little access to politics raise topics,
 * prioritise them, write a manifesto with an action list, hand it to the council, and follow what politics does with
 * every action through the council's real instruments — "do politicians keep their promises?". Entry point
 * {@link nl.participatie.youthmanifesto.YouthManifesto}; the group is the aggregate
 * {@link nl.participatie.youthmanifesto.ManifestoGroup}; the outputs are the {@link nl.participatie.youthmanifesto.Manifesto},
 * the {@link nl.participatie.youthmanifesto.PromiseTracker} and the {@link nl.participatie.youthmanifesto.GroupHealthCheck}.
 * Personal data of the young people (names, dates of birth, guardians, consents) never enters an event: it is in the
 * personal-data store, see {@link nl.participatie.youthmanifesto.privacy}.
 */
package nl.participatie.youthmanifesto;
