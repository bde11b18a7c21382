/**
 * HTTP and view concerns shared by every page: security headers, caching rules, and the model of
 * the back office's tables read a page at a time.
 */
package app.tribune.platform.web;
