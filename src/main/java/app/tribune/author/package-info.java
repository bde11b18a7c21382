/** People and organisations who sign articles, each with a public page listing their work. */
package app.tribune.author;
