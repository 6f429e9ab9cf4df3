/**
 * <b>Burgers aan het stuur</b> (citizens at the wheel): citizen initiatives (<i>burgerinitiatieven</i>) that raise
 * the liveability and social cohesion of a neighbourhood through the method's eight-step cycle, built on Results
 * Based Accountability and Asset-Based Community Development.
 *
 * <p>Entry points: {@link nl.participatie.burgersaanhetstuur.BurgersAanHetStuur} for the engine of initiatives
 * (its definition is {@link nl.participatie.burgersaanhetstuur.BurgersAanHetStuurWorkflow#INITIATIVES}), {@link nl.participatie.burgersaanhetstuur.InitiativeCommand} for what people do,
 * {@link nl.participatie.burgersaanhetstuur.StallDiagnosis} for why an initiative is stuck and
 * {@link nl.participatie.burgersaanhetstuur.AccountabilityReport} for the <i>verantwoording</i>.
 */
package nl.participatie.burgersaanhetstuur;
