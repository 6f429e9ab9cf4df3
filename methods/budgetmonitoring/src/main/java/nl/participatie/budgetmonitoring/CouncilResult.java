package nl.participatie.budgetmonitoring;

import nl.participatie.core.API;

/** What the council did with the alternative budget as a whole (<i>uitkomst</i>). */
@API(status = API.Status.EXPERIMENTAL)
public enum CouncilResult {
    /** Every reallocation adopted as proposed (<i>geheel aangenomen</i>). */
    WHOLLY,
    /** Some adopted, possibly with other amounts (<i>gedeeltelijk aangenomen</i>). */
    PARTLY,
    /** None adopted (<i>niet aangenomen</i>). */
    NOT
}
