/**
 * JSON for Youth Manifesto: the Jackson module with the type ids of the group's commands, events and council
 * instruments. The only package of the method that knows Jackson.
 */
package nl.participatie.youthmanifesto.json;
