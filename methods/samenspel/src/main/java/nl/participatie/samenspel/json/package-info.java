/**
 * JSON for Samenspel: the Jackson module with the type ids of the trajectory's commands and events, and the three
 * design templates of the brochure read from the module's resources. The only package of the method that knows
 * Jackson.
 */
package nl.participatie.samenspel.json;
