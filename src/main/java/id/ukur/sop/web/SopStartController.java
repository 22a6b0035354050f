package id.ukur.sop.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.ukur.sop.SopAction;
import id.ukur.sop.SopDefinition;
import org.springframework.web.multipart.MultipartFile;

import id.ukur.organization.CurrentUser;
import id.ukur.sop.SopRevision;
import id.ukur.sop.SopTemplates;
import id.ukur.sop.Sops;
import id.ukur.organization.Organization;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.Limits;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The navigation's SOP entry: the user's own agency, or the list of agencies for region
 * roles; the PDF; and the start of an agency that has no SOP yet, where its planner takes
 * one of the seed SOPs as the first revision or uploads its own.
 */
@Controller
class SopStartController {

	private final Sops sops;

	private final SopDocuments documents;

	private final SopTemplates templates;

	private final Organization organization;

	SopStartController(Sops sops, SopDocuments documents, SopTemplates templates, Organization organization) {
		this.sops = sops;
		this.documents = documents;
		this.templates = templates;
		this.organization = organization;
	}

	@GetMapping("/agencies/{agency}/sop/start")
	String startPage(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user, Model model) {
		if (this.sops.active(agency, user).isPresent()) {
			return "redirect:/agencies/" + agency + "/sop";
		}
		model.addAttribute("agency", this.organization.agency(agency, user));
		model.addAttribute("templates", this.templates.templates());
		// what the reader may do, as the SOP policy decides (docs/security.md)
		model.addAttribute("canEdit", this.sops.actions(agency, user).contains(SopAction.START));
		return "sop/start";
	}

	@PostMapping("/agencies/{agency}/sop/start")
	String startFrom(@PathVariable String agency, @RequestParam(required = false) String template,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			SopRevision published = this.templates.start(agency, template, user);
			redirect.addFlashAttribute("published", published.revision());
			return "redirect:/agencies/" + agency + "/sop";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("startProblems", ex.problems());
			return startPage(agency, user, model);
		}
	}

	@PostMapping("/agencies/{agency}/sop/start/upload")
	String startFromFile(@PathVariable String agency, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		// permission before the file is read, then its size, then the parse
		this.sops.require(agency, SopAction.UPLOAD, user);
		try {
			String name = String.valueOf(file.getOriginalFilename()).toLowerCase(java.util.Locale.ROOT);
			byte[] content = Limits.read(file.getInputStream(), file.getSize(), Limits.SOP_DEFINITION, "file");
			SopDefinition definition = this.sops.parse(new String(content, StandardCharsets.UTF_8),
					!name.endsWith(".json"));
			SopRevision published = this.sops.publish(agency, definition, null, file.getOriginalFilename(), null, user);
			redirect.addFlashAttribute("published", published.revision());
			return "redirect:/agencies/" + agency + "/sop";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("uploadProblems", ex.problems());
			return startPage(agency, user, model);
		}
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
