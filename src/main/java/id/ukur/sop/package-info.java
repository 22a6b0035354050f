/**
 * SOP definitions (SOP AP, PermenPAN-RB 35/2012) as data: identity block, lanes, steps
 * with their checkpoints and Mutu Baku; revisions; YAML and JSON; the official rendering;
 * working-time arithmetic for the time standards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SOP")
package id.ukur.sop;
