/** The agenda: events the organisation holds or joins, in person or online. */
package app.tribune.event;
