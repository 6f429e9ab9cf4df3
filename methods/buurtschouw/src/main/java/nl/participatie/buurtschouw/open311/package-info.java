/**
 * Open311 GeoReport v2 (<i>meldingen uitwisselen</i>): the service list, service requests in and out, in JSON and XML,
 * for the systems municipalities already run.
 */
package nl.participatie.buurtschouw.open311;
