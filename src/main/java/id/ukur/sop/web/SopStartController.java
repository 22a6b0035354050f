package id.ukur.sop.web;

import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The navigation's SOP entry: the user's own agency, or the list of agencies for region
 * roles.
 */
@Controller
class SopStartController {

	private final Sops sops;

	private final SopDocuments documents;

	SopStartController(Sops sops, SopDocuments documents) {
		this.sops = sops;
		this.documents = documents;
	}

	@GetMapping("/agencies/{agency}/sop.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String agency, @RequestParam(required = false) Integer revision,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		SopRevision shown = this.documents.shown(agency, revision, user);
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"sop-" + agency + "-rev" + shown.revision() + ".pdf\"")
			.body(this.documents.pdf(agency, shown, user, locale));
	}

	@GetMapping("/sop")
	String start(@AuthenticationPrincipal CurrentUser user) {
		return (user.agencyCode() != null) ? "redirect:/agencies/" + user.agencyCode() + "/sop" : "redirect:/agencies";
	}

}
