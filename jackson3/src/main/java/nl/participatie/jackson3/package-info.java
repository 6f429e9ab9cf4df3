/**
 * The library's JSON for Jackson 3 (<i>JSON-koppeling voor Jackson 3</i>): {@link
 * nl.participatie.jackson3.ParticipatieJacksonModule} for an application's own {@code JsonMapper}, and {@link
 * nl.participatie.jackson3.ParticipatieJson3} for a mapper configured as core's {@code ParticipatieJson}. Both write and
 * read what the Jackson 2 modules of {@code participatie-core} and the method modules declare.
 */
package nl.participatie.jackson3;
