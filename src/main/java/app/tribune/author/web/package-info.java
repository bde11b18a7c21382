/**
 * Authors' pages: the public page of who signs and what they signed, and the back office's list.
 */
package app.tribune.author.web;
