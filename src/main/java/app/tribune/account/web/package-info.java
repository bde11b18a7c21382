/**
 * The account screens of the back office: log-in and log-out, one's own password and language, the
 * users screen for administrators, and the guards every back-office request passes.
 */
package app.tribune.account.web;
