/**
 * The sample petition (<i>verzoekschrift</i>): a small but complete process on the engine that the library's own
 * tests run (the test kit's engine, JSON and store tests, participatie-jackson3's reading and writing tests). It is
 * main code of the test kit only so that other modules' tests can use it without a test jar; it is not a method, and
 * vendors should not build on it.
 */
package nl.participatie.core.sample;
