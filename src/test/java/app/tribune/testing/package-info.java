/**
 * Fixtures the integration tests share: the real WAR on Payara Micro, a real PostgreSQL server, a
 * mail server that captures what the application sends, and a headless browser. Each starts on free
 * ports on localhost and cleans up after itself, so tests can run side by side and leave nothing
 * behind.
 */
package app.tribune.testing;
