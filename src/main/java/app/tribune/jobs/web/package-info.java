/** The job console of the back office: runs, their steps and progress, and what to start next. */
package app.tribune.jobs.web;
