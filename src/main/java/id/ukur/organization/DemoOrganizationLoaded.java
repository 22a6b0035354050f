package id.ukur.organization;

/**
 * Published after start-up in demo mode once the demo organisation is there.
 *
 * @param created whether it was created now (false: it was there from an earlier start)
 */
public record DemoOrganizationLoaded(boolean created) {
}
