/** The back office's newsletter screen: issues, their sending and its progress. */
package app.tribune.newsletter.sending.web;
