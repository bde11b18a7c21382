/**
 * Tribune's batch jobs as a whole: which jobs exist, when each runs by itself, and the one door
 * through which every run starts (schedule, console or another service), which makes sure a job
 * never runs twice at once, even across several nodes. The jobs themselves live with the feature
 * they serve.
 */
package app.tribune.jobs;
