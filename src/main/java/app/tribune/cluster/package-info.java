/**
 * Keeping several nodes in step: content changes committed on one node reach the page caches and
 * search indexes of the others through a short-lived table in the shared database.
 */
package app.tribune.cluster;
