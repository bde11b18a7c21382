/** MicroProfile Health checks served at /health. */
package app.tribune.platform.health;
