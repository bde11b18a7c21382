/** What happens once when the application starts: schema, first content, first account. */
package app.tribune.platform.startup;
