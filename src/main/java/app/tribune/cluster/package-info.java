/**
 * Keeping several nodes in step: content changes committed on one node reach the page caches and
 * search indexes of the others through a short-lived table in the shared database; periodic jobs
 * run on one node at a time through a lock row each.
 */
package app.tribune.cluster;
