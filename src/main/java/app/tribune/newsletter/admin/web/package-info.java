/** The subscriber screens under {@code /admin/subscribers/}: list, detail and import. */
package app.tribune.newsletter.admin.web;
