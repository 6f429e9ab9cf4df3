/**
 * The JDBC stores (<i>database-opslag</i>): {@link nl.participatie.core.store.jdbc.JdbcEventStore} and
 * {@link nl.participatie.core.store.jdbc.JdbcPersonalDataStore} on a vendor's {@link javax.sql.DataSource}, on H2 2.x
 * or PostgreSQL, with the schema created by {@link nl.participatie.core.store.jdbc.SchemaMigration}. Plain JDBC:
 * no ORM and no connection pool of its own; the database driver is the vendor's dependency, not the library's.
 * Every failure is one of the documented {@link nl.participatie.core.store.StoreException}s.
 */
package nl.participatie.core.store.jdbc;
