/** Log-in and log-out pages of the back office. */
package app.tribune.account.web;
