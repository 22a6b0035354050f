/**
 * The append-only audit journal: who did what to which part of a round, when, the value
 * before and after, and the reason given. Lines are only ever added, never changed or
 * removed; on PostgreSQL a trigger refuses changes made around the application too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit journal", allowedDependencies = "shared")
package id.ukur.audit;
