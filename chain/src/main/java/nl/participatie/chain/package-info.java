/**
 * The reactions between the methods (<i>ketenreacties</i>): {@link nl.participatie.chain.ChainReactions} declares
 * what one method does when something is recorded in a linked stream of another, for a
 * {@link nl.participatie.core.link.Reactor} that the municipality's scheduler runs.
 */
package nl.participatie.chain;
