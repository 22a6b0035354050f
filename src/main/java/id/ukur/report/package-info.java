/**
 * The read side: the agency and region dashboards, the early warning on them and the
 * LKjIP chapter III tables, as pages, documents and API (docs/dashboards.md). Every
 * number comes from the rounds' calculations ({@link id.ukur.round.History}); nothing
 * here changes data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports and dashboards",
		allowedDependencies = { "organization", "plan", "calculation", "round", "sop", "shared" })
package id.ukur.report;
