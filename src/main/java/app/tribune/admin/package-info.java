/** The back office's own pages: dashboard, and later users, audit log and job console. */
package app.tribune.admin;
