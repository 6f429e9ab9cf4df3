/**
 * How the buurtschouw is written as JSON (<i>opslagformaat</i>): the stable type ids of every command and event, so
 * what was stored years ago can still be read.
 */
package nl.participatie.buurtschouw.json;
