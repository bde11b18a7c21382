/**
 * The database: schema migrations at start-up, and the JPA plumbing every feature relies on
 * (attribute converters, collection helpers).
 */
package app.tribune.platform.persistence;
