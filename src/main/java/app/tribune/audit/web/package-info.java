/** The audit log screen of the back office. */
package app.tribune.audit.web;
