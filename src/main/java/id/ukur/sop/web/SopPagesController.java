package id.ukur.sop.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.Limits;
import id.ukur.sop.SopAction;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SOP in its official rendering, its revisions, its YAML, and uploading a new
 * revision.
 */
@Controller
@RequestMapping("/agencies/{agency}/sop")
class SopPagesController {

	private final Sops sops;

	private final SopDocuments documents;

	SopPagesController(Sops sops, SopDocuments documents) {
		this.sops = sops;
		this.documents = documents;
	}

	@GetMapping
	String view(@PathVariable String agency, @RequestParam(required = false) Integer revision,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		if (revision == null && this.sops.active(agency, user).isEmpty()) {
			// an agency without an SOP yet: offer it a starting one
			return "redirect:/agencies/" + agency + "/sop/start";
		}
		SopRevision shown = this.documents.shown(agency, revision, user);
		model.addAllAttributes(this.documents.model(agency, shown, user, false));
		model.addAttribute("revisions", this.sops.revisions(agency, user));
		// what the reader may do, as the SOP policy decides (docs/security.md)
		model.addAttribute("canEdit", this.sops.actions(agency, user).contains(SopAction.EDIT));
		// an upload replaces the revision in force when the page was shown
		model.addAttribute("activeRevision", this.sops.active(agency, user).map(SopRevision::revision).orElse(null));
		return "sop/view";
	}

	@GetMapping("/yaml")
	ResponseEntity<String> yaml(@PathVariable String agency, @RequestParam(required = false) Integer revision,
			@AuthenticationPrincipal CurrentUser user) {
		SopRevision shown = this.documents.shown(agency, revision, user);
		return ResponseEntity.ok()
			.contentType(SopApiController.YAML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"sop-" + agency + "-rev" + shown.revision() + ".yaml\"")
			.body(this.sops.toYaml(shown.definition()));
	}

	@PostMapping("/upload")
	String upload(@PathVariable String agency, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) Integer basedOn, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		// permission before the file is read, then its size, then the parse
		this.sops.require(agency, SopAction.UPLOAD, user);
		try {
			String name = String.valueOf(file.getOriginalFilename()).toLowerCase(java.util.Locale.ROOT);
			byte[] content = Limits.read(file.getInputStream(), file.getSize(), Limits.SOP_DEFINITION, "file");
			SopDefinition definition = this.sops.parse(new String(content, StandardCharsets.UTF_8),
					!name.endsWith(".json"));
			SopRevision published = this.sops.publish(agency, definition, null, file.getOriginalFilename(), basedOn,
					user);
			redirect.addFlashAttribute("published", published.revision());
			return "redirect:/agencies/" + agency + "/sop";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("uploadProblems", ex.problems());
			return view(agency, null, user, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("uploadProblems", List.of(new FieldProblem("", ex.code(), ex.args())));
			return view(agency, null, user, model);
		}
	}

}
