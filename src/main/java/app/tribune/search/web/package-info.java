/** The public search page. */
package app.tribune.search.web;
