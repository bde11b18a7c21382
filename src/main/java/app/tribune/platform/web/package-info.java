/** HTTP concerns shared by every page: security headers and caching rules. */
package app.tribune.platform.web;
