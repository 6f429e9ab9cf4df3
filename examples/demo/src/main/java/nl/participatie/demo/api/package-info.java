/**
 * The demo's JSON API (<i>JSON-koppeling</i>) over every method's engines, with the persona as the actor, and its
 * OpenAPI description.
 */
package nl.participatie.demo.api;
