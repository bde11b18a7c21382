/**
 * The composer's back-office screen, {@code admin/newsletters/edit.xhtml}, and the servlet that
 * serves its preview into a sandboxed frame.
 */
package app.tribune.newsletter.composing.web;
