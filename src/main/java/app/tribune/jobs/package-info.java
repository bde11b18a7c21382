/**
 * Tribune's batch jobs as a whole: which jobs exist, when each runs by itself, and the one door
 * through which every run starts (schedule, console or another service), which makes sure a job
 * never runs twice at once, even across several nodes; and the heartbeats that tell a run whose
 * node died from one still going. The jobs themselves live with the feature they serve.
 */
package app.tribune.jobs;
