package org.example.vendor;

/**
 * A class of an application's own, outside the library's packages: the module leaves how it is read to the
 * application's mapper.
 *
 * @param name a name
 */
public record ApplicationForm(String name) {
}
