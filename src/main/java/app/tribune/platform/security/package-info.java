/**
 * Log-in for the back office: password hashing, the account identity store, security headers; and
 * the key that signs links sent by mail.
 */
package app.tribune.platform.security;
