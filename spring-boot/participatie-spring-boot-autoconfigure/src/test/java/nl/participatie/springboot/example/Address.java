package nl.participatie.springboot.example;

import nl.participatie.core.validation.Postcode;

/** A vendor's own form, checked with the library's constraint by the application's validator. */
record Address(String street, @Postcode String postcode) {
}
