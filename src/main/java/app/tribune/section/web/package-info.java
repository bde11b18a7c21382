/** The public section page. */
package app.tribune.section.web;
