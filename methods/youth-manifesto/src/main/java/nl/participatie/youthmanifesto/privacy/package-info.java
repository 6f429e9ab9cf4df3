/**
 * The young participants' personal data (<i>privacy van minderjarigen</i>): names, dates of birth, guardians' contacts
 * and consents in core's personal-data store, never in events, erasable without breaking an audit chain. The adapter
 * between the method and the store; the only package of the method besides its facade that touches storage.
 */
package nl.participatie.youthmanifesto.privacy;
