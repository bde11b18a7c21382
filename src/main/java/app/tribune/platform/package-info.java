/** Cross-cutting parts every feature relies on: configuration, database, security, web, mail. */
package app.tribune.platform;
