/**
 * The load run (<i>belastingproef</i>) of the demo on PostgreSQL: a bounded, loopback-only load generator and the
 * check of the store afterwards.
 */
package nl.participatie.demo.load;
