package id.ukur.web;

import id.ukur.organization.UserSessionsRevoked;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every stored session of a user whose access changed (docs/security.md,
 * "Sessions"): the rows go from the session table, so the next request of any of them, on
 * any node, finds no session and signs in again. Runs inside the change's transaction: if
 * the sessions cannot be ended, the change is not made either. A user who changed its own
 * password goes on in the session it did so in, under a new id.
 */
@Component
class UserSessionsEnder {

	private final FindByIndexNameSessionRepository<?> sessions;

	UserSessionsEnder(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void end(UserSessionsRevoked event) {
		String kept = event.byTheUser() ? keepCurrent() : null;
		this.sessions.findByPrincipalName(event.username())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(kept))
			.forEach(this.sessions::deleteById);
	}

	/**
	 * @return the stored id of the current request's session, which is given a new id
	 * (stored when the request ends), or {@code null} outside a request
	 */
	private static String keepCurrent() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		String id = session.getId();
		request.changeSessionId();
		return id;
	}

}
