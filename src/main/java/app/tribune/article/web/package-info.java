/** The public article page. */
package app.tribune.article.web;
