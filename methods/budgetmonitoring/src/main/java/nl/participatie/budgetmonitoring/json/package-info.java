/**
 * JSON for Budgetmonitoring: the Jackson module with the type ids of the budget round's commands and events. The
 * only package of the method that knows Jackson.
 */
package nl.participatie.budgetmonitoring.json;
