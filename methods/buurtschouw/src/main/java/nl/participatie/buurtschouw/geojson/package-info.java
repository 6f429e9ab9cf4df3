/**
 * Maps in GeoJSON (<i>kaarten</i>): reports as points with public properties only, and neighbourhood boundaries read
 * from GeoJSON. The only place besides the boundaries themselves that knows geometry types.
 */
package nl.participatie.buurtschouw.geojson;
