package id.ukur.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The time zone in which a person reads times and "today" (docs/formats.md): the zone of
 * the region's calendar (WIB, WITA or WIT), never the server's. Before anyone signs in,
 * the zone of Indonesia's capital.
 */
@Component
public class RegionClock {

	/** The zone of a page nobody has signed in to (the sign-in page). */
	public static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Jakarta");

	private static final String REQUEST_KEY = RegionClock.class.getName() + ".zone";

	private final Organization organization;

	private final Clock clock;

	RegionClock(Organization organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * @return the zone of the region's calendar
	 */
	public ZoneId zone(long regionId) {
		return this.organization.region(regionId).timeZone();
	}

	/**
	 * @return the zone of the user's region, {@link #FALLBACK_ZONE} without a user
	 */
	public ZoneId zone(CurrentUser user) {
		return (user != null) ? zone(user.regionId()) : FALLBACK_ZONE;
	}

	/**
	 * @return the zone of the signed-in user's region, read once per request
	 */
	public ZoneId currentZone() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = zone(signedIn());
		if (request != null) {
			request.setAttribute(REQUEST_KEY, zone, RequestAttributes.SCOPE_REQUEST);
		}
		return zone;
	}

	/**
	 * @return today in the region's zone
	 */
	public LocalDate today(long regionId) {
		return LocalDate.now(this.clock.withZone(zone(regionId)));
	}

	/**
	 * @return today in the user's region
	 */
	public LocalDate today(CurrentUser user) {
		return LocalDate.now(this.clock.withZone(zone(user)));
	}

	/**
	 * @return today for the signed-in user
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(currentZone()));
	}

	private static CurrentUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user : null;
	}

}
