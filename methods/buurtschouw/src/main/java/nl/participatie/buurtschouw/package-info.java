/**
 * De Digitale Buurtschouw (<i>buurtschouw</i>): residents, entrepreneurs and professionals walk their neighbourhood
 * with the municipality, report problems and ideas and score the quality of public space; every reporter hears what
 * was done with their report. Start at the facade {@link nl.participatie.buurtschouw.Buurtschouw}; the state machines
 * are in {@link nl.participatie.buurtschouw.BuurtschouwWorkflow}.
 */
package nl.participatie.buurtschouw;
