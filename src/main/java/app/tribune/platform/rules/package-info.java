/** How entities refuse an operation their rules forbid, in a form views can translate. */
package app.tribune.platform.rules;
