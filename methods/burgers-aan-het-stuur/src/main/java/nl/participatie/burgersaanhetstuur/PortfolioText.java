package nl.participatie.burgersaanhetstuur;

import nl.participatie.core.API;
import nl.participatie.core.Code;

/**
 * The words of the portfolio (<i>portefeuille</i>) as codes of the message catalogue: the municipality's overview of
 * all citizen initiatives in an area, written in Dutch or English from {@code ParticipatieMessages*.properties}.
 * {@link Portfolio} is their only user.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum PortfolioText implements Code {
    /** {@code burgersaanhetstuur.portfolio.title} */
    TITLE("burgersaanhetstuur.portfolio.title"),
    /** {@code burgersaanhetstuur.portfolio.summary} */
    SUMMARY("burgersaanhetstuur.portfolio.summary"),
    /** {@code burgersaanhetstuur.portfolio.none} */
    NONE("burgersaanhetstuur.portfolio.none"),
    /** {@code burgersaanhetstuur.portfolio.columns} */
    COLUMNS("burgersaanhetstuur.portfolio.columns"),
    /** {@code burgersaanhetstuur.portfolio.step} */
    STEP("burgersaanhetstuur.portfolio.step"),
    /** {@code burgersaanhetstuur.portfolio.waits-on} */
    WAITS_ON("burgersaanhetstuur.portfolio.waits-on"),
    /** {@code burgersaanhetstuur.portfolio.blocker-heading} */
    BLOCKER_HEADING("burgersaanhetstuur.portfolio.blocker-heading"),
    /** {@code burgersaanhetstuur.portfolio.blocker} */
    BLOCKER("burgersaanhetstuur.portfolio.blocker"),
    /** {@code burgersaanhetstuur.portfolio.no-blocker} */
    NO_BLOCKER("burgersaanhetstuur.portfolio.no-blocker");

    private final String code;

    PortfolioText(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
