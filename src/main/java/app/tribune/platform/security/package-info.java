/** Log-in for the back office: password hashing, the account identity store, security headers. */
package app.tribune.platform.security;
