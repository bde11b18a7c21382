/** The public tag page: the articles on one theme. */
package app.tribune.tag.web;
