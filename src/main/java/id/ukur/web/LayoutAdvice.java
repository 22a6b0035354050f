package id.ukur.web;

import java.util.ArrayList;
import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user and the navigation that fits the user's roles into every page.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	@ModelAttribute("me")
	CurrentUser me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user : null;
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation(HttpServletRequest request) {
		CurrentUser user = me();
		List<NavItem> items = new ArrayList<>();
		if (user == null) {
			return items;
		}
		String path = request.getRequestURI();
		items.add(new NavItem("nav.home", "/", path.equals("/")));
		if (user.agencyCode() != null) {
			items.add(new NavItem("nav.dashboard", "/dasbor", path.startsWith("/dasbor")));
		}
		items.add(new NavItem(user.regionWide() ? "nav.agencies" : "nav.myAgency",
				user.regionWide() || user.agencyCode() == null ? "/agencies" : "/agencies/" + user.agencyCode(),
				path.startsWith("/agencies") && !path.contains("/plans") && !path.contains("/sop")
						&& !path.contains("/rounds")));
		items.add(new NavItem("nav.plans", "/plans", path.contains("/plans")));
		items.add(new NavItem("nav.rounds",
				(user.agencyCode() != null) ? "/agencies/" + user.agencyCode() + "/rounds" : "/rounds/received",
				path.contains("/rounds")));
		if (user.hasAny(Role.PLANNING_AGENCY, Role.AUDITOR, Role.ADMIN)) {
			items.add(new NavItem("nav.regionDashboard", "/dasbor/wilayah", path.startsWith("/dasbor/wilayah")));
		}
		items.add(new NavItem("nav.sop", "/sop",
				path.startsWith("/sop") || path.endsWith("/sop") || path.contains("/sop/")));
		items.add(new NavItem("nav.calculator", "/calculator", path.startsWith("/calculator")));
		if (user.has(Role.ADMIN)) {
			items.add(new NavItem("nav.admin", "/admin", path.startsWith("/admin")));
		}
		else if (user.administersInstallation()) {
			items.add(new NavItem("nav.admin", "/admin/regions", path.startsWith("/admin")));
		}
		return items;
	}

	/**
	 * One entry of the main navigation: message key, link and whether it is the current
	 * page.
	 */
	record NavItem(String labelKey, String href, boolean active) {
	}

}
