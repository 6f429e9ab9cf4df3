/**
 * The sample petition's JSON type ids (<i>type-id's</i>), kept apart from its domain as in every method: only JSON
 * packages know Jackson.
 */
package nl.participatie.core.sample.json;
