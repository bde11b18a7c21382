/** JPA plumbing shared by every feature: attribute converters the entities rely on. */
package app.tribune.platform.persistence;
