/** View beans of the back office's own pages. */
package app.tribune.admin.web;
