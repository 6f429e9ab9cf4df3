/**
 * JSON for Burgers aan het stuur: the Jackson module with the type ids of the initiative's commands and events. The
 * only package of the method that knows Jackson.
 */
package nl.participatie.burgersaanhetstuur.json;
