/**
 * What the municipality learns from the reports (<i>analyse</i>): counts, response times, quality against the target,
 * duplicates, and the feedback of a walk for the neighbourhood.
 */
package nl.participatie.buurtschouw.analysis;
