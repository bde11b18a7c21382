/** The audit log: who did what to which content or account, and from where. */
package app.tribune.audit;
