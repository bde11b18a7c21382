/** Demo content loaded into an empty database on first start. */
package app.tribune.demo;
