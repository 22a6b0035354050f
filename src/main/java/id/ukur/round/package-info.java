/**
 * Measurement rounds: one measurement of one agency for one period, executed by the
 * agency's SOP revision — forms, entries with their history and evidence, validation,
 * calculation and recap, review, signature and sealing, sending, archiving and follow-up
 * action plans; the report and worksheet; the step timeline against the time standards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measurement rounds")
package id.ukur.round;
