package id.ukur.round.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import id.ukur.organization.Nip;
import id.ukur.round.RoundReports;
import id.ukur.round.Verification;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification page (no sign-in): whether a verification code printed on a
 * report belongs to a sealed report, and whether a file is exactly that report.
 */
@Controller
class VerificationPageController {

	private final RoundReports rounds;

	VerificationPageController(RoundReports rounds) {
		this.rounds = rounds;
	}

	@GetMapping("/verify")
	String start(@RequestParam(required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			return "redirect:/verify/" + URLEncoder.encode(code.trim(), StandardCharsets.UTF_8);
		}
		model.addAttribute("verification", null);
		return "round/verify";
	}

	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		return show(code, model, response);
	}

	@PostMapping("/verify/{code}")
	String check(@PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileProblem", "rounds.verify.file.required");
		}
		else {
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("matches", this.rounds.matches(code, file.getBytes()));
		}
		return show(code, model, response);
	}

	private String show(String code, Model model, HttpServletResponse response) {
		Verification verification = this.rounds.verify(code);
		if (!verification.genuine()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("verification", verification);
		model.addAttribute("signerNip",
				(verification.signerNip() != null) ? Nip.format(verification.signerNip()) : null);
		return "round/verify";
	}

}
