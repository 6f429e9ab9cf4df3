/**
 * The Signalen import (<i>inlezen uit Signalen</i>): a municipality that moves from Signalen ({@code Amsterdam/signals})
 * brings its meldingen and their status histories along. {@link nl.participatie.buurtschouw.signalen.SignalenImport}
 * reads a JSON export and records it through the facade's import engine, as the system: Signalen's data as Signalen
 * recorded it (cancellations without a text, legacy {@code h}, forwards to external parties with and without an answer),
 * while the municipality's own users keep being asked for a reason when they cancel.
 */
package nl.participatie.buurtschouw.signalen;
