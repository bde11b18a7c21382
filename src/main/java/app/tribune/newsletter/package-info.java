/**
 * The newsletter ("infolettre"): subscribers and the record of their consent, the suppression list,
 * monthly issues and their items, and one delivery row per recipient so that a send can be resumed
 * without anybody getting two copies.
 */
package app.tribune.newsletter;
