/**
 * HTTP and view concerns shared by every page: security headers, caching rules, the client's
 * address behind a reverse proxy, and the model of the back office's tables read a page at a time.
 */
package app.tribune.platform.web;
