/** The funders screen of the back office. */
package app.tribune.partner.web;
