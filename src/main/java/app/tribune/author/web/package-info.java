/** The public author page: who signs, and what they signed. */
package app.tribune.author.web;
