/** Site-wide settings editors change without a redeployment: identity, links, footer, consent. */
package app.tribune.site;
