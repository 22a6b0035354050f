package id.ukur.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.organization.DemoAccount;
import id.ukur.organization.DemoAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in demo mode it lists the demo accounts per region. */
@Controller
class LoginController {

	private final DemoAccounts demo;

	LoginController(DemoAccounts demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (request.getParameter("error") != null) {
			model.addAttribute("loginError", errorCode(request.getSession(false)));
		}
		model.addAttribute("loggedOut", request.getParameter("logout") != null);
		if (this.demo.enabled()) {
			Map<String, List<DemoAccount>> byRegion = new LinkedHashMap<>();
			this.demo.all()
				.forEach((account) -> byRegion
					.computeIfAbsent(account.regionName(), (key) -> new java.util.ArrayList<>())
					.add(account));
			model.addAttribute("demoAccounts", byRegion);
			model.addAttribute("demoPassword", this.demo.all().get(0).password());
		}
		return "login";
	}

	private static String errorCode(HttpSession session) {
		Object code = (session != null) ? session.getAttribute(LoginFailureHandler.ATTRIBUTE) : null;
		return (code instanceof String text) ? text : "login.error.credentials";
	}

}
