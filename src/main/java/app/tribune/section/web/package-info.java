/** The public section page, and the back office screen that shapes the sections tree. */
package app.tribune.section.web;
