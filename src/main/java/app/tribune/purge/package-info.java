/**
 * The {@code purge-data} job: personal data and details kept no longer than they serve. Unconfirmed
 * subscriptions go after a month (their consent events stay: they hold only hashes and are the
 * proof), delivery rows of old issues are folded into the counts, and audit entries past
 * their retention are removed.
 */
package app.tribune.purge;
