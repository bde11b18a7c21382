/**
 * Sections ("rubriques"): the site's hierarchy of topics and campaigns, with their names in each
 * language and the funders shown on their pages; newsletter subscribers choose among them.
 */
package app.tribune.section;
