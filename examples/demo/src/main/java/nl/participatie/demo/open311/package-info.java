/**
 * The demo's Open311 GeoReport v2 endpoint (<i>Open311-koppeling</i>): HTTP routed to the Buurtschouw module's
 * {@code Open311Mapping} and {@code Open311Format}, with the vendor's parts (discovery, listing reports, keeping the
 * contact fields of a POST) written here.
 */
package nl.participatie.demo.open311;
