/** Back-office accounts: who may log in to {@code /admin}, and with which roles. */
package app.tribune.account;
