/**
 * Budgetmonitoring (<i>volg het geld</i>): a resident group reads the municipality's budget by BBV taakveld, social
 * domain and area, draws up an alternative budget of reallocations, presents it to the council, records which parts
 * the council adopted, and monitors the execution of the adopted budget to the cent. The budget and realisation
 * figures are reference data the round refers to ({@link nl.participatie.budgetmonitoring.BudgetData}); the round's
 * events hold the group's decisions.
 */
package nl.participatie.budgetmonitoring;
