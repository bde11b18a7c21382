/**
 * Funders and partners thanked on the site ("Avec le soutien de"), site-wide, per section or per
 * article, each for the period their support covers.
 */
package app.tribune.partner;
